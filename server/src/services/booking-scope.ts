import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors.ts';

/**
 * Throws 404 unless the booking's host is one of `hostIds` (`null`: every host). A staff
 * member is told nothing about other hosts' bookings, as with another workspace's.
 */
export async function assertBookingInScope(em: EntityManager, workspaceId: string, uid: string, hostIds: readonly string[] | null): Promise<void> {
  if (hostIds === null) return;
  const [row] = await em.execute<{ host_id: string }[]>('select host_id from booking where uid = ? and workspace_id = ?', [uid, workspaceId]);
  if (!row || !hostIds.includes(row.host_id)) throw AppError.notFound('Booking');
}

/**
 * The host a booking made on behalf of a customer goes to, within the caller's hosts: the
 * one asked for (403 if it is not theirs), else their only host; with several, they must pick.
 */
export function hostForBooking(requested: string | undefined, hostIds: readonly string[] | null): string | undefined {
  if (hostIds === null) return requested;
  if (requested) {
    if (!hostIds.includes(requested)) throw AppError.forbidden('Staff book only for their own hosts.');
    return requested;
  }
  if (hostIds.length === 1) return hostIds[0];
  throw AppError.validation([{ path: 'host', message: hostIds.length ? 'pick one of your hosts' : 'you have no hosts to book for' }]);
}
