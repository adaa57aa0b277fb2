import { z } from 'zod';
import { instant, localDate, money, slug, timeZone, uuid } from './common.ts';
import { BOOKING_STATUSES, PAYMENT_STATUSES } from '../../db/entities/index.ts';

// 254: the longest address SMTP carries (RFC 5321), and within the varchar(255) columns.
const email = z.email().max(254);

/** The customer's part of a new booking. */
export const bookingInput = z.object({
  eventType: slug,
  start: instant,
  duration: z.number().int().min(1).max(24 * 60).optional(),
  timezone: timeZone,
  attendee: z.object({
    name: z.string().trim().min(1).max(200),
    email,
    phone: z.string().trim().regex(/^\+?[0-9 ()./-]{5,32}$/, 'must be a phone number').optional(),
  }).strict(),
  answers: z.record(z.string().max(64), z.union([z.string().max(5000), z.boolean()])).default({}),
  seats: z.number().int().min(1).max(10_000).default(1),
  guests: z.array(email).max(10).default([]),
  metadata: z.record(z.string().max(64), z.string().max(500)).refine((m) => Object.keys(m).length <= 50, 'at most 50 keys').default({}),
  host: uuid.optional(),
  /** The pricing role the customer books as (see the event type's `pricing.roles`). */
  customerRole: z.string().max(64).optional(),
  /** The code a role's price needs, when it needs one. */
  accessCode: z.string().max(100).optional(),
  /** Where Stripe Checkout sends the customer back (http or https; one of the workspace's allowed origins when it has any). */
  returnUrl: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).max(2000).optional(),
  /** The attendee's language (BCP 47, e.g. `de-CH`): emails use it where Slotkit has its words. */
  locale: z.string().max(35).refine((tag) => {
    try { return Intl.getCanonicalLocales(tag).length === 1; } catch { return false; }
  }, 'must be a BCP 47 language tag, e.g. en-GB').optional(),
}).strict();

/** A booking as the API returns it. */
export const bookingOutput = z.object({
  uid: z.string(),
  status: z.enum(BOOKING_STATUSES),
  eventType: z.object({ slug: z.string(), title: z.string() }),
  host: z.object({ id: z.string(), name: z.string() }),
  start: z.string(),
  end: z.string(),
  timezone: z.string(),
  attendee: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
  seats: z.number(),
  guests: z.array(z.string()),
  answers: z.record(z.string(), z.union([z.string(), z.boolean()])),
  metadata: z.record(z.string(), z.string()),
  price: money.nullable(),
  /** The latest payment of a paid booking (see `GET /v1/payments/{id}`); null when free. */
  payment: z.object({ id: z.string(), status: z.enum(PAYMENT_STATUSES) }).nullable(),
  location: z.object({ kind: z.enum(['video', 'phone', 'in_person', 'custom']), value: z.string().optional() }),
  sequence: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  cancelReason: z.string().nullable(),
}).meta({ id: 'Booking' });

/** A booking with its audit trail. */
export const bookingDetailOutput = bookingOutput.extend({
  history: z.array(z.object({ at: z.string(), type: z.string(), actor: z.string(), data: z.record(z.string(), z.unknown()) })),
}).meta({ id: 'BookingDetail' });

/** Response of booking creation. */
export const bookingCreatedOutput = z.object({
  booking: bookingOutput,
  manageToken: z.string(),
  payment: z.object({ checkoutUrl: z.string(), expiresAt: z.string() }).nullable(),
}).meta({ id: 'BookingCreated' });

/** Body of cancel and decline. */
export const cancelInput = z.object({ reason: z.string().trim().max(1000).optional() }).strict().default({});

/** Body of reschedule. */
export const rescheduleInput = z.object({ start: instant, duration: z.number().int().min(1).max(24 * 60).optional() }).strict();

/** Filters of the admin booking list. */
export const bookingListQuery = z.object({
  status: z.string().optional().transform((s, ctx) => {
    if (!s) return undefined;
    const parts = s.split(',');
    for (const p of parts) if (!(BOOKING_STATUSES as readonly string[]).includes(p)) {
      ctx.addIssue({ code: 'custom', message: `unknown status ${p}` });
      return z.NEVER;
    }
    return parts as (typeof BOOKING_STATUSES)[number][];
  }),
  from: z.union([localDate, instant]).optional(),
  to: z.union([localDate, instant]).optional(),
  eventType: z.string().max(100).optional(),
  host: uuid.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(512).optional(),
});

/** Query of the public slots endpoint. */
export const slotsQuery = z.object({
  from: localDate,
  to: localDate,
  timezone: timeZone,
  duration: z.coerce.number().int().min(1).max(24 * 60).optional(),
  host: uuid.optional(),
});

/** Response of the public slots endpoint. */
export const slotsOutput = z.object({
  timezone: z.string(),
  duration: z.number(),
  days: z.array(z.object({
    date: z.string(),
    slots: z.array(z.object({ start: z.string(), end: z.string(), seatsLeft: z.number() })),
  })),
}).meta({ id: 'Slots' });
