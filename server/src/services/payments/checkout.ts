import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { Workspace, type IPayment } from '../../db/entities/index.ts';
import { AppError } from '../../errors.ts';
import { iso } from '../../http/presenters.ts';
import type { bookingInput } from '../../http/schemas/booking.ts';
import { createBooking, type Actor, type BookingDraft, type LoadedBooking } from '../bookings.ts';
import { manageUrl } from '../links.ts';
import { HOLD_MINUTES, type CheckoutHold } from './hold.ts';
import { OPEN_PAYMENT_STATUSES } from './payment-state.ts';
import type { Payments } from './provider.ts';

type BookingInput = z.output<typeof bookingInput>;

/** Where to send the customer, what to charge with, and the clock Checkout expiries are read from. */
export interface CheckoutDeps {
  payments: Payments | null;
  publicUrl: string;
  secretKey: string;
  clock: () => Date;
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

/**
 * A `returnUrl` must be one of the workspace's allowed origins when it restricts them, or on
 * Slotkit's own origin (its hosted booking and manage pages), which is always allowed.
 */
async function checkReturnUrl(em: EntityManager, publicUrl: string, workspaceId: string, returnUrl: string): Promise<void> {
  const origin = new URL(returnUrl).origin;
  if (origin === new URL(publicUrl).origin) return;
  const workspace = await em.findOneOrFail(Workspace, { id: workspaceId }, { fields: ['allowedOrigins'] });
  if (workspace.allowedOrigins.length && !workspace.allowedOrigins.includes(origin)) {
    throw AppError.validation([{ path: 'returnUrl', message: 'must be on one of the workspace\'s allowed origins' }]);
  }
}

/** The line item customers see in Checkout: the event type and its time in their zone. */
function lineItemName(draft: BookingDraft): string {
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: draft.input.timezone }).format(draft.start);
  return `${draft.eventType.title}, ${when} (${draft.input.timezone})`;
}

/**
 * Opens the Checkout Session of a booking about to be made, before its slot is taken (no
 * lock is held while Stripe answers). The payment id is fixed here: it is the idempotency key
 * at Stripe and in the session's metadata. The expiry is read from the clock now, after the
 * checks, whole seconds, so that hold and session end together. Stripe failing: 502, nothing held.
 */
async function openCheckout(deps: CheckoutDeps & { payments: Payments }, draft: BookingDraft, returnUrl: string | undefined): Promise<CheckoutHold> {
  const paymentId = randomUUID();
  const back = returnUrl ?? manageUrl(deps.publicUrl, draft.uid, draft.manageToken);
  const expiresAt = new Date(Math.floor(deps.clock().getTime() / 1000) * 1000 + HOLD_MINUTES * 60_000);
  try {
    const session = await deps.payments.createCheckoutSession({
      paymentId, bookingUid: draft.uid, name: lineItemName(draft),
      unitAmount: draft.price.unitAmount, quantity: draft.input.seats, currency: draft.price.currency,
      customerEmail: draft.input.attendee.email, expiresAt: expiresAt.getTime() / 1000,
      successUrl: returnTo(back, draft.uid, 'success'), cancelUrl: returnTo(back, draft.uid, 'cancelled'),
    });
    return { paymentId, sessionId: session.id, checkoutUrl: session.url, expiresAt };
  } catch {
    throw AppError.paymentProviderError();
  }
}

/**
 * Books a slot and, when it costs something, opens its Stripe Checkout first: the booking
 * then holds its slot as `pending_payment` until paid or expired. When the slot went while
 * Stripe was asked, the session is expired (best effort: nobody has its link) and the answer
 * is 409. A free booking (a 0 total) needs no checkout.
 */
export async function bookWithCheckout(em: EntityManager, deps: CheckoutDeps, workspaceId: string, input: BookingInput, options: { now: Date; actor: Actor }) {
  if (input.returnUrl) await checkReturnUrl(em, deps.publicUrl, workspaceId, input.returnUrl);
  const { payments } = deps;
  const opened: { hold?: CheckoutHold } = {};
  const open = payments ? async (draft: BookingDraft) => (opened.hold = await openCheckout({ ...deps, payments }, draft, input.returnUrl)) : null;
  try {
    const created = await createBooking(em, workspaceId, input, { now: options.now, actor: options.actor, secretKey: deps.secretKey, openCheckout: open });
    const payment = created.payment ? { checkoutUrl: created.payment.checkoutUrl!, expiresAt: iso(created.payment.expiresAt) } : null;
    return { booking: created.booking, manageToken: created.manageToken, payment };
  } catch (error) {
    if (opened.hold && payments) await payments.expireCheckoutSession(opened.hold.sessionId).catch(() => false);
    throw error;
  }
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
