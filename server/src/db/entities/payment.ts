import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Booking } from './booking.ts';
import { createdAt, updatedAt, uuidPrimaryKey } from './common.ts';
import { Workspace } from './workspace.ts';

/** Every status a payment can have. */
export const PAYMENT_STATUSES = ['pending', 'succeeded', 'failed', 'expired', 'refunded', 'partially_refunded', 'disputed'] as const;
/** A payment's status. */
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * Why a payment stopped waiting without being paid (`provider_error`: rows from before Checkout
 * was opened ahead of the booking, when a failed start still left a released hold behind).
 */
export type PaymentClosedReason = 'hold_expired' | 'payment_failed' | 'booking_cancelled' | 'provider_error';

/** Money taken (or to be taken) for one booking through a Stripe Checkout Session. */
export const Payment = defineEntity({
  name: 'Payment',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    booking: () => p.manyToOne(Booking).deleteRule('cascade'),
    status: p.enum(PAYMENT_STATUSES),
    /** Total in integer minor units. */
    amount: p.integer(),
    currency: p.string().length(3),
    /** Given back so far (refunds asked of Stripe, and any Stripe reports). */
    amountRefunded: p.integer(),
    stripeCheckoutSessionId: p.string().nullable().unique(),
    checkoutUrl: p.text().nullable(),
    stripePaymentIntentId: p.string().nullable().unique(),
    /** When the slot's hold (and the Checkout Session) ends unless paid. */
    expiresAt: p.datetime(),
    paidAt: p.datetime().nullable(),
    closedReason: p.string().nullable().$type<PaymentClosedReason | null>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [
    { properties: ['workspace', 'createdAt'] },
    { properties: ['booking'] },
    { properties: ['status', 'expiresAt'] },
  ],
  checks: [{ name: 'payment_amounts_valid', expression: 'amount >= 0 and amount_refunded >= 0 and amount_refunded <= amount' }],
});
/** A payment row. */
export type IPayment = InferEntity<typeof Payment>;
