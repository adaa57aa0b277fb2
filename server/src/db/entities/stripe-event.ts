import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A Stripe event received: stored in the transaction of its effect, so a replay does nothing.
 * Charge events about a PaymentIntent not known yet wait here (`appliedAt` null) until the
 * Checkout Session that names it completes.
 */
export const StripeEvent = defineEntity({
  name: 'StripeEvent',
  properties: {
    /** Stripe's event id (`evt_...`). */
    id: p.string().primary(),
    type: p.string(),
    paymentIntentId: p.string().nullable(),
    payload: p.json<Record<string, unknown>>(),
    receivedAt: p.datetime(),
    appliedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['paymentIntentId'] }],
});
/** A Stripe event row. */
export type IStripeEvent = InferEntity<typeof StripeEvent>;
