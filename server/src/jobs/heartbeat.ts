import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Records that pool `poolId` is alive, then releases the jobs of pools silent for longer than
 * `staleAfterSeconds` (their process was killed mid-job): graphile-worker would otherwise
 * leave those jobs locked for 4 hours. Liveness is measured on the database's clock, which
 * every process shares. Returns the ids of the pools released.
 */
export async function beatAndReleaseStale(em: EntityManager, poolId: string, staleAfterSeconds: number): Promise<string[]> {
  await em.execute(
    `insert into worker_heartbeat (id, started_at, seen_at) values (?, now(), now())
     on conflict (id) do update set seen_at = now()`, [poolId]);
  const stale = await em.execute<{ id: string }[]>(
    `delete from worker_heartbeat where seen_at < now() - make_interval(secs => ?) returning id`, [staleAfterSeconds]);
  const ids = stale.map((row) => row.id);
  for (const id of ids) await em.execute('select graphile_worker.force_unlock_workers(array[?]::text[])', [id]);
  return ids;
}

/** Removes a pool's heartbeat when it stops cleanly. */
export async function forgetPool(em: EntityManager, poolId: string): Promise<void> {
  await em.execute('delete from worker_heartbeat where id = ?', [poolId]);
}
