import type { Booking } from '@slotkit/sdk';
import { SlotkitEvent } from './slotkit-event.ts';

/** What `slotkit-checkout` carries. */
export interface CheckoutDetail {
  /** The booking holding the slot until it is paid (status `pending_payment`). */
  booking: Booking;
  /** The Stripe Checkout page to pay on. */
  checkoutUrl: string;
}

/**
 * Dispatched before the widget sends the customer to Stripe Checkout; `preventDefault()` keeps
 * them on the page, for a host page that opens `checkoutUrl` itself.
 */
export class CheckoutEvent extends SlotkitEvent<CheckoutDetail> {
  constructor(detail: CheckoutDetail) {
    super('slotkit-checkout', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'slotkit-checkout': CheckoutEvent;
  }
}
