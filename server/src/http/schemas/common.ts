import { isValidLocalDate, isValidTimeZone, isValidWallTime, MAX_CHARGE_AMOUNT } from '@slotkit/core';
import { z } from 'zod';

/** An IANA time zone name. */
export const timeZone = z.string().max(64).refine(isValidTimeZone, 'must be an IANA time zone, e.g. Europe/Berlin')
  .meta({ description: 'IANA time zone', example: 'Europe/Berlin' });

/** A local calendar date. */
export const localDate = z.string().refine(isValidLocalDate, 'must be a date as YYYY-MM-DD')
  .meta({ description: 'Local date YYYY-MM-DD', example: '2026-12-01' });

/** A wall-clock time; `24:00` is allowed as an end. */
export const wallTime = z.string().refine(isValidWallTime, 'must be a time as HH:mm')
  .meta({ description: 'Wall-clock time HH:mm', example: '09:00' });

/** An RFC 3339 instant; responses always use UTC with `Z`. */
export const instant = z.iso.datetime({ offset: true }).meta({ description: 'RFC 3339 instant', example: '2026-12-01T09:00:00Z' });

// ISO 4217 codes as the runtime's ICU knows them, lowercase like the API writes them.
const CURRENCIES = new Set(Intl.supportedValuesOf('currency').map((c) => c.toLowerCase()));

/** Money in integer minor units (at most what one payment may take). */
export const money = z.object({
  amount: z.number().int().min(0).max(MAX_CHARGE_AMOUNT),
  currency: z.string().regex(/^[a-z]{3}$/, 'must be an ISO 4217 code in lowercase, e.g. usd')
    .refine((code) => CURRENCIES.has(code), 'must be an ISO 4217 currency code, e.g. usd'),
}).meta({ id: 'Money' });

/** A workspace slug in a path. */
export const workspaceSlug = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'must be a workspace slug');

/** An event type slug. */
export const slug = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'must be lowercase letters, digits and dashes');

/** A resource id (UUID). */
export const uuid = z.uuid();

/** `{ id }` path parameters. */
export const idParams = z.object({ id: uuid });

/** Query of list endpoints: `limit` 1–100 (default 25) and an opaque `cursor`. */
export const pagination = {
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(512).optional(),
};

/** `{ data, nextCursor }` wrapper of lists. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}

/** The problem+json body of every error. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(['validation_failed', 'not_found', 'unauthorized', 'forbidden', 'slot_unavailable', 'idempotency_conflict',
    'booking_not_modifiable', 'payments_not_configured', 'rate_limited', 'payload_too_large', 'internal',
    'last_owner', 'setup_done', 'invalid_signature', 'payment_provider_error', 'refund_exceeds_payment', 'slug_taken', 'member_exists']),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  requestId: z.string().optional(),
}).meta({ id: 'Problem' });

/**
 * The PATCH form of a create schema: every field optional and no defaults, so a field
 * left out keeps its stored value instead of being reset.
 */
export function patchOf(schema: z.ZodObject): z.ZodObject {
  const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => {
    const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    return [key, bare.optional()];
  }));
  return z.object(shape).strict();
}
