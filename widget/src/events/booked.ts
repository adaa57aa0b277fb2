import type { Booking } from '@slotkit/sdk';
import { SlotkitEvent } from './slotkit-event.ts';

/** What `slotkit-booked` carries. */
export interface BookedDetail {
  /** The new booking. */
  booking: Booking;
  /** The secret that manages the booking (shown only once). */
  manageToken: string;
}

/** Dispatched when a booking was created. */
export class BookedEvent extends SlotkitEvent<BookedDetail> {
  constructor(detail: BookedDetail) {
    super('slotkit-booked', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'slotkit-booked': BookedEvent;
  }
}
