import { EventEmitter } from 'node:events';
import type { MikroORM } from '@mikro-orm/postgresql';
import { run, type Runner, type Task, type TaskList, type WorkerEvents } from 'graphile-worker';
import type { Config } from '../config.ts';
import { jobQueuePool } from '../db/job-queue-pool.ts';
import type { Logger } from '../logger.ts';
import { sendQueuedEmail } from '../services/email/outbox.ts';
import type { Mailer } from '../services/email/mailer.ts';
import { fanOutBookingChange } from '../services/lifecycle/fanout.ts';
import { dispatchDueReminders } from '../services/lifecycle/reminders.ts';
import { expireHold, sweepOverdueHolds } from '../services/payments/hold-expiry.ts';
import { paymentsFor, type Payments } from '../services/payments/provider.ts';
import { submitRefund } from '../services/payments/refunds.ts';
import { attemptDelivery } from '../services/webhooks/deliver.ts';
import { beatAndReleaseStale, forgetPool } from './heartbeat.ts';
import type { TaskName, TaskPayloads } from './enqueue.ts';
import { jobLogger } from './job-logger.ts';
import { calendarRefreshTask, enqueueDueCalendarRefreshes } from './periodic.ts';

/** What a worker needs. */
export interface WorkerDeps {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  mailer: Mailer;
  /** The payment provider; by default Stripe when STRIPE_SECRET_KEY is set, else none. */
  payments?: Payments | null;
  /** Business time (reminders, timestamps); tests pass a controllable clock. */
  clock?: () => Date;
  /** How often due reminders and calendar refreshes are looked for; 0 = only when `tick()` is called. */
  tickMs?: number;
}

/** A running job worker. */
export interface RunningWorker {
  /** graphile-worker's pool id (what its locked jobs' `locked_by` holds). */
  poolId: string;
  /** Looks for due reminders and calendar feeds to refresh now. */
  tick: () => Promise<void>;
  /** Finishes the jobs in hand, then stops. */
  stop: () => Promise<void>;
}

function typedTask<T extends TaskName>(handler: (payload: TaskPayloads[T], attempt: { attempts: number; maxAttempts: number }) => Promise<void>): Task {
  return (payload, helpers) => handler(payload as TaskPayloads[T], { attempts: helpers.job.attempts, maxAttempts: helpers.job.max_attempts });
}

/**
 * Starts a job worker on its own `pg` pool: the tasks of booking changes, emails and webhooks,
 * a heartbeat so a crashed worker's jobs are released within `workerStaleAfterSeconds`, and a
 * tick for reminders and calendar refreshes. Any number of workers may run against one
 * database; graphile-worker hands each job to one of them (SKIP LOCKED).
 */
export async function startWorker(deps: WorkerDeps): Promise<RunningWorker> {
  const { orm, config, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const em = () => orm.em.fork();
  const from = config.emailFrom;
  const payments = deps.payments !== undefined ? deps.payments : paymentsFor(config, logger);
  const taskList: TaskList = {
    'booking.fanout': typedTask<'booking.fanout'>((payload) =>
      fanOutBookingChange(em(), { secretKey: config.secretKey, publicUrl: config.publicUrl, emailFrom: from }, payload, clock())),
    'email.send': typedTask<'email.send'>((payload, attempt) =>
      sendQueuedEmail(em(), deps.mailer, from, payload.messageId, clock(), { lastTry: attempt.attempts >= attempt.maxAttempts })),
    'webhook.deliver': typedTask<'webhook.deliver'>((payload) =>
      attemptDelivery(em(), { secretKey: config.secretKey, allowPrivateTargets: config.allowPrivateTargets, retrySchedule: config.webhookRetrySchedule }, payload.deliveryId, clock())),
    'calendar.refresh': calendarRefreshTask(deps, clock),
    'payment.expire-hold': typedTask<'payment.expire-hold'>((payload) => expireHold(em(), payments, payload.paymentId, clock())),
    'payment.refund': typedTask<'payment.refund'>((payload) => submitRefund(em(), payments, payload.refundId, clock())),
  };

  const pool = jobQueuePool(orm.config.get('clientUrl'), config.workerConcurrency + 2, (error) => logger.warn('job queue connection error', { err: String(error) }));
  const events: WorkerEvents = new EventEmitter();
  let poolId = '';
  events.on('pool:create', ({ workerPool }) => { poolId = workerPool.id; });
  const runner: Runner = await run({
    pgPool: pool, taskList, crontab: '', concurrency: config.workerConcurrency, noHandleSignals: true, pollInterval: 2000,
    logger: jobLogger(logger), events,
  });

  const beat = async () => {
    const released = await beatAndReleaseStale(em(), poolId, config.workerStaleAfterSeconds);
    if (released.length) logger.warn('released the jobs of silent workers', { pools: released });
  };
  await beat();
  const heartbeat = setInterval(() => { beat().catch((error) => logger.warn('worker heartbeat failed', { err: String(error) })); },
    Math.max(250, (config.workerStaleAfterSeconds * 1000) / 4));
  heartbeat.unref();

  const tick = async () => {
    await dispatchDueReminders(em(), { secretKey: config.secretKey, publicUrl: config.publicUrl }, clock());
    await enqueueDueCalendarRefreshes(em(), clock());
    // Holds whose job has not run (a stopped queue, a business clock ahead of the database's) end here.
    await sweepOverdueHolds(em(), payments, clock());
  };
  const ticker = deps.tickMs ? setInterval(() => { tick().catch((error) => logger.warn('worker tick failed', { err: String(error) })); }, deps.tickMs) : undefined;
  ticker?.unref();

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    clearInterval(heartbeat);
    if (ticker) clearInterval(ticker);
    await runner.stop();
    await forgetPool(em(), poolId).catch(() => {});
    await pool.end();
  })());
  return { poolId, tick, stop };
}
