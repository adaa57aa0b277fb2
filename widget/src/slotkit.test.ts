import { expect } from '@open-wc/testing';
import { BookingButton, BookingCalendar } from './slotkit.ts';

describe('the CDN entry (slotkit.ts)', () => {
  it('defaults the API to the origin the bundle came from', () => {
    expect(BookingCalendar.defaultApi).to.equal(new URL(import.meta.url).origin);
    const el = document.createElement('booking-calendar');
    expect(el.apiBase).to.equal(location.origin);
    el.api = 'https://book.example.com/';
    expect(el.apiBase).to.equal('https://book.example.com');
  });

  it('registers both elements once, and loading the definitions again is harmless', async () => {
    expect(customElements.get('booking-calendar')).to.equal(BookingCalendar);
    expect(customElements.get('booking-button')).to.equal(BookingButton);
    // A second copy of the module (e.g. two embeds on one page) must not throw.
    await import(`./define.ts?again=${Date.now()}`);
    expect(customElements.get('booking-calendar')).to.equal(BookingCalendar);
  });
});
