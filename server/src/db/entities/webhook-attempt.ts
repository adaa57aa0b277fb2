import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { WebhookDelivery } from './webhook-delivery.ts';

/** One try of a delivery, for the delivery log: what the receiver answered, or why it failed. */
export const WebhookAttempt = defineEntity({
  name: 'WebhookAttempt',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    delivery: () => p.manyToOne(WebhookDelivery).deleteRule('cascade'),
    at: p.datetime(),
    statusCode: p.integer().nullable(),
    /** The first KB of the response body. */
    responseSnippet: p.text().nullable(),
    error: p.text().nullable(),
    durationMs: p.integer(),
  },
  indexes: [{ properties: ['delivery', 'at'] }],
});
/** A webhook attempt row. */
export type IWebhookAttempt = InferEntity<typeof WebhookAttempt>;
