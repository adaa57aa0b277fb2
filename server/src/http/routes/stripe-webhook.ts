import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { Payments } from '../../services/payments/provider.ts';
import { handleStripeEvent } from '../../services/payments/stripe-events.ts';
import { defineRoute, type Route } from '../route.ts';

/** The endpoint Stripe posts its events to. */
export function stripeWebhookRoutes(deps: { clock: () => Date; payments: Payments | null }): Route[] {
  return [
    defineRoute({
      method: 'post', path: '/v1/stripe/webhook', operationId: 'receiveStripeWebhook', tag: 'Payments',
      summary: 'Stripe events (signed with STRIPE_WEBHOOK_SECRET); each is processed once, in any order.',
      auth: { kind: 'public' },
      responses: { 200: { description: 'Received', schema: z.object({ received: z.boolean(), outcome: z.enum(['applied', 'replayed', 'waiting']) }) } },
      handler: async ({ ctx }) => {
        if (!deps.payments) throw AppError.paymentsNotConfigured();
        // The signature covers the exact bytes Stripe sent, kept by the body parser.
        const event = deps.payments.verifyWebhook(String(ctx.state.rawBody ?? ''), ctx.get('Stripe-Signature') || undefined);
        const outcome = await handleStripeEvent(ctx.state.em as EntityManager, event, deps.clock());
        return { body: { received: true, outcome } };
      },
    }),
  ];
}
