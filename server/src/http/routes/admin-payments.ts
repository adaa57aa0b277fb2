import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../services/bookings.ts';
import { getPayment, listPayments } from '../../services/payments/payment-list.ts';
import { refundPayment } from '../../services/payments/refunds.ts';
import { presentPayment } from '../presenters-payments.ts';
import { defineRoute, type Route } from '../route.ts';
import { idParams, listOf } from '../schemas/common.ts';
import { paymentListQuery, paymentOutput, refundInput } from '../schemas/payment.ts';

const TAG = 'Payments';

/** Admin payment routes: list, detail and refunds; staff see only their hosts' payments. */
export function paymentRoutes(deps: { clock: () => Date }): Route[] {
  const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;
  return [
    defineRoute({
      method: 'get', path: '/v1/payments', operationId: 'listPayments', tag: TAG, summary: 'Payments, newest first, by status or booking.',
      auth: { kind: 'admin', role: 'viewer' }, query: paymentListQuery,
      responses: { 200: { description: 'A page of payments', schema: listOf(paymentOutput) } },
      handler: async ({ ctx, caller, query }) => {
        const { limit, cursor, ...filter } = query;
        const page = await listPayments(em(ctx), caller.workspaceId, { ...filter, hostIds: caller.hostIds }, { limit, cursor });
        return { body: { data: page.data.map(presentPayment), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/payments/:id', operationId: 'getPayment', tag: TAG, summary: 'A payment with its refunds.',
      auth: { kind: 'admin', role: 'viewer' }, params: idParams,
      responses: { 200: { description: 'The payment', schema: paymentOutput } },
      handler: async ({ ctx, caller, params }) => ({ body: presentPayment(await getPayment(em(ctx), caller.workspaceId, params.id, caller.hostIds)) }),
    }),
    defineRoute({
      method: 'post', path: '/v1/payments/:id/refund', operationId: 'refundPayment', tag: TAG,
      summary: 'Refund all that is left of a payment, or `amount` of it (never more than is left: 409 refund_exceeds_payment). '
        + 'The refund is `pending` until Stripe confirms it, moments later. Send an Idempotency-Key to retry safely.',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, body: refundInput, idempotent: true,
      responses: { 200: { description: 'The payment with the new refund', schema: paymentOutput } },
      handler: async ({ ctx, caller, params, body }) => {
        // Stripe is asked by the queued job, after this commits: a retry of this request (same
        // Idempotency-Key) replays this answer, and a slow Stripe holds no lock and no request.
        await refundPayment(em(ctx), caller.workspaceId, params.id, body, { actor: caller.actor as Actor, hostIds: caller.hostIds }, deps.clock());
        return { body: presentPayment(await getPayment(em(ctx), caller.workspaceId, params.id, caller.hostIds)) };
      },
    }),
  ];
}
