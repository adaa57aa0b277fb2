import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors.ts';

/** A job that used up its attempts, as admins see it. */
export interface DeadJobRow {
  id: string;
  task: string;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

// graphile-worker keeps permanently failed jobs (attempts = max_attempts) in its jobs table;
// payloads are only in `_private_jobs` (its public `jobs` view leaves them out), and every
// Slotkit payload names its workspace, which scopes the list to the caller.
const DEAD = `from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
  where j.attempts >= j.max_attempts and j.locked_at is null and j.payload->>'workspaceId' = ?`;

/** The workspace's dead jobs, most recent failure first. */
export async function listDeadJobs(em: EntityManager, workspaceId: string, limit = 100): Promise<DeadJobRow[]> {
  return em.execute<DeadJobRow[]>(
    `select j.id::text as id, t.identifier as task, j.attempts, j.max_attempts, j.last_error, j.created_at, j.updated_at ${DEAD}
      order by j.updated_at desc limit ?`, [workspaceId, limit]);
}

/** Gives a dead job of the workspace its attempts back and runs it now (graphile-worker's own reschedule). */
export async function retryDeadJob(em: EntityManager, workspaceId: string, id: string): Promise<void> {
  if (!/^\d{1,18}$/.test(id)) throw AppError.notFound('Failed job');
  const [dead] = await em.execute<{ id: string }[]>(`select j.id::text as id ${DEAD} and j.id = ?::bigint`, [workspaceId, id]);
  if (!dead) throw AppError.notFound('Failed job');
  await em.execute('select 1 from graphile_worker.reschedule_jobs(array[?::bigint], run_at => now(), attempts => 0)', [id]);
}
