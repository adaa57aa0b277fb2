import type { EntityManager } from '@mikro-orm/postgresql';
import { WebhookEndpoint, type IWebhookEndpoint, type WebhookEventType } from '../../db/entities/index.ts';
import { AppError } from '../../errors.ts';
import { enqueue } from '../../jobs/enqueue.ts';
import { jsonColumn } from '../../db/raw-rows.ts';
import { decodeKeysetCursor, keysetPage } from '../keyset-cursor.ts';
import { isBlockedAddress } from '../outbound-http.ts';
import { randomToken } from '../secrets.ts';
import { webhookSecrets } from './deliver.ts';

/** Fields of an endpoint an admin sets. */
export interface EndpointInput {
  url: string;
  events: WebhookEventType[];
  description: string;
  active: boolean;
}

/** A new signing secret: `whsec_` and 256 random bits. */
function newWebhookSecret(): string {
  return `whsec_${randomToken(32)}`;
}

/**
 * Refuses URLs that can never be delivered safely. Private and loopback targets are refused
 * here only when they are IP literals (names are resolved and checked at every delivery).
 */
function checkUrl(url: string, allowPrivate: boolean): void {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || (/^[\d.]+$|:/.test(host) && isBlockedAddress(host)))) {
    throw AppError.validation([{ path: 'url', message: 'must not point at a private or loopback address' }]);
  }
}

/** The workspace's endpoints, newest first. */
export async function listEndpoints(em: EntityManager, workspaceId: string): Promise<IWebhookEndpoint[]> {
  return em.find(WebhookEndpoint, { workspace: workspaceId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

/** One endpoint of the workspace, or 404. */
export async function getEndpoint(em: EntityManager, workspaceId: string, id: string): Promise<IWebhookEndpoint> {
  const endpoint = await em.findOne(WebhookEndpoint, { id, workspace: workspaceId });
  if (!endpoint) throw AppError.notFound('Webhook endpoint');
  return endpoint;
}

/** Creates an endpoint; returns it with its signing secret (shown this once). */
export async function createEndpoint(em: EntityManager, workspaceId: string, input: EndpointInput, options: { secretKey: string; allowPrivate: boolean }) {
  checkUrl(input.url, options.allowPrivate);
  const secret = newWebhookSecret();
  const endpoint = em.create(WebhookEndpoint, {
    workspace: workspaceId, url: input.url, events: input.events, description: input.description, active: input.active,
    secretSealed: webhookSecrets(options.secretKey).seal(secret),
  });
  await em.flush();
  return { endpoint, secret };
}

/** Changes an endpoint's URL, events, description or active flag. */
export async function updateEndpoint(em: EntityManager, workspaceId: string, id: string, patch: Partial<EndpointInput>, options: { allowPrivate: boolean }) {
  const endpoint = await getEndpoint(em, workspaceId, id);
  if (patch.url !== undefined) checkUrl(patch.url, options.allowPrivate);
  em.assign(endpoint, patch);
  await em.flush();
  return endpoint;
}

/** Deletes an endpoint with its delivery log. */
export async function deleteEndpoint(em: EntityManager, workspaceId: string, id: string): Promise<void> {
  const endpoint = await getEndpoint(em, workspaceId, id);
  await em.remove(endpoint).flush();
}

/** Replaces the signing secret; returns the new one (shown this once). */
export async function rollSecret(em: EntityManager, workspaceId: string, id: string, secretKey: string): Promise<string> {
  const endpoint = await getEndpoint(em, workspaceId, id);
  const secret = newWebhookSecret();
  endpoint.secretSealed = webhookSecrets(secretKey).seal(secret);
  await em.flush();
  return secret;
}

/** A delivery as the delivery log shows it. */
export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  body: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

/** One attempt of a delivery, as the log shows it. */
export interface AttemptRow {
  at: string;
  status_code: number | null;
  response_snippet: string | null;
  error: string | null;
  duration_ms: number;
}

const DELIVERY_COLUMNS = 'id, endpoint_id, event_id, event_type, body, status, attempts, next_attempt_at, last_status_code, last_error, created_at, delivered_at';

/** One page of an endpoint's deliveries, newest first. */
export async function listDeliveries(
  em: EntityManager, workspaceId: string, endpointId: string, filter: { status?: string | undefined }, page: { limit: number; cursor?: string | undefined },
) {
  await getEndpoint(em, workspaceId, endpointId);
  const where = ['workspace_id = ?', 'endpoint_id = ?'];
  const args: unknown[] = [workspaceId, endpointId];
  if (filter.status) { where.push('status = ?'); args.push(filter.status); }
  if (page.cursor) {
    const [at, id] = decodeKeysetCursor(page.cursor);
    where.push('(created_at, id) < (?, ?)');
    args.push(at, id);
  }
  const rows = await em.execute<DeliveryRow[]>(
    `select ${DELIVERY_COLUMNS} from webhook_delivery where ${where.join(' and ')} order by created_at desc, id desc limit ?`, [...args, page.limit + 1]);
  return keysetPage(rows, page.limit, (row) => [row.created_at, row.id]);
}

/** One delivery of an endpoint with every attempt, or 404. */
export async function getDelivery(em: EntityManager, workspaceId: string, endpointId: string, deliveryId: string) {
  const [delivery] = await em.execute<DeliveryRow[]>(
    `select ${DELIVERY_COLUMNS} from webhook_delivery where id = ? and endpoint_id = ? and workspace_id = ?`, [deliveryId, endpointId, workspaceId]);
  if (!delivery) throw AppError.notFound('Webhook delivery');
  const attempts = await em.execute<AttemptRow[]>(
    'select at, status_code, response_snippet, error, duration_ms from webhook_attempt where delivery_id = ? order by at, id', [deliveryId]);
  return { delivery, attempts };
}

/**
 * Sends a delivery again now (same event id and body, freshly signed), whatever its status:
 * its retry schedule starts over.
 */
export async function redeliver(em: EntityManager, workspaceId: string, endpointId: string, deliveryId: string) {
  await em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string }[]>(
      `update webhook_delivery set status = 'pending', attempts = 0, next_attempt_at = now() where id = ? and endpoint_id = ? and workspace_id = ? returning id`,
      [deliveryId, endpointId, workspaceId]);
    if (!rows[0]) throw AppError.notFound('Webhook delivery');
    await enqueue(tx, 'webhook.deliver', { workspaceId, deliveryId }, { jobKey: `webhook:${deliveryId}` });
  });
  return getDelivery(em, workspaceId, endpointId, deliveryId);
}

/** The event body a delivery carries, parsed (the log shows it as JSON). */
export function deliveryPayload(row: DeliveryRow): unknown {
  return jsonColumn<unknown>(row.body);
}
