import type { EntityManager } from '@mikro-orm/postgresql';
import { cancellationRefund } from '@slotkit/core';
import { Payment, Refund, type IPayment, type IRefund } from '../../db/entities/index.ts';
import { AppError } from '../../errors.ts';
import { enqueue } from '../../jobs/enqueue.ts';
import { recordEvent, type Actor, type LoadedBooking } from '../bookings.ts';
import { expireSessionSoon } from './hold.ts';
import { paymentScope } from './payment-list.ts';
import { lockPayment, OPEN_PAYMENT_STATUSES, PAID_PAYMENT_STATUSES, setPaymentStatus, statusAfterRefunds } from './payment-state.ts';
import type { Payments } from './provider.ts';

/**
 * Records a refund of `amount` in the caller's transaction (booking and payment locked) and
 * enqueues the job that asks Stripe for it. The amount counts as refunded at once, so two
 * refunds racing can never together exceed the payment: 409 `refund_exceeds_payment`.
 */
export async function requestRefund(
  tx: EntityManager, booking: LoadedBooking, payment: IPayment, amount: number, reason: string | null, actor: Actor, now: Date,
): Promise<IRefund> {
  const paid = PAID_PAYMENT_STATUSES.includes(payment.status);
  const left = paid ? payment.amount - payment.amountRefunded : 0;
  if (amount > left || amount <= 0) throw AppError.refundExceedsPayment(left);
  const refund = tx.create(Refund, { workspace: payment.workspace, payment, amount, reason, status: 'pending', stripeRefundId: null, failure: null });
  payment.amountRefunded += amount;
  setPaymentStatus(payment, booking, statusAfterRefunds(payment));
  await tx.flush();
  await recordEvent(tx, booking, 'refund_requested', actor, now, { paymentId: payment.id, refundId: refund.id, amount, currency: payment.currency, reason });
  await enqueue(tx, 'payment.refund', { workspaceId: payment.workspace.id, refundId: refund.id }, { jobKey: `refund:${refund.id}` });
  return refund;
}

/**
 * Settles a booking's payment when the booking is cancelled (in the cancellation's transaction):
 * an unpaid one is closed and its Checkout Session expired; a paid one is refunded, fully when
 * staff cancel or decline, by the event type's cancellation policy when the customer cancels.
 */
export async function refundOnCancellation(tx: EntityManager, booking: LoadedBooking, actor: Actor, now: Date): Promise<void> {
  if (!booking.payment) return;
  await tx.execute('select id from payment where id = ? for update', [booking.payment.id]);
  const payment = await tx.findOne(Payment, { id: booking.payment.id }, { refresh: true });
  if (!payment) return;
  if (OPEN_PAYMENT_STATUSES.includes(payment.status)) {
    setPaymentStatus(payment, booking, 'expired');
    payment.closedReason = 'booking_cancelled';
    await tx.flush();
    await expireSessionSoon(tx, payment);
    return;
  }
  if (!PAID_PAYMENT_STATUSES.includes(payment.status)) return;
  const amount = actor === 'customer'
    ? cancellationRefund(booking.eventType.cancellationPolicy ?? null, payment.amount, payment.amountRefunded, booking.startAt.getTime(), now.getTime())
    : payment.amount - payment.amountRefunded;
  if (amount > 0) {
    await requestRefund(tx, booking, payment, amount, actor === 'customer' ? 'cancelled by the customer' : 'cancelled by staff', actor, now);
  }
}

/**
 * An admin refund of a payment (of a booking of `hostIds`): all that is left, or `amount` of
 * it. Recorded as pending; the queued `payment.refund` job asks Stripe, outside this transaction.
 */
export async function refundPayment(
  em: EntityManager, workspaceId: string, paymentId: string, input: { amount?: number | undefined; reason?: string | undefined },
  caller: { actor: Actor; hostIds: readonly string[] | null }, now: Date,
): Promise<IRefund> {
  // Another workspace's (or host's) payment is not found, and its booking never locked.
  if (!await em.count(Payment, { id: paymentId, workspace: workspaceId, ...paymentScope(caller.hostIds) })) throw AppError.notFound('Payment');
  return em.transactional(async (tx) => {
    const locked = await lockPayment(tx, paymentId);
    if (!locked) throw AppError.notFound('Payment');
    const { booking, payment } = locked;
    const amount = input.amount ?? payment.amount - payment.amountRefunded;
    return requestRefund(tx, booking, payment, amount, input.reason ?? null, caller.actor, now);
  });
}

/**
 * Asks Stripe for a pending refund (the `payment.refund` job, queued with the refund). Its id is the idempotency key, so a retry after a crash refunds once. When Stripe
 * refuses, the refund fails and its amount counts as not refunded again.
 */
export async function submitRefund(em: EntityManager, payments: Payments | null, refundId: string, now: Date): Promise<void> {
  const refund = await em.findOne(Refund, { id: refundId }, { populate: ['payment', 'payment.booking'], refresh: true });
  if (!refund || refund.status !== 'pending') return;
  if (!payments) throw new Error('a refund is pending but payments are not configured');
  const intent = refund.payment.stripePaymentIntentId;
  const outcome = intent
    ? await payments.refund({ refundId, paymentIntentId: intent, amount: refund.amount, reason: refund.reason ?? null, bookingUid: refund.payment.booking.uid })
    : { ok: false as const, failure: 'the payment has no PaymentIntent' };
  await em.transactional(async (tx) => {
    const locked = await lockPayment(tx, refund.payment.id);
    if (!locked) return;
    const row = await tx.findOneOrFail(Refund, { id: refundId }, { refresh: true });
    if (row.status !== 'pending') return;
    const { booking, payment } = locked;
    if (outcome.ok) {
      row.status = 'succeeded';
      row.stripeRefundId = outcome.id;
      await tx.flush();
      await recordEvent(tx, booking, 'refunded', 'system', now, { paymentId: payment.id, refundId, amount: row.amount, currency: payment.currency });
    } else {
      row.status = 'failed';
      row.failure = outcome.failure;
      payment.amountRefunded -= row.amount;
      setPaymentStatus(payment, booking, statusAfterRefunds(payment));
      await tx.flush();
      await recordEvent(tx, booking, 'refund_failed', 'system', now, { paymentId: payment.id, refundId, amount: row.amount, failure: outcome.failure });
    }
  });
}
