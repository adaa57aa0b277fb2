import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import * as webhooks from '../../services/webhooks/endpoints.ts';
import { presentDelivery, presentDeliveryDetail, presentWebhook } from '../presenters-lifecycle.ts';
import { defineRoute, type Route } from '../route.ts';
import { idParams, listOf } from '../schemas/common.ts';
import {
  deliveryParams, deliveryQuery, webhookDeliveryDetail, webhookDeliveryOutput, webhookInput, webhookOutput, webhookPatch, webhookWithSecret,
} from '../schemas/webhook.ts';

const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;

/** `/v1/webhooks`: endpoints, their delivery log, and redelivery. */
export function webhookRoutes(deps: { secretKey: string; allowPrivateTargets: boolean }): Route[] {
  const options = { secretKey: deps.secretKey, allowPrivate: deps.allowPrivateTargets };
  return [
    defineRoute({
      method: 'get', path: '/v1/webhooks', operationId: 'listWebhooks', tag: 'Webhooks', summary: 'Webhook endpoints of the workspace, newest first.',
      auth: { kind: 'admin', role: 'admin' }, responses: { 200: { description: 'List', schema: listOf(webhookOutput) } },
      handler: async ({ ctx, caller }) => ({ body: { data: (await webhooks.listEndpoints(em(ctx), caller.workspaceId)).map(presentWebhook), nextCursor: null } }),
    }),
    defineRoute({
      method: 'post', path: '/v1/webhooks', operationId: 'createWebhook', tag: 'Webhooks',
      summary: 'Add an endpoint; the answer carries its signing secret, shown this once.',
      auth: { kind: 'admin', role: 'admin' }, body: webhookInput, idempotent: true, responses: { 201: { description: 'Created', schema: webhookWithSecret } },
      handler: async ({ ctx, caller, body }) => {
        const { endpoint, secret } = await webhooks.createEndpoint(em(ctx), caller.workspaceId, body, options);
        return { status: 201, body: { ...presentWebhook(endpoint), secret } };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/webhooks/:id', operationId: 'getWebhook', tag: 'Webhooks', summary: 'One webhook endpoint.',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, responses: { 200: { description: 'Found', schema: webhookOutput } },
      handler: async ({ ctx, caller, params }) => ({ body: presentWebhook(await webhooks.getEndpoint(em(ctx), caller.workspaceId, params.id)) }),
    }),
    defineRoute({
      method: 'patch', path: '/v1/webhooks/:id', operationId: 'updateWebhook', tag: 'Webhooks', summary: 'Change an endpoint’s URL, events, description or active flag.',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, body: webhookPatch, responses: { 200: { description: 'Updated', schema: webhookOutput } },
      handler: async ({ ctx, caller, params, body }) => ({ body: presentWebhook(await webhooks.updateEndpoint(em(ctx), caller.workspaceId, params.id, body, options)) }),
    }),
    defineRoute({
      method: 'delete', path: '/v1/webhooks/:id', operationId: 'deleteWebhook', tag: 'Webhooks', summary: 'Delete an endpoint and its delivery log.',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, responses: { 200: { description: 'Deleted', schema: z.object({ result: z.literal('deleted') }) } },
      handler: async ({ ctx, caller, params }) => {
        await webhooks.deleteEndpoint(em(ctx), caller.workspaceId, params.id);
        return { body: { result: 'deleted' } };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/webhooks/:id/roll-secret', operationId: 'rollWebhookSecret', tag: 'Webhooks',
      summary: 'Replace the signing secret; the answer carries the new one, shown this once.',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, idempotent: true, responses: { 200: { description: 'Rolled', schema: webhookWithSecret } },
      handler: async ({ ctx, caller, params }) => {
        const secret = await webhooks.rollSecret(em(ctx), caller.workspaceId, params.id, deps.secretKey);
        return { body: { ...presentWebhook(await webhooks.getEndpoint(em(ctx), caller.workspaceId, params.id)), secret } };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/webhooks/:id/deliveries', operationId: 'listWebhookDeliveries', tag: 'Webhooks',
      summary: 'The delivery log of an endpoint, newest first: status, attempts, last answer.',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, query: deliveryQuery, responses: { 200: { description: 'List', schema: listOf(webhookDeliveryOutput) } },
      handler: async ({ ctx, caller, params, query }) => {
        const page = await webhooks.listDeliveries(em(ctx), caller.workspaceId, params.id, query, query);
        return { body: { data: page.data.map(presentDelivery), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/webhooks/:id/deliveries/:deliveryId', operationId: 'getWebhookDelivery', tag: 'Webhooks',
      summary: 'One delivery with every attempt: status codes, response snippets, errors.',
      auth: { kind: 'admin', role: 'admin' }, params: deliveryParams, responses: { 200: { description: 'Found', schema: webhookDeliveryDetail } },
      handler: async ({ ctx, caller, params }) => ({ body: presentDeliveryDetail(await webhooks.getDelivery(em(ctx), caller.workspaceId, params.id, params.deliveryId)) }),
    }),
    defineRoute({
      method: 'post', path: '/v1/webhooks/:id/deliveries/:deliveryId/redeliver', operationId: 'redeliverWebhook', tag: 'Webhooks',
      summary: 'Send a delivery again now (same event id and body, signed afresh).',
      auth: { kind: 'admin', role: 'admin' }, params: deliveryParams, responses: { 202: { description: 'Queued', schema: webhookDeliveryDetail } },
      handler: async ({ ctx, caller, params }) => ({ status: 202, body: presentDeliveryDetail(await webhooks.redeliver(em(ctx), caller.workspaceId, params.id, params.deliveryId)) }),
    }),
  ];
}
