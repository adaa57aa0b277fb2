import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors.ts';
import { toAppError } from '../http/middleware/problem-details.ts';
import { presentBooking, type PresentedBooking } from '../http/presenters.ts';
import { assertBookingInScope } from './booking-scope.ts';
import { cancelBooking, transitionBooking, type Actor } from './bookings.ts';

/** What a bulk request does to each booking. */
export const BULK_ACTIONS = ['cancel', 'confirm', 'decline'] as const;
/** One bulk action. */
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The outcome for one uid: the booking as it is now, or the error that action met. */
export type BulkResult =
  | { uid: string; ok: true; booking: PresentedBooking }
  | { uid: string; ok: false; error: { status: number; code: string; detail: string } };

/**
 * Applies one action to many bookings, in order, each in its own transaction (as the
 * single-booking routes do, fan-out included), so one failure leaves the others done. A
 * booking outside the caller's hosts is reported as not found, like one of another workspace.
 */
export async function bulkBookingAction(
  em: EntityManager, workspaceId: string, input: { action: BulkAction; uids: string[]; reason?: string | undefined },
  caller: { actor: Actor; hostIds: readonly string[] | null }, now: Date,
): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  for (const uid of input.uids) {
    try {
      await assertBookingInScope(em, workspaceId, uid, caller.hostIds);
      const booking = input.action === 'cancel'
        ? await cancelBooking(em, workspaceId, uid, input.reason, caller.actor, now)
        : await transitionBooking(em, workspaceId, uid, input.action, caller.actor, now, input.reason);
      results.push({ uid, ok: true, booking: presentBooking(booking) });
    } catch (error) {
      // Earlier items are committed: an unexpected failure is that item's answer, not the request's.
      const problem = toAppError(error) ?? AppError.internal();
      results.push({ uid, ok: false, error: { status: problem.status, code: problem.code, detail: problem.message } });
      em.clear();
    }
  }
  return results;
}
