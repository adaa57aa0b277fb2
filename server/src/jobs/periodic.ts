import type { EntityManager } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import { dueCalendars, refreshExternalCalendar } from '../services/external-calendars.ts';
import { enqueue, type TaskPayloads } from './enqueue.ts';
import type { WorkerDeps } from './worker.ts';

/** The task that refreshes one external calendar feed (it records its own errors; it never throws). */
export function calendarRefreshTask(deps: WorkerDeps, clock: () => Date): Task {
  return async (payload) => {
    const { calendarId } = payload as TaskPayloads['calendar.refresh'];
    const outcome = await refreshExternalCalendar(deps.orm.em.fork(), calendarId, {
      now: clock(), secretKey: deps.config.secretKey, outbound: { allowPrivate: deps.config.allowPrivateTargets },
    });
    if (outcome.status === 'error') deps.logger.warn('calendar feed refresh failed', { calendarId, error: outcome.error, cause: outcome.cause ? String(outcome.cause) : undefined });
  };
}

/**
 * Enqueues a refresh for every calendar feed due at `now`, each its own job (one slow feed
 * delays no other). The job key keeps one waiting job per calendar however many workers tick.
 */
export async function enqueueDueCalendarRefreshes(em: EntityManager, now: Date): Promise<number> {
  const due = await dueCalendars(em, now);
  for (const calendar of due) await enqueue(em, 'calendar.refresh', { workspaceId: calendar.workspaceId, calendarId: calendar.id }, { jobKey: `calendar:${calendar.id}` });
  return due.length;
}
