import { seg } from '../path.ts';
import type { Request, RequestOptions } from '../request.ts';
import type { Body, Page, Payment, Query } from '../types.ts';

/** Payments taken through Stripe Checkout, and their refunds. */
export function paymentsResource(request: Request) {
  const base = '/v1/payments';
  return {
    /** One page of payments, newest first (filter by `status` or `booking` uid). */
    list: (query?: Query<'listPayments'>, o?: RequestOptions) => request<Page<Payment>>('GET', base, { query: { ...query } }, o),
    /** One payment with its refunds. */
    get: (id: string, o?: RequestOptions) => request<Payment>('GET', `${base}/${seg(id)}`, {}, o),
    /** Refunds all that is left, or `amount` (minor units) of it; throws `RefundExceedsPaymentError` above what is left. */
    refund: (id: string, body: Body<'refundPayment'> = {}, o?: RequestOptions) => request<Payment>('POST', `${base}/${seg(id)}/refund`, { body }, o),
  };
}
