import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { BookingButton } from './booking-button.ts';
import type { BookingCalendar } from '../booking-calendar/booking-calendar.ts';
import '../../define.ts';
import { expectAccessible } from '../../../test/axe.ts';
import { BookingCalendarPage, waitFor } from '../../../test/booking-calendar.page.ts';
import { callApi, seedWorkspace, type Seeded } from '../../../test/server-commands.ts';

let seed: Seeded;
before(async () => { seed = await seedWorkspace(); });

const mounted: HTMLElement[] = [];
afterEach(() => { for (const el of mounted.splice(0)) el.remove(); });

async function mountButton(attributes: Record<string, string>, content = ''): Promise<BookingButton> {
  const el = document.createElement('booking-button');
  for (const [name, value] of Object.entries({ api: seed.api, workspace: seed.workspace, 'event-type': 'intro-call', timezone: 'Europe/Berlin', locale: 'en-US', ...attributes })) {
    el.setAttribute(name, value);
  }
  el.now = Date.parse(seed.now);
  el.innerHTML = content;
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

const trigger = (el: BookingButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
const calendarIn = (el: BookingButton) => waitFor(() => el.shadowRoot!.querySelector<BookingCalendar>('booking-calendar'), 'the inner calendar');

describe('<booking-button>', () => {
  it('opens the calendar in a modal dialog; Escape closes it and focus returns to the button', async () => {
    const el = await mountButton({});
    expect(trigger(el).textContent!.trim()).to.equal('Book a time');
    expect(el.shadowRoot!.querySelector('booking-calendar'), 'nothing loads before the first open').to.equal(null);
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitFor(() => dialog.open, 'the dialog open');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    const page = new BookingCalendarPage(await calendarIn(el));
    expect(await page.gridName()).to.equal('November 2026');
    await expectAccessible(el, 'modal open');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, 'the dialog closed');
    await waitFor(() => el.shadowRoot!.activeElement === trigger(el), 'focus back on the button');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('lets Escape close the time-zone picker first, then the dialog', async () => {
    const el = await mountButton({});
    trigger(el).click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitFor(() => dialog.open, 'the dialog open');
    const page = new BookingCalendarPage(await calendarIn(el));
    await page.pickDay('2026-12-01');
    (await page.button(/^Time zone:/)).click();
    await page.find('[role="combobox"]');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !page.root.querySelector('[role="combobox"]'), 'the picker closed');
    expect(dialog.open, 'the dialog stays open').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, 'the dialog closed');
  });

  it('closes the modal with its close button', async () => {
    const el = await mountButton({ mode: 'modal' });
    trigger(el).click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitFor(() => dialog.open, 'the dialog open');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
    await waitFor(() => !dialog.open && el.shadowRoot!.activeElement === trigger(el), 'closed, focus returned');
  });

  it('opens a popover anchored to the button; Escape closes it and focus returns', async () => {
    const el = await mountButton({ mode: 'popover' }, 'Talk to us');
    expect(el.textContent).to.equal('Talk to us');
    trigger(el).click();
    const popover = el.shadowRoot!.querySelector<HTMLElement>('[part~="popover"]')!;
    await waitFor(() => popover.matches(':popover-open'), 'the popover open');
    const page = new BookingCalendarPage(await calendarIn(el));
    await page.grid();
    const below = trigger(el).getBoundingClientRect().bottom;
    await waitFor(() => Math.abs(popover.getBoundingClientRect().top - (below + 6)) < 1, 'the popover placed under the button');
    await expectAccessible(el, 'popover open');
    (await page.day('2026-11-30')).focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popover.matches(':popover-open'), 'the popover closed');
    await waitFor(() => el.shadowRoot!.activeElement === trigger(el), 'focus back on the button');

    // A real click on the button while open closes it (and it stays closed).
    trigger(el).click();
    await waitFor(() => popover.matches(':popover-open'), 'open again');
    const box = trigger(el).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(popover.matches(':popover-open'), 'closed by the second click').to.equal(false);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');

    // A click elsewhere on the page closes it too.
    trigger(el).click();
    await waitFor(() => popover.matches(':popover-open'), 'open once more');
    await sendMouse({ type: 'click', position: [5, 590] });
    await waitFor(() => !popover.matches(':popover-open'), 'light-dismissed');
  });

  it('localises its label and lets events from the calendar reach the page', async () => {
    const el = await mountButton({ locale: 'de' });
    expect(trigger(el).textContent!.trim()).to.equal('Termin buchen');
    const picked: string[] = [];
    document.addEventListener('slotkit-slot-select', (e) => picked.push(e.detail.start), { once: true });
    trigger(el).click();
    const page = new BookingCalendarPage(await calendarIn(el));
    await page.pickDay('2026-12-01');
    await page.pickTime();
    expect(picked).to.deep.equal(['2026-12-01T08:00:00Z']);
    el.setAttribute('label', 'Jetzt buchen');
    await el.updateComplete;
    expect(trigger(el).textContent!.trim()).to.equal('Jetzt buchen');
  });

  it('opens by itself on the return from Checkout, showing how the payment went', async () => {
    const paid = await seedWorkspace({ eventType: { price: { amount: 5000, currency: 'eur' } } });
    const created = await callApi({ method: 'POST', path: `/v1/public/${paid.workspace}/bookings`, body: {
      eventType: 'intro-call', start: '2026-12-02T09:00:00Z', timezone: 'Europe/Berlin', attendee: { name: 'Ada', email: 'ada@example.com' } } });
    expect(created.status).to.equal(201);
    const { booking, manageToken, payment } = created.body;
    sessionStorage.setItem(`slotkit-checkout:${paid.workspace}`, JSON.stringify({ uid: booking.uid, token: manageToken, expiresAt: payment.expiresAt }));
    const page = location.href;
    history.replaceState(null, '', `${page}${page.includes('?') ? '&' : '?'}slotkit_booking=${booking.uid}&slotkit_payment=cancelled`);
    try {
      const el = document.createElement('booking-button');
      for (const [name, value] of Object.entries({ api: paid.api, workspace: paid.workspace, 'event-type': 'intro-call', timezone: 'Europe/Berlin', locale: 'en-US' })) el.setAttribute(name, value);
      document.body.append(el);
      mounted.push(el);
      const dialog = await waitFor(() => el.shadowRoot!.querySelector('dialog')?.open && el.shadowRoot!.querySelector('dialog'), 'the dialog open');
      const calendar = new BookingCalendarPage(await calendarIn(el));
      expect(await calendar.heading('Payment not completed')).to.equal('Payment not completed');
      expect(await calendar.button('Pay now')).to.exist;
      expect(location.search).to.not.contain('slotkit_');
      await expectAccessible(dialog, 'return from Checkout');
    } finally {
      history.replaceState(null, '', page);
      sessionStorage.clear();
    }
  });
});
