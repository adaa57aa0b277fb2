import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common.ts';
import { Workspace } from './workspace.ts';

/** Every event a webhook endpoint can subscribe to. */
export const WEBHOOK_EVENTS = [
  'booking.created', 'booking.confirmed', 'booking.rescheduled', 'booking.cancelled', 'booking.no_show', 'booking.completed',
  'payment.succeeded', 'payment.failed', 'payment.refunded',
] as const;
/** A webhook event type. */
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** A URL of the workspace's that hears about booking changes, signed with its own secret. */
export const WebhookEndpoint = defineEntity({
  name: 'WebhookEndpoint',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    url: p.text(),
    description: p.text().default(''),
    events: p.json<WebhookEventType[]>(),
    /** The signing secret, sealed under SECRET_KEY (the server must read it to sign). */
    secretSealed: p.text(),
    active: p.boolean(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [{ properties: ['workspace', 'createdAt'] }],
});
/** A webhook endpoint row. */
export type IWebhookEndpoint = InferEntity<typeof WebhookEndpoint>;
