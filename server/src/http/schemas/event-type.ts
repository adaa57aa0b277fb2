import { z } from 'zod';
import { money, slug, uuid } from './common.ts';

const minutes = z.number().int().min(0).max(60 * 24 * 7);

/** A question on the booking form. */
export const question = z.object({
  key: z.string().regex(/^[A-Za-z][\w-]{0,63}$/, 'must start with a letter; letters, digits, _ and -'),
  label: z.string().trim().min(1).max(300),
  type: z.enum(['text', 'textarea', 'select', 'checkbox', 'phone']),
  required: z.boolean().default(false),
  options: z.array(z.string().min(1).max(200)).max(50).optional(),
}).refine((q) => q.type !== 'select' || (q.options?.length ?? 0) > 0, { message: 'a select question needs options', path: ['options'] });

/** Where a meeting happens. */
export const location = z.object({ kind: z.enum(['video', 'phone', 'in_person', 'custom']), value: z.string().max(500).optional() });

/** Fields of an event type a client may write (POST: all required ones; PATCH: any). */
export const eventTypeInput = z.object({
  slug,
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).default(''),
  durations: z.array(z.number().int().min(5).max(24 * 60)).min(1).max(10).default([30]),
  defaultDuration: z.number().int().min(5).max(24 * 60).optional(),
  slotStep: z.number().int().min(5).max(24 * 60).optional(),
  bufferBefore: minutes.default(0),
  bufferAfter: minutes.default(0),
  minNotice: minutes.default(0),
  maxAdvanceDays: z.number().int().min(1).max(730).default(60),
  maxPerDay: z.number().int().min(1).max(1000).nullable().default(null),
  seats: z.number().int().min(1).max(10_000).default(1),
  price: money.nullable().default(null),
  location: location.default({ kind: 'video' }),
  questions: z.array(question).max(50).default([]),
  requiresConfirmation: z.boolean().default(false),
  reminders: z.array(z.number().int().min(1).max(60 * 24 * 30)).max(10).default([1440, 60]),
  visibility: z.enum(['public', 'hidden']).default('public'),
  active: z.boolean().default(true),
  hostIds: z.array(uuid).min(1).max(100),
  scheduleId: uuid.nullable().default(null),
}).strict();

/** An event type as customers see it. */
export const eventTypePublicOutput = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  durations: z.array(z.number()),
  defaultDuration: z.number(),
  seats: z.number(),
  price: money.nullable(),
  location: z.object({ kind: z.enum(['video', 'phone', 'in_person', 'custom']) }),
  questions: z.array(z.object({
    key: z.string(), label: z.string(), type: z.enum(['text', 'textarea', 'select', 'checkbox', 'phone']), required: z.boolean(), options: z.array(z.string()).optional(),
  })),
  requiresConfirmation: z.boolean(),
}).meta({ id: 'EventTypePublic' });

/** An event type as admins see it. */
export const eventTypeOutput = eventTypePublicOutput.extend({
  id: z.string(),
  hostIds: z.array(z.string()),
  scheduleId: z.string().nullable(),
  slotStep: z.number(),
  bufferBefore: z.number(),
  bufferAfter: z.number(),
  minNotice: z.number(),
  maxAdvanceDays: z.number(),
  maxPerDay: z.number().nullable(),
  reminders: z.array(z.number()),
  visibility: z.enum(['public', 'hidden']),
  active: z.boolean(),
  archived: z.boolean(),
}).meta({ id: 'EventType' });
