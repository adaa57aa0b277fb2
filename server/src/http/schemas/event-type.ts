import { MAX_CHARGE_AMOUNT } from '@slotkit/core';
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

const amount = z.number().int().min(0).max(MAX_CHARGE_AMOUNT);

/** Prices by customer role and by seats taken (amounts per seat, in the base price's currency). */
export const pricing = z.object({
  roles: z.array(z.object({
    role: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, _ and -'),
    label: z.string().trim().min(1).max(100),
    amount,
    accessCode: z.string().min(1).max(100).optional(),
  }).strict()).max(20).refine((roles) => new Set(roles.map((r) => r.role)).size === roles.length, 'roles must be unique'),
  seatTiers: z.array(z.object({ minSeats: z.number().int().min(2).max(10_000), amount }).strict()).max(20)
    .refine((tiers) => new Set(tiers.map((t) => t.minSeats)).size === tiers.length, 'minSeats must be unique'),
}).strict().meta({ id: 'Pricing' });

/** Refunds when customers cancel, by how many hours before the start they do. */
export const cancellationPolicy = z.object({
  fullRefundHours: z.number().min(0).max(24 * 365),
  partialRefundHours: z.number().min(0).max(24 * 365),
  partialRefundPercent: z.number().int().min(0).max(100),
}).strict().refine((p) => p.partialRefundHours <= p.fullRefundHours, { message: 'must not exceed fullRefundHours', path: ['partialRefundHours'] })
  .meta({ id: 'CancellationPolicy' });

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
  pricing: pricing.default({ roles: [], seatTiers: [] }),
  cancellationPolicy: cancellationPolicy.nullable().default(null),
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
  /** Access codes stay private: a role only says whether it needs one. */
  pricing: z.object({
    roles: z.array(z.object({ role: z.string(), label: z.string(), amount: z.number(), codeRequired: z.boolean() })),
    seatTiers: z.array(z.object({ minSeats: z.number(), amount: z.number() })),
  }),
  location: z.object({ kind: z.enum(['video', 'phone', 'in_person', 'custom']) }),
  questions: z.array(z.object({
    key: z.string(), label: z.string(), type: z.enum(['text', 'textarea', 'select', 'checkbox', 'phone']), required: z.boolean(), options: z.array(z.string()).optional(),
  })),
  requiresConfirmation: z.boolean(),
}).meta({ id: 'EventTypePublic' });

/** An event type as admins see it. */
export const eventTypeOutput = eventTypePublicOutput.extend({
  pricing,
  cancellationPolicy: cancellationPolicy.nullable(),
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
