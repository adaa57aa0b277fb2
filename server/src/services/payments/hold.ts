import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookingPrice } from '@slotkit/core';
import { Payment, type IPayment, type PaymentClosedReason } from '../../db/entities/index.ts';
import { enqueue } from '../../jobs/enqueue.ts';
import { recordEvent, release, type LoadedBooking } from '../bookings.ts';
import { OPEN_PAYMENT_STATUSES, setPaymentStatus } from './payment-state.ts';

/**
 * How long a paid booking holds its slot unpaid, and its Checkout Session lives: Stripe wants
 * `expires_at` at least 30 minutes after it receives the request, and a request reaches
 * Stripe a few seconds (retries: tens of seconds) after its clock was read.
 */
export const HOLD_MINUTES = 31;

/** The job key of a payment's hold job (one queued job per payment). */
export const holdJobKey = (paymentId: string) => `payment-hold:${paymentId}`;

/** A Checkout Session opened for a booking about to be made: the payment's id (its idempotency key at Stripe) and where and until when to pay. */
export interface CheckoutHold {
  paymentId: string;
  sessionId: string;
  checkoutUrl: string;
  expiresAt: Date;
}

/** Queues the hold job of a payment for when its hold is due (delays count on the database's clock, which the queue uses). */
export async function scheduleHoldJob(em: EntityManager, payment: IPayment, now: Date): Promise<void> {
  await enqueue(em, 'payment.expire-hold', { workspaceId: payment.workspace.id, paymentId: payment.id },
    { delaySeconds: Math.max(0, Math.ceil((payment.expiresAt.getTime() - now.getTime()) / 1000)), jobKey: holdJobKey(payment.id) });
}

/**
 * Opens the pending payment of a booking just made, in its transaction, for the Checkout
 * Session opened before it (same id, same expiry), with the job that ends the hold.
 */
export async function openPaymentHold(tx: EntityManager, booking: LoadedBooking, price: BookingPrice, checkout: CheckoutHold, now: Date): Promise<IPayment> {
  const payment = tx.create(Payment, {
    id: checkout.paymentId, workspace: booking.workspace, booking, status: 'pending', amount: price.amount, currency: price.currency, amountRefunded: 0,
    stripeCheckoutSessionId: checkout.sessionId, checkoutUrl: checkout.checkoutUrl, stripePaymentIntentId: null,
    expiresAt: checkout.expiresAt, paidAt: null, closedReason: null,
  });
  booking.payment = { id: payment.id, status: 'pending' };
  await tx.flush();
  await scheduleHoldJob(tx, payment, now);
  return payment;
}

/** Asks the hold job to run now (it expires the Checkout Session at Stripe, best effort). */
export async function expireSessionSoon(tx: EntityManager, payment: IPayment): Promise<void> {
  await enqueue(tx, 'payment.expire-hold', { workspaceId: payment.workspace.id, paymentId: payment.id }, { jobKey: holdJobKey(payment.id) });
}

/** What a booking whose hold ended says about why. */
const CANCEL_REASONS: Record<PaymentClosedReason, string> = {
  hold_expired: 'payment not completed', payment_failed: 'payment failed', booking_cancelled: 'payment not completed', provider_error: 'payment could not be started',
};

/**
 * Ends an unpaid payment's hold in the caller's transaction (booking and payment locked): the
 * payment expires and a booking still waiting for it is cancelled, its slot freed. Nobody was
 * told of the booking yet, so the `hold_released` event sends no email and no webhook.
 */
export async function releaseHold(tx: EntityManager, booking: LoadedBooking, payment: IPayment, reason: PaymentClosedReason, now: Date): Promise<void> {
  if (!OPEN_PAYMENT_STATUSES.includes(payment.status)) return;
  setPaymentStatus(payment, booking, 'expired');
  payment.closedReason = reason;
  if (booking.status === 'pending_payment') {
    await release(tx, booking);
    booking.status = 'cancelled';
    booking.cancelReason = CANCEL_REASONS[reason];
    booking.sequence += 1;
  }
  await tx.flush();
  await recordEvent(tx, booking, 'hold_released', 'system', now, { paymentId: payment.id, reason });
}
