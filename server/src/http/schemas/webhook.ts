import { z } from 'zod';
import { DELIVERY_STATUSES, WEBHOOK_EVENTS } from '../../db/entities/index.ts';
import { pagination, uuid } from './common.ts';

/** An endpoint URL: http(s) only, no credentials in it. */
const endpointUrl = z.url({ protocol: /^https?$/ }).max(2000).refine((url) => {
  // Zod runs refinements even after the URL check failed; a parse error here is that failure.
  const parsed = URL.parse(url);
  return !parsed || (!parsed.username && !parsed.password);
}, 'must not contain credentials');

/** Fields to create a webhook endpoint. */
export const webhookInput = z.object({
  url: endpointUrl,
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length).transform((events) => [...new Set(events)]),
  description: z.string().trim().max(500).default(''),
  active: z.boolean().default(true),
}).strict();

/** Fields to change on a webhook endpoint (any subset). */
export const webhookPatch = z.object({
  url: endpointUrl,
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length).transform((events) => [...new Set(events)]),
  description: z.string().trim().max(500),
  active: z.boolean(),
}).partial().strict();

/** A webhook endpoint as listed (never its secret). */
export const webhookOutput = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  description: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'WebhookEndpoint' });

/** A webhook endpoint with its signing secret: answered once, on creation or when the secret is rolled. */
export const webhookWithSecret = webhookOutput.extend({ secret: z.string() }).meta({ id: 'WebhookEndpointWithSecret' });

/** One try of a delivery. */
export const webhookAttemptOutput = z.object({
  at: z.string(),
  statusCode: z.number().nullable(),
  responseSnippet: z.string().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
}).meta({ id: 'WebhookAttempt' });

/** A delivery of one event to one endpoint. */
export const webhookDeliveryOutput = z.object({
  id: z.string(),
  endpointId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number(),
  nextAttemptAt: z.string().nullable(),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  payload: z.unknown(),
}).meta({ id: 'WebhookDelivery' });

/** A delivery with every attempt, oldest first. */
export const webhookDeliveryDetail = webhookDeliveryOutput.extend({ attemptLog: z.array(webhookAttemptOutput) }).meta({ id: 'WebhookDeliveryDetail' });

/** Path of one delivery. */
export const deliveryParams = z.object({ id: uuid, deliveryId: uuid });

/** Query of the delivery log. */
export const deliveryQuery = z.object({ status: z.enum(DELIVERY_STATUSES).optional(), ...pagination });
