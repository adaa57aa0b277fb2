import type { PaymentWithRefunds } from '../services/payments/payment-list.ts';
import { iso } from './presenters.ts';

/** A payment with its refunds as the API shows it. */
export function presentPayment({ payment: p, bookingUid, refunds }: PaymentWithRefunds) {
  return {
    id: p.id, bookingUid, status: p.status, amount: p.amount, currency: p.currency, amountRefunded: p.amountRefunded,
    checkoutUrl: p.checkoutUrl ?? null, expiresAt: iso(p.expiresAt), paidAt: p.paidAt ? iso(p.paidAt) : null,
    stripeCheckoutSessionId: p.stripeCheckoutSessionId ?? null, stripePaymentIntentId: p.stripePaymentIntentId ?? null,
    refunds: refunds.map((r) => ({ id: r.id, amount: r.amount, reason: r.reason ?? null, status: r.status, createdAt: iso(r.createdAt) })),
    createdAt: iso(p.createdAt), updatedAt: iso(p.updatedAt),
  };
}
