import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookingPrice } from '@slotkit/core';
import { Payment, type IPayment, type PaymentClosedReason } from '../../db/entities/index.ts';
import { enqueue } from '../../jobs/enqueue.ts';
import { recordEvent, release, type LoadedBooking } from '../bookings.ts';
import { lockPayment, OPEN_PAYMENT_STATUSES, setPaymentStatus } from './payment-state.ts';
import type { Payments } from './provider.ts';

/** How long a paid booking holds its slot unpaid: Stripe's shortest Checkout Session life. */
export const HOLD_MINUTES = 30;

const holdJobKey = (paymentId: string) => `payment-hold:${paymentId}`;

/**
 * Opens a pending payment for a booking just made, in its transaction, with the job that ends
 * the hold when it expires (timed on the database's clock, which the job queue uses).
 */
export async function openPaymentHold(tx: EntityManager, booking: LoadedBooking, price: BookingPrice, now: Date): Promise<IPayment> {
  const payment = tx.create(Payment, {
    workspace: booking.workspace, booking, status: 'pending', amount: price.amount, currency: price.currency, amountRefunded: 0,
    stripeCheckoutSessionId: null, checkoutUrl: null, stripePaymentIntentId: null,
    expiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000), paidAt: null, closedReason: null,
  });
  booking.payment = { id: payment.id, status: 'pending' };
  await tx.flush();
  await enqueue(tx, 'payment.expire-hold', { workspaceId: booking.workspace.id, paymentId: payment.id },
    { delaySeconds: HOLD_MINUTES * 60, jobKey: holdJobKey(payment.id) });
  return payment;
}

/** Asks the hold job to run now (it expires the Checkout Session at Stripe, best effort). */
export async function expireSessionSoon(tx: EntityManager, payment: IPayment): Promise<void> {
  await enqueue(tx, 'payment.expire-hold', { workspaceId: payment.workspace.id, paymentId: payment.id }, { jobKey: holdJobKey(payment.id) });
}

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
    booking.cancelReason = reason === 'provider_error' ? 'payment could not be started' : 'payment not completed';
    booking.sequence += 1;
  }
  await tx.flush();
  await recordEvent(tx, booking, 'hold_released', 'system', now, { paymentId: payment.id, reason });
}

/**
 * The hold job: once the hold is due (on the business clock `now`), expires the Checkout
 * Session at Stripe (best effort: no webhook needs to arrive), then expires the payment and
 * cancels the booking. A payment already closed only has its session expired at Stripe.
 */
export async function expireHold(em: EntityManager, payments: Payments | null, paymentId: string, now: Date): Promise<void> {
  const payment = await em.findOne(Payment, { id: paymentId }, { refresh: true });
  if (!payment) return;
  const open = OPEN_PAYMENT_STATUSES.includes(payment.status);
  if (open && payment.expiresAt.getTime() > now.getTime()) {
    // The queue's clock ran ahead of the business clock: come back when the hold is due.
    await enqueue(em, 'payment.expire-hold', { workspaceId: payment.workspace.id, paymentId },
      { delaySeconds: Math.ceil((payment.expiresAt.getTime() - now.getTime()) / 1000), jobKey: holdJobKey(paymentId) });
    return;
  }
  if (payment.stripeCheckoutSessionId && payments && (open || payment.status === 'expired')) {
    await payments.expireCheckoutSession(payment.stripeCheckoutSessionId).catch(() => false);
  }
  if (!open) return;
  await em.transactional(async (tx) => {
    const locked = await lockPayment(tx, paymentId);
    if (!locked || locked.payment.expiresAt.getTime() > now.getTime()) return;
    await releaseHold(tx, locked.booking, locked.payment, 'hold_expired', now);
  });
}

/** Ends every hold overdue at `now` whose job has not run (a sweep on the worker's tick); returns how many. */
export async function sweepOverdueHolds(em: EntityManager, payments: Payments | null, now: Date): Promise<number> {
  const due = await em.execute<{ id: string }[]>(
    `select id from payment where status in ('pending', 'failed') and expires_at <= ? order by expires_at limit 200`, [now]);
  for (const { id } of due) await expireHold(em.fork(), payments, id, now);
  return due.length;
}
