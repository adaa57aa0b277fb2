import type { EntityManager } from '@mikro-orm/postgresql';
import type { PresentedBooking } from '../http/presenters.ts';

/** Every job the worker runs, with its payload. Every payload names its workspace. */
export interface TaskPayloads {
  /** Plan what a booking change causes: emails, webhook deliveries, reminders. */
  'booking.fanout': { workspaceId: string; bookingEventId: number; booking: PresentedBooking };
  'email.send': { workspaceId: string; messageId: string };
  'webhook.deliver': { workspaceId: string; deliveryId: string };
  'calendar.refresh': { workspaceId: string; calendarId: string };
  /** End a payment's hold when it expires unpaid (and expire its Checkout Session at Stripe). */
  'payment.expire-hold': { workspaceId: string; paymentId: string };
  /** Ask Stripe for a refund recorded in the database. */
  'payment.refund': { workspaceId: string; refundId: string };
}
/** A job's task name. */
export type TaskName = keyof TaskPayloads;

/** When and how a job runs. */
export interface EnqueueOptions {
  /** Run after this many seconds, counted on the database's clock (the one the queue uses). */
  delaySeconds?: number;
  /** A job with the same key replaces the waiting one instead of adding another. */
  jobKey?: string;
  maxAttempts?: number;
}

/**
 * Adds a job through `em`'s connection, so inside a transaction it commits or rolls back with
 * it: a committed booking change always gets its job, a rolled-back one never does.
 */
export async function enqueue<T extends TaskName>(em: EntityManager, task: T, payload: TaskPayloads[T], options: EnqueueOptions = {}): Promise<void> {
  await em.execute(
    `select 1 from graphile_worker.add_job(?, ?::json, run_at => now() + make_interval(secs => ?), job_key => ?, max_attempts => ?::int)`,
    [task, JSON.stringify(payload), options.delaySeconds ?? 0, options.jobKey ?? null, options.maxAttempts ?? null],
  );
}
