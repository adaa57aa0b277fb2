import type { IWebhookEndpoint } from '../db/entities/index.ts';
import type { DeadJobRow } from '../services/dead-jobs.ts';
import type { OutboxRow } from '../services/email/outbox-list.ts';
import type { AttemptRow, DeliveryRow } from '../services/webhooks/endpoints.ts';
import { deliveryPayload } from '../services/webhooks/endpoints.ts';
import { iso } from './presenters.ts';

const isoOrNull = (value: string | null) => (value === null ? null : iso(new Date(value)));

/** A webhook endpoint as the API shows it (never its secret). */
export function presentWebhook(e: IWebhookEndpoint) {
  return { id: e.id, url: e.url, events: e.events, description: e.description, active: e.active, createdAt: iso(e.createdAt), updatedAt: iso(e.updatedAt) };
}

/** A webhook delivery as the delivery log shows it. */
export function presentDelivery(d: DeliveryRow) {
  return {
    id: d.id, endpointId: d.endpoint_id, eventId: d.event_id, eventType: d.event_type, status: d.status as 'pending' | 'succeeded' | 'failed',
    attempts: d.attempts, nextAttemptAt: isoOrNull(d.next_attempt_at), lastStatusCode: d.last_status_code, lastError: d.last_error,
    createdAt: iso(new Date(d.created_at)), deliveredAt: isoOrNull(d.delivered_at), payload: deliveryPayload(d),
  };
}

/** One attempt of a delivery. */
function presentDeliveryAttempt(a: AttemptRow) {
  return { at: iso(new Date(a.at)), statusCode: a.status_code, responseSnippet: a.response_snippet, error: a.error, durationMs: a.duration_ms };
}

/** A delivery with every attempt, oldest first. */
export function presentDeliveryDetail({ delivery, attempts }: { delivery: DeliveryRow; attempts: AttemptRow[] }) {
  return { ...presentDelivery(delivery), attemptLog: attempts.map(presentDeliveryAttempt) };
}

/** An email of the outbox (bodies only when `full`). */
export function presentOutboxMessage(m: OutboxRow, full = false) {
  return {
    id: m.id, kind: m.kind, recipient: m.recipient, recipientRole: m.recipient_role as 'customer' | 'host' | 'member', locale: m.locale, subject: m.subject,
    status: m.status as 'queued' | 'sent' | 'failed', provider: m.provider, attempts: m.attempts, lastError: m.last_error,
    bookingUid: m.booking_uid, inviteMethod: m.ics_method, createdAt: iso(new Date(m.created_at)), sentAt: isoOrNull(m.sent_at),
    ...(full ? { html: m.html ?? '', text: m.text ?? '', ics: m.ics } : {}),
  };
}

/** A job that used up its attempts. */
export function presentDeadJob(j: DeadJobRow) {
  return {
    id: j.id, task: j.task, attempts: j.attempts, maxAttempts: j.max_attempts, lastError: j.last_error,
    createdAt: iso(new Date(j.created_at)), failedAt: iso(new Date(j.updated_at)),
  };
}
