import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../services/bookings.ts';
import { getPayment, listPayments } from '../../services/payments/payment-list.ts';
import type { Payments } from '../../services/payments/provider.ts';
import { refundPayment, submitRefund } from '../../services/payments/refunds.ts';
import { presentPayment } from '../presenters-payments.ts';
import { defineRoute, type Route } from '../route.ts';
import { idParams, listOf } from '../schemas/common.ts';
import { paymentListQuery, paymentOutput, refundInput } from '../schemas/payment.ts';

const TAG = 'Payments';

/** Admin payment routes: list, detail and refunds. */
export function paymentRoutes(deps: { clock: () => Date; payments: Payments | null }): Route[] {
  const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;
  return [
    defineRoute({
      method: 'get', path: '/v1/payments', operationId: 'listPayments', tag: TAG, summary: 'Payments, newest first, by status or booking.',
      auth: { kind: 'admin', role: 'viewer' }, query: paymentListQuery,
      responses: { 200: { description: 'A page of payments', schema: listOf(paymentOutput) } },
      handler: async ({ ctx, caller, query }) => {
        const { limit, cursor, ...filter } = query;
        const page = await listPayments(em(ctx), caller.workspaceId, filter, { limit, cursor });
        return { body: { data: page.data.map(presentPayment), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/payments/:id', operationId: 'getPayment', tag: TAG, summary: 'A payment with its refunds.',
      auth: { kind: 'admin', role: 'viewer' }, params: idParams,
      responses: { 200: { description: 'The payment', schema: paymentOutput } },
      handler: async ({ ctx, caller, params }) => ({ body: presentPayment(await getPayment(em(ctx), caller.workspaceId, params.id)) }),
    }),
    defineRoute({
      method: 'post', path: '/v1/payments/:id/refund', operationId: 'refundPayment', tag: TAG,
      summary: 'Refund all that is left of a payment, or `amount` of it (never more than is left: 409 refund_exceeds_payment).',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, body: refundInput,
      responses: { 200: { description: 'The payment with the new refund', schema: paymentOutput } },
      handler: async ({ ctx, caller, params, body }) => {
        const now = deps.clock();
        const refund = await refundPayment(em(ctx), caller.workspaceId, params.id, body, caller.actor as Actor, now);
        // Asked of Stripe at once; the queued job retries if this fails.
        await submitRefund(em(ctx).fork(), deps.payments, refund.id, now).catch(() => {});
        return { body: presentPayment(await getPayment(em(ctx).fork(), caller.workspaceId, params.id)) };
      },
    }),
  ];
}
