import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import type { IPayment } from '../../db/entities/index.ts';
import { recordEvent, retakeSlot, type LoadedBooking } from '../bookings.ts';
import { releaseHold } from './hold.ts';
import { lockPayment, OPEN_PAYMENT_STATUSES, PAID_PAYMENT_STATUSES, setPaymentStatus, statusAfterRefunds } from './payment-state.ts';
import { requestRefund } from './refunds.ts';

/** What became of a webhook: applied, a replay of one already processed, or waiting for its PaymentIntent to be known. */
export type StripeEventOutcome = 'applied' | 'replayed' | 'waiting';

type Metadata = Record<string, string> | null | undefined;
const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : value?.id ?? null);

/** The payment an event names: by its Checkout Session, its PaymentIntent, or our id in the metadata. */
async function findPaymentId(tx: EntityManager, where: { sessionId?: string | null; intentId?: string | null; metadata?: Metadata }): Promise<string | null> {
  const rows = await tx.execute<{ id: string }[]>(
    `select id from payment where stripe_checkout_session_id = ? or stripe_payment_intent_id = ? or id::text = ? limit 1`,
    [where.sessionId ?? '', where.intentId ?? '', where.metadata?.paymentId ?? ''],
  );
  return rows[0]?.id ?? null;
}

/**
 * The money arrived. A booking still holding its slot is confirmed (or awaits the host's
 * confirmation). One whose hold expired meanwhile takes its slot again if it is still free;
 * otherwise, or when the customer cancelled or the time has passed, the money goes back in full.
 */
async function paymentSucceeded(tx: EntityManager, booking: LoadedBooking, payment: IPayment, intentId: string | null, now: Date): Promise<void> {
  if (PAID_PAYMENT_STATUSES.includes(payment.status)) return;
  const wasOpen = OPEN_PAYMENT_STATUSES.includes(payment.status);
  payment.stripePaymentIntentId ??= intentId;
  payment.paidAt = now;
  setPaymentStatus(payment, booking, 'succeeded');
  await tx.flush();
  const paid = { paymentId: payment.id, amount: payment.amount, currency: payment.currency };
  const settle = async (afterExpiry: boolean) => {
    booking.status = booking.eventType.requiresConfirmation ? 'pending_confirmation' : 'confirmed';
    if (afterExpiry) { booking.cancelReason = null; booking.sequence += 1; }
    await tx.flush();
    await recordEvent(tx, booking, 'paid', 'system', now, paid);
    // The booking exists for the customer and host from now: its confirmation (or request) emails and `booking.created`.
    await recordEvent(tx, booking, 'booked', 'system', now, { status: booking.status });
  };
  if (wasOpen && booking.status === 'pending_payment') return settle(false);
  const retake = payment.closedReason === 'hold_expired' && booking.status === 'cancelled' && booking.startAt.getTime() > now.getTime();
  if (retake && await retakeSlot(tx, booking)) return settle(true);
  await recordEvent(tx, booking, 'paid', 'system', now, { ...paid, late: true });
  const why = payment.closedReason === 'hold_expired'
    ? (booking.startAt.getTime() > now.getTime() ? 'paid after the hold expired, and the slot was taken meanwhile' : 'paid after the hold expired, and the time has passed')
    : 'paid after the booking was cancelled';
  const left = payment.amount - payment.amountRefunded;
  if (left > 0) await requestRefund(tx, booking, payment, left, why, 'system', now);
}

/** Records a failed attempt to pay (the `payment.failed` webhook) on a payment still waiting. */
async function recordPaymentFailed(tx: EntityManager, booking: LoadedBooking, payment: IPayment, error: { message?: string | null; code?: string | null } | null, now: Date): Promise<void> {
  setPaymentStatus(payment, booking, 'failed');
  await tx.flush();
  await recordEvent(tx, booking, 'payment_failed', 'system', now, { paymentId: payment.id, message: error?.message ?? null, code: error?.code ?? null });
}

/**
 * Applies what a completed Checkout Session says, in the caller's transaction: paid (confirms
 * the booking), or paying by a slower method (its intent is remembered; the outcome comes as
 * `async_payment_succeeded` or `async_payment_failed`). Used for webhooks and by the hold
 * job when Stripe refuses to expire a session the customer completed.
 */
export async function applyCompletedSession(tx: EntityManager, session: Stripe.Checkout.Session, now: Date): Promise<void> {
  const id = await findPaymentId(tx, { sessionId: session.id, metadata: session.metadata });
  const locked = id ? await lockPayment(tx, id) : null;
  if (!locked) return; // not one of ours
  const intentId = idOf(session.payment_intent);
  if (session.payment_status === 'paid' || session.payment_status === 'no_payment_required') {
    await paymentSucceeded(tx, locked.booking, locked.payment, intentId, now);
    if (intentId) await applyWaitingEvents(tx, intentId, now);
  } else if (intentId && !locked.payment.stripePaymentIntentId) {
    locked.payment.stripePaymentIntentId = intentId; // paid later (async methods): remember whose intent it is
  }
}

/** Applies one event in the caller's transaction; false when it must wait for its PaymentIntent. */
async function applyEvent(tx: EntityManager, event: Stripe.Event, now: Date): Promise<boolean> {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      await applyCompletedSession(tx, event.data.object, now);
      return true;
    case 'checkout.session.expired':
    case 'checkout.session.async_payment_failed': {
      const session = event.data.object;
      const id = await findPaymentId(tx, { sessionId: session.id, metadata: session.metadata });
      const locked = id ? await lockPayment(tx, id) : null;
      if (!locked) return true; // not one of ours
      const { booking, payment } = locked;
      if (event.type === 'checkout.session.expired') {
        await releaseHold(tx, booking, payment, 'hold_expired', now);
      } else if (OPEN_PAYMENT_STATUSES.includes(payment.status)) {
        // A slower method (e.g. a bank debit) failed after Checkout completed: the session cannot
        // be paid again, so the failure is told and the hold ends.
        await recordPaymentFailed(tx, booking, payment, { message: 'The payment failed after checkout (e.g. a declined bank debit).', code: 'async_payment_failed' }, now);
        await releaseHold(tx, booking, payment, 'payment_failed', now);
      }
      return true;
    }
    case 'payment_intent.payment_failed': {
      const intent = event.data.object;
      const id = await findPaymentId(tx, { intentId: intent.id, metadata: intent.metadata });
      const locked = id ? await lockPayment(tx, id) : null;
      if (!locked) return true;
      const { booking, payment } = locked;
      // Checkout lets the customer try again until the session expires: the hold stays.
      if (payment.status !== 'pending') return true;
      await recordPaymentFailed(tx, booking, payment, intent.last_payment_error ?? null, now);
      return true;
    }
    case 'charge.refunded':
    case 'charge.dispute.created': {
      const object = event.data.object;
      const intentId = idOf(object.payment_intent);
      const id = intentId ? await findPaymentId(tx, { intentId }) : null;
      if (!id) return false; // the Checkout Session naming this intent has not completed yet
      const locked = await lockPayment(tx, id);
      if (!locked) return false;
      const { booking, payment } = locked;
      if (event.type === 'charge.refunded') {
        const charge = event.data.object;
        // Stripe's total is authoritative, but an older event never lowers what we know.
        const refunded = Math.min(payment.amount, Math.max(payment.amountRefunded, charge.amount_refunded));
        if (refunded === payment.amountRefunded) return true;
        const added = refunded - payment.amountRefunded;
        payment.amountRefunded = refunded;
        setPaymentStatus(payment, booking, statusAfterRefunds(payment));
        await tx.flush();
        await recordEvent(tx, booking, 'refunded', 'system', now, { paymentId: payment.id, amount: added, currency: payment.currency, source: 'stripe' });
      } else {
        const dispute = event.data.object;
        setPaymentStatus(payment, booking, 'disputed');
        await tx.flush();
        await recordEvent(tx, booking, 'disputed', 'system', now, { paymentId: payment.id, amount: dispute.amount, reason: dispute.reason, disputeId: dispute.id });
      }
      return true;
    }
    default:
      return true; // other events are not ours to act on
  }
}

/** Applies charge events that arrived before the Checkout Session naming their intent completed. */
async function applyWaitingEvents(tx: EntityManager, intentId: string, now: Date): Promise<void> {
  const waiting = await tx.execute<{ id: string; payload: unknown }[]>(
    `select id, payload from stripe_event where payment_intent_id = ? and applied_at is null and type in ('charge.refunded', 'charge.dispute.created')
      order by received_at, id for update`, [intentId]);
  for (const row of waiting) {
    const event = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as Stripe.Event;
    if (await applyEvent(tx, event, now)) await tx.execute('update stripe_event set applied_at = ? where id = ?', [now, row.id]);
  }
}

/**
 * Processes a verified Stripe event exactly once: its id is stored in the same transaction as
 * its effect, so a replay (or a concurrent duplicate, which waits on the unique id) changes
 * nothing. Events may come in any order; each handler checks the state it finds.
 */
export async function handleStripeEvent(em: EntityManager, event: Stripe.Event, now: Date): Promise<StripeEventOutcome> {
  return em.transactional(async (tx) => {
    const object = event.data.object as { payment_intent?: string | { id: string } | null; object?: string; id?: string };
    const intentId = object.object === 'payment_intent' ? object.id ?? null : idOf(object.payment_intent);
    const inserted = await tx.execute<{ id: string }[]>(
      `insert into stripe_event (id, type, payment_intent_id, payload, received_at, applied_at) values (?, ?, ?, ?, ?, null)
       on conflict (id) do nothing returning id`,
      [event.id, event.type, intentId, JSON.stringify(event), now],
    );
    if (!inserted[0]) return 'replayed';
    const applied = await applyEvent(tx, event, now);
    if (applied) await tx.execute('update stripe_event set applied_at = ? where id = ?', [now, event.id]);
    return applied ? 'applied' : 'waiting';
  });
}
