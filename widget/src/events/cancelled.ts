import type { Booking } from '@slotkit/sdk';
import { SlotkitEvent } from './slotkit-event.ts';

/** Dispatched when the customer cancelled a booking in manage mode. */
export class CancelledEvent extends SlotkitEvent<{ booking: Booking }> {
  constructor(detail: { booking: Booking }) {
    super('slotkit-cancelled', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'slotkit-cancelled': CancelledEvent;
  }
}
