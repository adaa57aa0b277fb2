import { BookingButton } from './components/booking-button/booking-button.ts';
import { BookingCalendar } from './components/booking-calendar/booking-calendar.ts';

// Guarded: a page may load the bundle twice (two embeds), and the second must not throw.
if (!customElements.get('booking-calendar')) customElements.define('booking-calendar', BookingCalendar);
if (!customElements.get('booking-button')) customElements.define('booking-button', BookingButton);

export { BookingButton, BookingCalendar };
