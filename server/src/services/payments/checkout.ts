import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { Workspace, type IPayment } from '../../db/entities/index.ts';
import { AppError } from '../../errors.ts';
import { iso } from '../../http/presenters.ts';
import type { bookingInput } from '../../http/schemas/booking.ts';
import { createBooking, loadBooking, type Actor, type LoadedBooking } from '../bookings.ts';
import { manageUrl } from '../links.ts';
import { releaseHold } from './hold.ts';
import { lockPayment, OPEN_PAYMENT_STATUSES } from './payment-state.ts';
import type { Payments } from './provider.ts';

type BookingInput = z.output<typeof bookingInput>;

/** Where to send the customer and what to charge with. */
export interface CheckoutDeps {
  payments: Payments | null;
  publicUrl: string;
  secretKey: string;
}

/** What a customer opens to pay, and until when. */
export interface CheckoutLink {
  checkoutUrl: string;
  expiresAt: string;
}

/** `url` with Slotkit's return parameters added, keeping its own query and fragment. */
function returnTo(url: string, uid: string, outcome: 'success' | 'cancelled'): string {
  const target = new URL(url);
  target.searchParams.set('slotkit_booking', uid);
  target.searchParams.set('slotkit_payment', outcome);
  return target.toString();
}

/** A `returnUrl` must be one of the workspace's allowed origins when it restricts them. */
async function checkReturnUrl(em: EntityManager, workspaceId: string, returnUrl: string): Promise<void> {
  const workspace = await em.findOneOrFail(Workspace, { id: workspaceId }, { fields: ['allowedOrigins'] });
  if (workspace.allowedOrigins.length && !workspace.allowedOrigins.includes(new URL(returnUrl).origin)) {
    throw AppError.validation([{ path: 'returnUrl', message: 'must be on one of the workspace\'s allowed origins' }]);
  }
}

/** The line item customers see in Checkout: the event type and its time in their zone. */
function lineItemName(booking: LoadedBooking): string {
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: booking.timezone }).format(booking.startAt);
  return `${booking.eventType.title}, ${when} (${booking.timezone})`;
}

/**
 * Creates the Checkout Session of a booking's pending payment and stores it. If Stripe fails,
 * the hold ends at once (the slot frees, the booking is cancelled) and the answer is 502.
 */
async function startCheckout(em: EntityManager, deps: CheckoutDeps, booking: LoadedBooking, payment: IPayment, back: string, now: Date): Promise<CheckoutLink> {
  let session: { id: string; url: string };
  try {
    if (!deps.payments) throw new Error('payments are not configured');
    session = await deps.payments.createCheckoutSession({
      paymentId: payment.id, bookingUid: booking.uid, name: lineItemName(booking),
      unitAmount: booking.unitAmount ?? payment.amount / booking.seats, quantity: booking.seats, currency: payment.currency,
      customerEmail: booking.attendeeEmail, expiresAt: Math.floor(payment.expiresAt.getTime() / 1000),
      successUrl: returnTo(back, booking.uid, 'success'), cancelUrl: returnTo(back, booking.uid, 'cancelled'),
    });
  } catch {
    await em.transactional(async (tx) => {
      const locked = await lockPayment(tx, payment.id);
      if (locked) await releaseHold(tx, locked.booking, locked.payment, 'provider_error', now);
    });
    throw AppError.paymentProviderError();
  }
  await em.execute('update payment set stripe_checkout_session_id = ?, checkout_url = ?, updated_at = ? where id = ?', [session.id, session.url, now, payment.id]);
  return { checkoutUrl: session.url, expiresAt: iso(payment.expiresAt) };
}

/**
 * Books a slot and, when it costs something, opens its Stripe Checkout: the booking holds its
 * slot as `pending_payment` until paid or expired. A free booking (a 0 total) needs no checkout.
 */
export async function bookWithCheckout(em: EntityManager, deps: CheckoutDeps, workspaceId: string, input: BookingInput, options: { now: Date; actor: Actor }) {
  if (input.returnUrl) await checkReturnUrl(em, workspaceId, input.returnUrl);
  const created = await createBooking(em, workspaceId, input, {
    now: options.now, actor: options.actor, paymentsConfigured: deps.payments !== null, secretKey: deps.secretKey,
  });
  if (!created.payment) return { booking: created.booking, manageToken: created.manageToken, payment: null };
  const back = input.returnUrl ?? manageUrl(deps.publicUrl, created.booking.uid, created.manageToken);
  const link = await startCheckout(em, deps, created.booking, created.payment, back, options.now);
  return { booking: await loadBooking(em, workspaceId, created.booking.uid), manageToken: created.manageToken, payment: link };
}

/** The Checkout link of a booking still waiting for its payment (the manage page's Pay button); 409 otherwise. */
export async function resumeCheckout(em: EntityManager, booking: LoadedBooking, now: Date): Promise<CheckoutLink> {
  const notWaiting = () => AppError.bookingNotModifiable('This booking is not waiting for a payment.');
  if (booking.status !== 'pending_payment' || !booking.payment) throw notWaiting();
  const [payment] = await em.execute<{ status: string; checkout_url: string | null; expires_at: string | Date }[]>(
    'select status, checkout_url, expires_at from payment where id = ?', [booking.payment.id]);
  const expiresAt = payment ? new Date(payment.expires_at) : null;
  if (!payment || !payment.checkout_url || !expiresAt || !OPEN_PAYMENT_STATUSES.includes(payment.status as IPayment['status']) || expiresAt.getTime() <= now.getTime()) throw notWaiting();
  return { checkoutUrl: payment.checkout_url, expiresAt: iso(expiresAt) };
}
