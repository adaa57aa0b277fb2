import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Prometheus gauges of the job queue, read at scrape time (every process sees the same
 * queue): jobs waiting to run and dead jobs per task, and emails and webhook deliveries by
 * status. A growing `slotkit_jobs_dead` or `slotkit_jobs_waiting` is what to alert on.
 */
export async function queueMetrics(em: EntityManager): Promise<string> {
  const jobs = await em.execute<{ task: string; waiting: string; dead: string }[]>(
    `select t.identifier as task,
            count(*) filter (where j.attempts < j.max_attempts and j.run_at <= now()) as waiting,
            count(*) filter (where j.attempts >= j.max_attempts) as dead
       from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id group by t.identifier`);
  const emails = await em.execute<{ status: string; n: string }[]>('select status, count(*) as n from outbox_message group by status');
  const deliveries = await em.execute<{ status: string; n: string }[]>('select status, count(*) as n from webhook_delivery group by status');
  const lines = [
    '# HELP slotkit_jobs_waiting Jobs due to run now, by task.', '# TYPE slotkit_jobs_waiting gauge',
    ...jobs.map((r) => `slotkit_jobs_waiting{task="${r.task}"} ${Number(r.waiting)}`),
    '# HELP slotkit_jobs_dead Jobs that used up their attempts, by task.', '# TYPE slotkit_jobs_dead gauge',
    ...jobs.map((r) => `slotkit_jobs_dead{task="${r.task}"} ${Number(r.dead)}`),
    '# HELP slotkit_emails Emails by status.', '# TYPE slotkit_emails gauge',
    ...emails.map((r) => `slotkit_emails{status="${r.status}"} ${Number(r.n)}`),
    '# HELP slotkit_webhook_deliveries Webhook deliveries by status.', '# TYPE slotkit_webhook_deliveries gauge',
    ...deliveries.map((r) => `slotkit_webhook_deliveries{status="${r.status}"} ${Number(r.n)}`),
  ];
  return lines.join('\n') + '\n';
}

/**
 * `queueMetrics` read at most once per `ttlMs`: /metrics is public and scraped often, and its
 * counts scan tables of every workspace.
 */
export function cachedQueueMetrics(em: () => EntityManager, ttlMs = 15_000): () => Promise<string> {
  let cached: { at: number; text: Promise<string> } | undefined;
  return () => {
    if (!cached || Date.now() - cached.at > ttlMs) {
      // When the database is down the process metrics still answer, without the queue's.
      cached = { at: Date.now(), text: queueMetrics(em()).catch(() => '') };
    }
    return cached.text;
  };
}
