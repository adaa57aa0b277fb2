import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { roleAtLeast } from '../../db/entities/index.ts';
import { createApiKey, listApiKeys, revokeApiKey } from '../../services/api-keys.ts';
import { workspaceById } from '../../services/workspaces.ts';
import { presentApiKey, presentWorkspace } from '../presenters.ts';
import { defineRoute, type Route } from '../route.ts';
import { apiKeyInput, apiKeyOutput } from '../schemas/api-key.ts';
import { idParams, listOf } from '../schemas/common.ts';
import { workspaceOutput, workspacePatch } from '../schemas/workspace.ts';

/** Workspace settings and API keys. */
export function workspaceRoutes(deps: { clock: () => Date }): Route[] {
  const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;
  return [
    defineRoute({
      method: 'get', path: '/v1/workspace', operationId: 'getWorkspace', tag: 'Workspace', summary: 'The caller\'s workspace.',
      auth: { kind: 'admin', role: 'viewer' }, responses: { 200: { description: 'Workspace', schema: workspaceOutput } },
      handler: async ({ ctx, caller }) => ({ body: presentWorkspace(await workspaceById(em(ctx), caller.workspaceId)) }),
    }),
    defineRoute({
      method: 'patch', path: '/v1/workspace', operationId: 'updateWorkspace', tag: 'Workspace', summary: 'Change name, time zone, embed origins or branding.',
      auth: { kind: 'admin', role: 'admin' }, body: workspacePatch, responses: { 200: { description: 'Workspace', schema: workspaceOutput } },
      handler: async ({ ctx, caller, body }) => {
        const workspace = await workspaceById(em(ctx), caller.workspaceId);
        em(ctx).assign(workspace, body);
        await em(ctx).flush();
        return { body: presentWorkspace(workspace) };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/api-keys', operationId: 'listApiKeys', tag: 'API keys', summary: 'Live API keys (never their secrets).',
      auth: { kind: 'admin', role: 'admin' }, responses: { 200: { description: 'Keys', schema: listOf(apiKeyOutput) } },
      handler: async ({ ctx, caller }) => ({ body: { data: (await listApiKeys(em(ctx), caller.workspaceId)).map(presentApiKey), nextCursor: null } }),
    }),
    defineRoute({
      method: 'post', path: '/v1/api-keys', operationId: 'createApiKey', tag: 'API keys', summary: 'Create a key; its secret is returned only now.',
      auth: { kind: 'admin', role: 'admin' }, body: apiKeyInput, idempotent: true,
      responses: { 201: { description: 'The key and its secret', schema: apiKeyOutput.extend({ secret: z.string() }) } },
      handler: async ({ ctx, caller, body }) => {
        if (!roleAtLeast(caller.role, body.role)) throw AppError.forbidden('A key cannot have more power than the key creating it.');
        const { key, secret } = await createApiKey(em(ctx), caller.workspaceId, body.name, body.role);
        return { status: 201, body: { ...presentApiKey(key), secret } };
      },
    }),
    defineRoute({
      method: 'delete', path: '/v1/api-keys/:id', operationId: 'revokeApiKey', tag: 'API keys', summary: 'Revoke a key at once.',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, responses: { 204: { description: 'Revoked' } },
      handler: async ({ ctx, caller, params }) => {
        await revokeApiKey(em(ctx), caller.workspaceId, params.id, deps.clock(), caller.role);
        return { status: 204, body: null };
      },
    }),
  ];
}
