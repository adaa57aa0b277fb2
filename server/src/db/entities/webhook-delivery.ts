import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, uuidPrimaryKey } from './common.ts';
import { WebhookEndpoint } from './webhook-endpoint.ts';
import { Workspace } from './workspace.ts';

/** Where a delivery stands: still trying, received (2xx), or given up after the retry schedule. */
export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;

/** One event for one endpoint: the exact body that is signed, and how its attempts went. */
export const WebhookDelivery = defineEntity({
  name: 'WebhookDelivery',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    endpoint: () => p.manyToOne(WebhookEndpoint).deleteRule('cascade'),
    /** The event's id (`evt_…`), the same for every endpoint: receivers dedupe on it. */
    eventId: p.string().length(40),
    eventType: p.string(),
    body: p.text(),
    status: p.enum(DELIVERY_STATUSES),
    attempts: p.integer(),
    nextAttemptAt: p.datetime().nullable(),
    lastStatusCode: p.integer().nullable(),
    lastError: p.text().nullable(),
    createdAt: createdAt(),
    deliveredAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['endpoint', 'eventId'] }],
  indexes: [{ properties: ['endpoint', 'createdAt'] }],
});
/** A webhook delivery row. */
export type IWebhookDelivery = InferEntity<typeof WebhookDelivery>;
