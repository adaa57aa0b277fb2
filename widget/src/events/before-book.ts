import type { PublicBookingInput } from '@slotkit/sdk';
import { SlotkitEvent } from './slotkit-event.ts';

/** What `slotkit-before-book` carries: the booking body about to be sent. */
export interface BeforeBookDetail {
  /** The request body of `POST /v1/public/{workspace}/bookings`. */
  request: PublicBookingInput;
}

/** Dispatched before a booking is sent; `preventDefault()` vetoes it (nothing is sent). */
export class BeforeBookEvent extends SlotkitEvent<BeforeBookDetail> {
  constructor(detail: BeforeBookDetail) {
    super('slotkit-before-book', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'slotkit-before-book': BeforeBookEvent;
  }
}
