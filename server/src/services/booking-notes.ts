import type { EntityManager } from '@mikro-orm/postgresql';
import { BookingEvent } from '../db/entities/index.ts';
import { assertBookingInScope } from './booking-scope.ts';
import { loadBooking, type Actor } from './bookings.ts';

/**
 * Adds an internal note to a booking's history. Unlike a change of the booking, it enqueues
 * no fan-out: notes reach no customer, email or webhook, and the manage routes never show
 * the history.
 */
export async function addBookingNote(em: EntityManager, workspaceId: string, uid: string, text: string, caller: { actor: Actor; hostIds: readonly string[] | null }, now: Date) {
  await assertBookingInScope(em, workspaceId, uid, caller.hostIds);
  const booking = await loadBooking(em, workspaceId, uid);
  const note = em.create(BookingEvent, { workspace: booking.workspace, booking, at: now, type: 'note', actor: caller.actor, data: { text } });
  await em.flush();
  return note;
}
