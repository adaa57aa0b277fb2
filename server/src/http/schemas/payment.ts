import { MAX_CHARGE_AMOUNT } from '@slotkit/core';
import { z } from 'zod';
import { PAYMENT_STATUSES, REFUND_STATUSES } from '../../db/entities/index.ts';
import { pagination } from './common.ts';

/** A payment as the API returns it. */
export const paymentOutput = z.object({
  id: z.string(),
  bookingUid: z.string(),
  status: z.enum(PAYMENT_STATUSES),
  amount: z.number().int(),
  currency: z.string(),
  amountRefunded: z.number().int(),
  checkoutUrl: z.string().nullable(),
  expiresAt: z.string(),
  paidAt: z.string().nullable(),
  stripeCheckoutSessionId: z.string().nullable(),
  stripePaymentIntentId: z.string().nullable(),
  refunds: z.array(z.object({ id: z.string(), amount: z.number().int(), reason: z.string().nullable(), status: z.enum(REFUND_STATUSES), createdAt: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Payment' });

/** Filters of the payment list. */
export const paymentListQuery = z.object({
  status: z.enum(PAYMENT_STATUSES).optional(),
  booking: z.string().regex(/^bk_[\w-]{1,29}$/, 'must be a booking uid').optional(),
  ...pagination,
});

/** Body of a refund: all that is left unless `amount` (minor units) says less. */
export const refundInput = z.object({
  amount: z.number().int().min(1).max(MAX_CHARGE_AMOUNT).optional(),
  reason: z.string().trim().max(500).optional(),
}).strict().default({});

/** Query of the public price quote. */
export const quoteQuery = z.object({
  seats: z.coerce.number().int().min(1).max(10_000).default(1),
  role: z.string().max(64).optional(),
});

/** A price quote: per seat, seats, total and the rule that set the unit. */
export const quoteOutput = z.object({
  unitAmount: z.number().int(),
  seats: z.number().int(),
  amount: z.number().int(),
  /** Null for a free event type. */
  currency: z.string().nullable(),
  rule: z.enum(['base', 'tier', 'role']),
}).meta({ id: 'PriceQuote' });

/** What a customer opens to pay a booking, and until when. */
export const checkoutOutput = z.object({ checkoutUrl: z.string(), expiresAt: z.string() }).meta({ id: 'CheckoutLink' });
