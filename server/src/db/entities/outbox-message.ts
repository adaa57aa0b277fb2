import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Booking } from './booking.ts';
import { createdAt, uuidPrimaryKey } from './common.ts';
import { Workspace } from './workspace.ts';

/** Where an email stands: waiting for the worker, handed to the provider (or kept in the outbox), or given up. */
export const OUTBOX_STATUSES = ['queued', 'sent', 'failed'] as const;

/**
 * One email, rendered once when planned so every retry sends the same bytes. Every email is
 * kept here; with Resend configured it also goes out through Resend, otherwise this table
 * is the outbox the dashboard shows.
 */
export const OutboxMessage = defineEntity({
  name: 'OutboxMessage',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    booking: () => p.manyToOne(Booking).nullable().deleteRule('cascade'),
    /** What caused it (booking event or reminder) and which email: planning twice plans once. */
    dedupeKey: p.string().unique(),
    /** The template, e.g. `booking_confirmed`, `reminder`, `host_booking_cancelled`. */
    kind: p.string(),
    recipient: p.string(),
    recipientRole: p.enum(['customer', 'host', 'member'] as const),
    locale: p.string().length(35),
    subject: p.text(),
    html: p.text(),
    text: p.text(),
    /** The iTIP invite attached, with its METHOD (REQUEST or CANCEL), if any. */
    ics: p.text().nullable(),
    icsMethod: p.string().length(16).nullable(),
    status: p.enum(OUTBOX_STATUSES),
    /** `resend` or `outbox`. */
    provider: p.string().length(16).nullable(),
    providerId: p.string().nullable(),
    attempts: p.integer(),
    lastError: p.text().nullable(),
    createdAt: createdAt(),
    sentAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['workspace', 'createdAt'] }],
});
/** An outbox message row. */
export type IOutboxMessage = InferEntity<typeof OutboxMessage>;
