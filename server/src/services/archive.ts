import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Deletes a row nothing refers to; archives (restorably) one that bookings or other rows
 * still point at, so no booking is ever orphaned. Returns what happened.
 */
export async function deleteOrArchive(em: EntityManager, row: { archivedAt?: Date | null }, referenced: boolean, now: Date): Promise<'deleted' | 'archived'> {
  if (referenced) {
    row.archivedAt ??= now;
    await em.flush();
    return 'archived';
  }
  em.remove(row);
  await em.flush();
  return 'deleted';
}
