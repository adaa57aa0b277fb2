import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueue } from '../../jobs/enqueue.ts';
import { OutboundError, outboundRequest } from '../outbound-http.ts';
import { sealer, UNREADABLE } from '../secrets.ts';
import { webhookSignature } from './signature.ts';

/** What delivering webhooks needs from the configuration. */
export interface DeliveryDeps {
  secretKey: string;
  allowPrivateTargets: boolean;
  /** Seconds before each retry; once they are used up the delivery has failed. */
  retrySchedule: number[];
}

interface DeliveryRow {
  id: string;
  workspace_id: string;
  status: string;
  attempts: number;
  event_id: string;
  event_type: string;
  body: string;
  url: string;
  secret_sealed: string;
  active: boolean;
}

/** Receivers must answer within this. */
const TIMEOUT_MS = 10_000;
/** The delivery log keeps this much of each response body. */
const SNIPPET_BYTES = 1024;

/** Seals and opens webhook signing secrets. */
export function webhookSecrets(secretKey: string) {
  return sealer(secretKey, 'webhook-secret');
}

/**
 * One attempt at a pending delivery: POSTs the signed body, logs the attempt, and either
 * marks the delivery succeeded (2xx), plans the next try after the schedule's wait, or marks
 * it failed once the schedule is used up. Never throws for the receiver's sake: retries are
 * ours, not the job queue's.
 */
export async function attemptDelivery(em: EntityManager, deps: DeliveryDeps, deliveryId: string, now: Date): Promise<void> {
  const [delivery] = await em.execute<DeliveryRow[]>(
    `select d.id, d.workspace_id, d.status, d.attempts, d.event_id, d.event_type, d.body, e.url, e.secret_sealed, e.active
       from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id where d.id = ?`, [deliveryId]);
  if (!delivery || delivery.status !== 'pending') return;
  const started = performance.now();
  let statusCode: number | null = null;
  let snippet: string | null = null;
  let error: string | null = null;
  const secret = webhookSecrets(deps.secretKey).open(delivery.secret_sealed);
  if (!delivery.active) {
    error = 'The endpoint is disabled.';
  } else if (secret === UNREADABLE || typeof secret !== 'string') {
    error = 'The signing secret cannot be read (SECRET_KEY changed): roll the endpoint secret.';
  } else {
    try {
      const response = await outboundRequest(delivery.url, {
        method: 'POST', body: delivery.body, timeoutMs: TIMEOUT_MS, maxBytes: SNIPPET_BYTES, onOverflow: 'truncate',
        allowPrivate: deps.allowPrivateTargets, maxRedirects: 0,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Slotkit-Webhooks/1.0',
          'slotkit-event-id': delivery.event_id,
          'slotkit-event-type': delivery.event_type,
          'slotkit-signature': webhookSignature(secret, delivery.body, Math.floor(now.getTime() / 1000)),
        },
      });
      statusCode = response.status;
      snippet = response.body;
    } catch (caught) {
      error = caught instanceof OutboundError ? `${caught.failure}: ${caught.message}` : String(caught);
    }
  }
  const durationMs = Math.round(performance.now() - started);
  const succeeded = statusCode !== null && statusCode >= 200 && statusCode < 300;
  const attempts = delivery.attempts + 1;
  const wait = deps.retrySchedule[attempts - 1];
  const lastError = succeeded ? null : error ?? `The receiver answered ${statusCode}.`;
  await em.transactional(async (tx) => {
    await tx.execute(
      'insert into webhook_attempt (delivery_id, at, status_code, response_snippet, error, duration_ms) values (?, ?, ?, ?, ?, ?)',
      [delivery.id, now, statusCode, snippet, error, durationMs],
    );
    // Only if nobody touched the delivery meanwhile: a redelivery pressed during this attempt
    // reset it and queued its own job, which this attempt must neither overwrite nor postpone.
    const unchanged = `where id = ? and status = 'pending' and attempts = ? returning id`;
    if (succeeded) {
      await tx.execute(
        `update webhook_delivery set status = 'succeeded', attempts = ?, last_status_code = ?, last_error = null, next_attempt_at = null, delivered_at = ? ${unchanged}`,
        [attempts, statusCode, now, delivery.id, delivery.attempts]);
    } else if (wait === undefined) {
      await tx.execute(
        `update webhook_delivery set status = 'failed', attempts = ?, last_status_code = ?, last_error = ?, next_attempt_at = null ${unchanged}`,
        [attempts, statusCode, lastError, delivery.id, delivery.attempts]);
    } else {
      const updated = await tx.execute<{ id: string }[]>(
        `update webhook_delivery set attempts = ?, last_status_code = ?, last_error = ?, next_attempt_at = ? ${unchanged}`,
        [attempts, statusCode, lastError, new Date(now.getTime() + wait * 1000), delivery.id, delivery.attempts]);
      // The job queue runs it on the database's clock: the wait is counted from the database's now.
      if (updated.length) await enqueue(tx, 'webhook.deliver', { workspaceId: delivery.workspace_id, deliveryId: delivery.id }, { jobKey: `webhook:${delivery.id}`, delaySeconds: wait });
    }
  });
}
