import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common.ts';
import { Payment } from './payment.ts';
import { Workspace } from './workspace.ts';

/** Every status a refund can have: asked of Stripe, done, or refused by Stripe. */
export const REFUND_STATUSES = ['pending', 'succeeded', 'failed'] as const;
/** A refund's status. */
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/** Money given back from a payment; its id is Stripe's idempotency key for it. */
export const Refund = defineEntity({
  name: 'Refund',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    payment: () => p.manyToOne(Payment).deleteRule('cascade'),
    amount: p.integer(),
    reason: p.text().nullable(),
    status: p.enum(REFUND_STATUSES),
    stripeRefundId: p.string().nullable(),
    /** Why Stripe refused it, when it did. */
    failure: p.text().nullable(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [{ properties: ['payment'] }],
  checks: [{ name: 'refund_amount_positive', expression: 'amount > 0' }],
});
/** A refund row. */
export type IRefund = InferEntity<typeof Refund>;
