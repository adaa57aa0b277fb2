import { TransactionPropagation } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { localDateOf, mergeHostSlots, type BookingPrice } from '@slotkit/core';
import type { z } from 'zod';
import { Booking, BookingEvent, EventType, SlotReservation, type BookingStatus, type IBooking, type IPayment } from '../db/entities/index.ts';
import { AppError } from '../errors.ts';
import { toAppError } from '../http/middleware/problem-details.ts';
import { presentBooking } from '../http/presenters.ts';
import type { bookingInput } from '../http/schemas/booking.ts';
import { enqueue } from '../jobs/enqueue.ts';
import { ACTIVE_STATUSES, ACTIVE_STATUSES_SQL, eventTypeHosts, slotsForHosts, type BookableHost, type IgnoredSeats } from './availability.ts';
import { bookableEventType } from './event-types.ts';
import { openPaymentHold, type CheckoutHold } from './payments/hold.ts';
import { bookingPrice } from './payments/pricing.ts';
import { refundOnCancellation } from './payments/refunds.ts';
import { manageTokenFor, newBookingUid, newManageTokenSalt, sha256 } from './secrets.ts';

type BookingInput = z.output<typeof bookingInput>;
type LoadedEventType = Awaited<ReturnType<typeof bookableEventType>>;
/** A booking row with its event type and host loaded. */
export type LoadedBooking = IBooking;

/** Who acts on a booking, for the audit trail. */
export type Actor = 'customer' | `admin:${string}` | 'system';

const MINUTE = 60_000;

/** Checks the answers against the event type's questions; returns per-field errors. */
function answerErrors(eventType: LoadedEventType, input: BookingInput): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  const questions = new Map(eventType.questions.map((q) => [q.key, q]));
  for (const key of Object.keys(input.answers)) {
    if (!questions.has(key)) errors.push({ path: `answers.${key}`, message: 'no such question' });
  }
  for (const q of questions.values()) {
    const answer = input.answers[q.key];
    const empty = answer === undefined || answer === '' || (q.type === 'checkbox' && answer !== true);
    if (q.required && empty) { errors.push({ path: `answers.${q.key}`, message: 'an answer is required' }); continue; }
    if (answer === undefined) continue;
    if (q.type === 'checkbox' ? typeof answer !== 'boolean' : typeof answer !== 'string') {
      errors.push({ path: `answers.${q.key}`, message: q.type === 'checkbox' ? 'must be true or false' : 'must be text' });
    } else if (q.type === 'select' && !q.options?.includes(answer as string)) {
      errors.push({ path: `answers.${q.key}`, message: 'must be one of the options' });
    }
  }
  return errors;
}

function validateBooking(eventType: LoadedEventType, input: BookingInput): number {
  const duration = input.duration ?? eventType.defaultDuration;
  const errors = answerErrors(eventType, input);
  if (!eventType.durations.includes(duration)) errors.push({ path: 'duration', message: `must be one of ${eventType.durations.join(', ')}` });
  if (input.seats > eventType.seats) errors.push({ path: 'seats', message: `at most ${eventType.seats} seat(s) per booking` });
  if (Date.parse(input.start) % MINUTE !== 0) errors.push({ path: 'start', message: 'must be on a whole minute' });
  if (errors.length) throw AppError.validation(errors);
  return duration;
}

/**
 * The hosts (in preference order: most seats left first) offering exactly
 * `[start, start + duration)` with at least `seats` left.
 */
async function hostsOffering(em: EntityManager, eventType: LoadedEventType, hosts: BookableHost[], start: number, duration: number, seats: number, now: number, ignore?: IgnoredSeats) {
  // Nothing is offered in the past or past the booking window; deciding that up front keeps
  // starts like 0000-01-01T00:00:00Z (valid RFC 3339) out of the engine's date math, where
  // they failed with a 500 instead of 409 slot_unavailable.
  if (start < now || start >= now + eventType.maxAdvanceDays * 1440 * MINUTE) return [];
  const end = start + duration * MINUTE;
  const date = localDateOf(start, 'UTC');
  const perHost = await slotsForHosts(em, eventType, hosts, duration, { from: date, to: date, timezone: 'UTC' }, now, ignore);
  const slot = mergeHostSlots(perHost).flatMap((d) => d.slots).find((s) => s.start === start && s.end === end);
  if (!slot) return [];
  const left = (hostId: string) => perHost.find((h) => h.hostId === hostId)!.days.flatMap((d) => d.slots).find((s) => s.start === start && s.end === end)?.seatsLeft ?? 0;
  return slot.hostIds.filter((id) => left(id) >= seats).map((id) => hosts.find((h) => h.id === id)!);
}

/**
 * Takes `seats` of the slot for a host inside the current transaction. PostgreSQL decides:
 * the host row lock orders concurrent bookings of one host, the exclusion constraint
 * rejects overlaps (23P01), and the upsert joins a group slot only while seats remain.
 */
async function reserve(
  em: EntityManager, workspaceId: string, eventType: LoadedEventType, hostId: string, start: number, duration: number, seats: number, movingBookingId?: string,
): Promise<string> {
  await lockHost(em, hostId);
  if (eventType.maxPerDay != null) {
    const schedule = eventType.schedule ?? eventTypeHosts(eventType, hostId)[0]?.schedule;
    const zone = schedule?.timezone ?? 'UTC';
    const [row] = await em.execute<{ n: string }[]>(
      `select count(*) as n from booking where host_id = ? and event_type_id = ? and status in ${ACTIVE_STATUSES_SQL}
        and (start_at at time zone ?)::date = (?::timestamptz at time zone ?)::date and id <> ?`,
      [hostId, eventType.id, zone, new Date(start), zone, movingBookingId ?? '00000000-0000-0000-0000-000000000000'],
    );
    if (Number(row?.n ?? 0) >= eventType.maxPerDay) throw AppError.slotUnavailable('The daily booking limit for this day is reached.');
  }
  const end = start + duration * MINUTE;
  const rows = await em.execute<{ id: string }[]>(
    `insert into slot_reservation (id, workspace_id, host_id, event_type_id, start_at, end_at, blocked_start, blocked_end, capacity, seats_taken, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
     on conflict (host_id, event_type_id, start_at, end_at) where seats_taken > 0
     do update set seats_taken = slot_reservation.seats_taken + excluded.seats_taken, capacity = excluded.capacity
       where slot_reservation.seats_taken + excluded.seats_taken <= excluded.capacity
     returning id`,
    [workspaceId, hostId, eventType.id, new Date(start), new Date(end),
      new Date(start - eventType.bufferBefore * MINUTE), new Date(end + eventType.bufferAfter * MINUTE), eventType.seats, seats],
  );
  if (!rows[0]) throw AppError.slotUnavailable('That time has no seats left.');
  return rows[0].id;
}

/**
 * Orders concurrent bookings of one host. NO KEY UPDATE, not UPDATE: foreign-key checks of
 * inserts referencing the host (KEY SHARE) must not wait on it.
 */
async function lockHost(em: EntityManager, hostId: string): Promise<void> {
  await em.execute('select id from host where id = ? for no key update', [hostId]);
}

/** Gives a booking's seats back to its slot (the time frees at 0 seats). */
export async function release(em: EntityManager, booking: LoadedBooking): Promise<void> {
  if (!booking.reservation) return;
  await em.execute('update slot_reservation set seats_taken = seats_taken - ? where id = ?', [booking.seats, booking.reservation.id]);
  booking.reservation = null;
}

/**
 * Appends to the booking's audit trail and, in the same transaction, enqueues the job that
 * fans the change out (emails, webhooks, reminders) with the booking as it is now.
 */
export async function recordEvent(em: EntityManager, booking: LoadedBooking, type: string, actor: Actor, now: Date, data: Record<string, unknown> = {}) {
  const event = em.create(BookingEvent, { workspace: booking.workspace, booking, at: now, type, actor, data });
  await em.flush();
  await enqueue(em, 'booking.fanout', { workspaceId: booking.workspace.id, bookingEventId: event.id, booking: presentBooking(booking) });
}

/** Runs `work` in a savepoint; an overlap or a full slot only undoes that attempt. */
async function attempt<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T | undefined> {
  try {
    return await em.transactional(work, { propagation: TransactionPropagation.NESTED });
  } catch (error) {
    if (toAppError(error)?.code === 'slot_unavailable') return undefined;
    throw error;
  }
}

/** A paid booking about to be made: checked, priced and named, holding nothing yet. */
export interface BookingDraft {
  uid: string;
  manageToken: string;
  eventType: LoadedEventType;
  start: number;
  input: BookingInput;
  price: BookingPrice;
}

/**
 * Books a slot for a customer: validates the request against the event type, finds a host
 * offering the slot, and takes it in one transaction. A paid booking's Checkout is opened
 * first (`openCheckout`), before any lock: a slow payment provider then delays only this
 * customer, never other bookings of the host. Returns the booking and the manage token
 * (shown once; only its hash is stored).
 */
export async function createBooking(
  em: EntityManager, workspaceId: string, input: BookingInput,
  options: { now: Date; actor: Actor; secretKey: string; openCheckout: ((draft: BookingDraft) => Promise<CheckoutHold>) | null },
) {
  const eventType = await bookableEventType(em, workspaceId, { slug: input.eventType }).catch(() => {
    throw AppError.validation([{ path: 'eventType', message: 'no such event type' }]);
  });
  const duration = validateBooking(eventType, input);
  // Customers need a role's access code; staff booking on their behalf do not.
  const price = bookingPrice(eventType, input, { checkAccessCode: options.actor === 'customer' });
  const paid = price !== null && price.amount > 0;
  if (paid && !options.openCheckout) throw AppError.paymentsNotConfigured();
  const start = Date.parse(input.start);
  const now = options.now.getTime();
  const hosts = await hostsOffering(em, eventType, eventTypeHosts(eventType, input.host), start, duration, input.seats, now);
  if (!hosts.length) throw AppError.slotUnavailable();
  const uid = newBookingUid();
  const salt = newManageTokenSalt();
  const manageToken = manageTokenFor(options.secretKey, uid, salt);
  const checkout = paid && price && options.openCheckout ? await options.openCheckout({ uid, manageToken, eventType, start, input, price }) : null;
  for (const host of hosts) {
    const booking = await attempt(em, async (tx) => {
      const reservationId = await reserve(tx, workspaceId, eventType, host.id, start, duration, input.seats);
      // A paid booking holds its slot until paid; a free outcome (a 0 total) books at once.
      const status: BookingStatus = paid ? 'pending_payment' : eventType.requiresConfirmation ? 'pending_confirmation' : 'confirmed';
      const booking = tx.create(Booking, {
        uid, workspace: workspaceId, eventType, host: host.id, reservation: reservationId, status,
        startAt: new Date(start), endAt: new Date(start + duration * MINUTE), timezone: input.timezone,
        attendeeName: input.attendee.name, attendeeEmail: input.attendee.email, attendeePhone: input.attendee.phone ?? null,
        seats: input.seats, guests: input.guests, answers: input.answers, metadata: input.metadata,
        price: price ? { amount: price.amount, currency: price.currency } : null, unitAmount: price?.unitAmount ?? null,
        customerRole: price?.role ?? null, payment: null, location: eventType.location, cancelReason: null, sequence: 0, locale: input.locale ?? null,
        manageTokenSalt: salt, manageTokenHash: sha256(manageToken),
        // The request's clock, not the machine's: lead times (analytics) follow the same `now` as the rules.
        createdAt: options.now, updatedAt: options.now,
      });
      await tx.flush();
      const loaded = await loadBooking(tx, workspaceId, booking.uid);
      const payment = checkout && price ? await openPaymentHold(tx, loaded, price, checkout, options.now) : null;
      await recordEvent(tx, loaded, 'created', options.actor, options.now, { status, start: input.start, hostId: host.id });
      return { loaded, payment };
    });
    if (booking) return { booking: booking.loaded, payment: booking.payment as IPayment | null, manageToken };
  }
  throw AppError.slotUnavailable();
}

/**
 * Takes a cancelled booking's seats again (a payment that completed after its hold expired),
 * under the same database rules as a new booking. Returns false when the time is taken.
 */
export async function retakeSlot(em: EntityManager, booking: LoadedBooking): Promise<boolean> {
  const eventType = await em.findOneOrFail(EventType, { id: booking.eventType.id }, { populate: ['hosts', 'schedule', 'hosts.schedule'] });
  const duration = Math.round((booking.endAt.getTime() - booking.startAt.getTime()) / MINUTE);
  const reservationId = await attempt(em, (tx) =>
    reserve(tx, booking.workspace.id, eventType as unknown as LoadedEventType, booking.host.id, booking.startAt.getTime(), duration, booking.seats, booking.id));
  if (!reservationId) return false;
  booking.reservation = em.getReference(SlotReservation, reservationId);
  return true;
}

/** A booking of the workspace with event type and host, or 404. */
export async function loadBooking(em: EntityManager, workspaceId: string, uid: string, lock = false): Promise<LoadedBooking> {
  // Lock the booking row alone: locking its event type and host too (as a locked populate
  // does) made changes and new bookings of one host deadlock on each other's rows.
  if (lock) await em.execute('select id from booking where uid = ? and workspace_id = ? for no key update', [uid, workspaceId]);
  const booking = await em.findOne(Booking, { uid, workspace: workspaceId }, { populate: ['eventType', 'host'], refresh: true });
  if (!booking) throw AppError.notFound('Booking');
  return booking;
}

/** A booking by uid and manage token, or 404 (a wrong token reveals nothing). */
export async function bookingByManageToken(em: EntityManager, uid: string, token: string | undefined): Promise<LoadedBooking> {
  if (!token || token.length > 200) throw AppError.notFound('Booking');
  const booking = await em.findOne(Booking, { uid, manageTokenHash: sha256(token) }, { populate: ['eventType', 'host'] });
  if (!booking) throw AppError.notFound('Booking');
  return booking;
}

function assertModifiable(booking: LoadedBooking, now: Date): void {
  if (booking.status === 'cancelled') throw AppError.bookingNotModifiable('This booking is already cancelled.');
  if (!(ACTIVE_STATUSES as readonly string[]).includes(booking.status)) throw AppError.bookingNotModifiable(`A ${booking.status.replace('_', '-')} booking cannot be changed.`);
  if (booking.endAt.getTime() <= now.getTime()) throw AppError.bookingNotModifiable('This booking has already ended.');
}

/** Runs a change of one booking under its row lock, in one transaction. */
/** SQLSTATEs after which a transaction may simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);

/**
 * Runs a change of one booking under its row lock, in one transaction. Locks are always
 * taken booking -> host -> slot reservation (new bookings: host -> reservation), so no
 * cycle forms; a deadlock or serialization failure reported anyway is retried.
 */
async function change(em: EntityManager, workspaceId: string, uid: string, work: (tx: EntityManager, booking: LoadedBooking) => Promise<void>) {
  for (let attempt = 1; ; attempt++) {
    try {
      await em.transactional(async (tx) => {
        const booking = await loadBooking(tx, workspaceId, uid, true);
        await work(tx, booking);
        await tx.flush();
      });
      break;
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Inside a caller's transaction (an Idempotency-Key) the whole transaction is lost: no retry.
      if (attempt >= 3 || !code || !RETRYABLE.has(code) || em.isInTransaction()) throw error;
      em.clear();
    }
  }
  return loadBooking(em, workspaceId, uid);
}

/** Cancels a booking; its seats are free again at once. */
export async function cancelBooking(em: EntityManager, workspaceId: string, uid: string, reason: string | undefined, actor: Actor, now: Date) {
  return change(em, workspaceId, uid, async (tx, booking) => {
    assertModifiable(booking, now);
    const unpaid = booking.status === 'pending_payment';
    await release(tx, booking);
    booking.status = 'cancelled';
    booking.cancelReason = reason ?? null;
    booking.sequence += 1;
    if (unpaid) {
      // Nobody was told of a booking still waiting for its payment: its end sends no email or webhook.
      await refundOnCancellation(tx, booking, actor, now);
      await recordEvent(tx, booking, 'hold_released', actor, now, { reason: reason ?? null, paymentId: booking.payment?.id ?? null });
    } else {
      await recordEvent(tx, booking, 'cancelled', actor, now, { reason: reason ?? null });
      await refundOnCancellation(tx, booking, actor, now);
    }
  });
}

/** Moves a booking to another slot of the same host, keeping uid and manage link. */
export async function rescheduleBooking(em: EntityManager, workspaceId: string, uid: string, input: { start: string; duration?: number | undefined }, actor: Actor, now: Date) {
  return change(em, workspaceId, uid, async (tx, booking) => {
    assertModifiable(booking, now);
    // By id, not slug: an archived type's slug may now belong to another event type.
    const eventType = await bookableEventType(tx, workspaceId, { id: booking.eventType.id }).catch(() => {
      throw AppError.bookingNotModifiable('Its event type is no longer bookable.');
    });
    const duration = input.duration ?? Math.round((booking.endAt.getTime() - booking.startAt.getTime()) / MINUTE);
    if (!eventType.durations.includes(duration)) throw AppError.validation([{ path: 'duration', message: `must be one of ${eventType.durations.join(', ')}` }]);
    const start = Date.parse(input.start);
    const host = eventTypeHosts(eventType, booking.host.id)[0];
    const ignore = booking.reservation ? { reservationId: booking.reservation.id, seats: booking.seats, bookingId: booking.id } : undefined;
    if (!host || !(await hostsOffering(tx, eventType, [host], start, duration, booking.seats, now.getTime(), ignore)).length) throw AppError.slotUnavailable();
    const from = booking.startAt.toISOString();
    await lockHost(tx, host.id); // before touching the old reservation: booking -> host -> reservation
    await release(tx, booking);
    const reservationId = await reserve(tx, workspaceId, eventType, host.id, start, duration, booking.seats, booking.id);
    booking.reservation = tx.getReference(SlotReservation, reservationId);
    booking.startAt = new Date(start);
    booking.endAt = new Date(start + duration * MINUTE);
    booking.sequence += 1;
    await recordEvent(tx, booking, 'rescheduled', actor, now, { from, to: booking.startAt.toISOString() });
  });
}

/** Moves a booking between statuses an admin may set, with the rules of each action. */
export async function transitionBooking(
  em: EntityManager, workspaceId: string, uid: string, action: 'confirm' | 'decline' | 'no-show' | 'complete', actor: Actor, now: Date, reason?: string,
) {
  return change(em, workspaceId, uid, async (tx, booking) => {
    const started = booking.startAt.getTime() <= now.getTime();
    if (action === 'confirm' || action === 'decline') {
      if (booking.status !== 'pending_confirmation') throw AppError.bookingNotModifiable(`Only a booking pending confirmation can be ${action === 'confirm' ? 'confirmed' : 'declined'}.`);
      if (action === 'decline') {
        await release(tx, booking);
        booking.cancelReason = reason ?? null;
      }
      booking.status = action === 'confirm' ? 'confirmed' : 'cancelled';
      // A declined request was paid for in vain: all of it goes back.
      if (action === 'decline') await refundOnCancellation(tx, booking, actor, now);
    } else {
      if (booking.status !== 'confirmed') throw AppError.bookingNotModifiable(`Only a confirmed booking can be marked ${action}.`);
      if (!started) throw AppError.bookingNotModifiable(`A booking can be marked ${action} only once it has started.`);
      booking.status = action === 'complete' ? 'completed' : 'no_show';
    }
    booking.sequence += 1;
    await recordEvent(tx, booking, action === 'no-show' ? 'no_show' : `${action}${action.endsWith('e') ? 'd' : 'ed'}`, actor, now, reason ? { reason } : {});
  });
}

/** The audit trail of a booking, oldest first. */
export async function bookingHistory(em: EntityManager, booking: LoadedBooking) {
  return em.find(BookingEvent, { booking: booking.id }, { orderBy: { at: 'asc', id: 'asc' } });
}
