import type { Booking } from '@slotkit/sdk';
import { SlotkitEvent } from './slotkit-event.ts';

/** Dispatched when the customer moved a booking in manage mode. */
export class RescheduledEvent extends SlotkitEvent<{ booking: Booking }> {
  constructor(detail: { booking: Booking }) {
    super('slotkit-rescheduled', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'slotkit-rescheduled': RescheduledEvent;
  }
}
