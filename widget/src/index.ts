// The package's public API, without side effects: import `./define.ts` to register the tags.
export { BookingButton } from './components/booking-button/booking-button.ts';
export { BookingCalendar } from './components/booking-calendar/booking-calendar.ts';
export { BeforeBookEvent, type BeforeBookDetail } from './events/before-book.ts';
export { BookedEvent, type BookedDetail } from './events/booked.ts';
export { CancelledEvent } from './events/cancelled.ts';
export { CheckoutEvent, type CheckoutDetail } from './events/checkout.ts';
export { SlotkitErrorEvent, type SlotkitErrorDetail } from './events/error.ts';
export { RescheduledEvent } from './events/rescheduled.ts';
export { SlotSelectEvent, type SlotSelectDetail } from './events/slot-select.ts';
export type { Strings } from './strings/index.ts';
