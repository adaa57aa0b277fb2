import type { EntityManager } from '@mikro-orm/postgresql';
import { Payment } from '../../db/entities/index.ts';
import { releaseHold, scheduleHoldJob } from './hold.ts';
import { lockPayment, OPEN_PAYMENT_STATUSES } from './payment-state.ts';
import type { Payments } from './provider.ts';
import { applyCompletedSession } from './stripe-events.ts';

/** How long a hold is kept again, before the next look at Stripe, while a completed Checkout's slower payment settles. */
export const SETTLING_RECHECK_MINUTES = 60;

/**
 * After Stripe refused to expire a session (it is no longer open), asks Stripe what became of
 * it. A session the customer completed keeps its hold: paid, it is applied now as its webhook
 * would be (the webhook may still be on its way, or lost); paid by a slower method still
 * settling, the hold lasts until the next look (its webhooks decide first), at most until the
 * booking starts. True when the hold was kept.
 */
async function keptForCompletedCheckout(em: EntityManager, payments: Payments, paymentId: string, sessionId: string, now: Date): Promise<boolean> {
  const session = await payments.retrieveCheckoutSession(sessionId).catch(() => null);
  if (session?.status !== 'complete') return false;
  return em.transactional(async (tx) => {
    if (session.payment_status !== 'unpaid') {
      await applyCompletedSession(tx, session, now);
      return true;
    }
    const locked = await lockPayment(tx, paymentId);
    if (!locked || !OPEN_PAYMENT_STATUSES.includes(locked.payment.status)) return true;
    if (locked.booking.startAt.getTime() <= now.getTime()) return false;
    locked.payment.expiresAt = new Date(Math.min(now.getTime() + SETTLING_RECHECK_MINUTES * 60_000, locked.booking.startAt.getTime()));
    await tx.flush();
    await scheduleHoldJob(tx, locked.payment, now);
    return true;
  });
}

/**
 * The hold job: once the hold is due (on the business clock `now`), expires the Checkout
 * Session at Stripe, then expires the payment and cancels the booking. When Stripe refuses
 * because the customer completed the session (paid in its last seconds), the hold stays (see
 * `keptForCompletedCheckout`); when Stripe cannot be reached, the hold ends anyway and a
 * payment landing later takes the slot again or is refunded. A payment already closed only
 * has its session expired at Stripe.
 */
export async function expireHold(em: EntityManager, payments: Payments | null, paymentId: string, now: Date): Promise<void> {
  const payment = await em.findOne(Payment, { id: paymentId }, { refresh: true });
  if (!payment) return;
  const open = OPEN_PAYMENT_STATUSES.includes(payment.status);
  if (open && payment.expiresAt.getTime() > now.getTime()) {
    // The queue's clock ran ahead of the business clock: come back when the hold is due.
    await scheduleHoldJob(em, payment, now);
    return;
  }
  const sessionId = payment.stripeCheckoutSessionId;
  if (sessionId && payments && (open || payment.status === 'expired')) {
    const expired = await payments.expireCheckoutSession(sessionId).catch(() => null);
    if (open && expired === false && await keptForCompletedCheckout(em, payments, paymentId, sessionId, now)) return;
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
