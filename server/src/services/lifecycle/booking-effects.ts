import type { WebhookEventType } from '../../db/entities/index.ts';
import type { EmailKind } from '../email/strings.ts';

/** Who an email of a booking change goes to. */
export type Recipient = 'customer' | 'host';

/** An email a booking change causes, and the iTIP method of the invite it carries, if any. */
export interface PlannedEmail {
  kind: EmailKind;
  to: Recipient;
  invite: 'REQUEST' | 'CANCEL' | null;
}

/**
 * The emails a booking event causes, given the booking's status right after it. A booking
 * waiting for payment gets none until it is paid (the payment confirms it).
 */
export function emailsFor(eventType: string, status: string): PlannedEmail[] {
  switch (eventType) {
    // `booked`: a paid booking's payment arrived; only now do customer and host hear of it.
    case 'created': case 'booked':
      if (status === 'confirmed') return [{ kind: 'booking_confirmed', to: 'customer', invite: 'REQUEST' }, { kind: 'host_booking_new', to: 'host', invite: 'REQUEST' }];
      if (status === 'pending_confirmation') return [{ kind: 'booking_pending', to: 'customer', invite: null }, { kind: 'host_booking_pending', to: 'host', invite: null }];
      return [];
    case 'confirmed':
      // The host was told of the request without an invite: the event reaches their calendar now.
      return [{ kind: 'booking_approved', to: 'customer', invite: 'REQUEST' }, { kind: 'host_booking_new', to: 'host', invite: 'REQUEST' }];
    case 'declined':
      return [{ kind: 'booking_declined', to: 'customer', invite: null }];
    case 'cancelled':
      return [{ kind: 'booking_cancelled', to: 'customer', invite: 'CANCEL' }, { kind: 'host_booking_cancelled', to: 'host', invite: 'CANCEL' }];
    case 'rescheduled':
      return [{ kind: 'booking_rescheduled', to: 'customer', invite: 'REQUEST' }, { kind: 'host_booking_rescheduled', to: 'host', invite: 'REQUEST' }];
    default:
      return [];
  }
}

/** The webhook event a booking event is, if subscribers hear of it. */
export function webhookEventFor(eventType: string, status: string): WebhookEventType | null {
  switch (eventType) {
    case 'created': case 'booked': return status === 'pending_payment' ? null : 'booking.created';
    case 'paid': return 'payment.succeeded';
    case 'payment_failed': return 'payment.failed';
    case 'refunded': return 'payment.refunded';
    case 'confirmed': return 'booking.confirmed';
    case 'rescheduled': return 'booking.rescheduled';
    case 'cancelled': case 'declined': return 'booking.cancelled';
    case 'no_show': return 'booking.no_show';
    case 'completed': return 'booking.completed';
    default: return null;
  }
}
