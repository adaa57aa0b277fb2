import type { Request, RequestOptions } from '../request.ts';
import type { ApiKey, Body, Workspace } from '../types.ts';
import { seg } from '../path.ts';

/** The caller's workspace. */
export function workspaceResource(request: Request) {
  return {
    /** The workspace the API key belongs to. */
    get: (o?: RequestOptions) => request<Workspace>('GET', '/v1/workspace', {}, o),
    /** Changes name, time zone, embed origins or branding. */
    update: (body: Body<'updateWorkspace'>, o?: RequestOptions) => request<Workspace>('PATCH', '/v1/workspace', { body }, o),
  };
}

/** The workspace's API keys. */
export function apiKeysResource(request: Request) {
  return {
    /** Live keys, never their secrets. */
    list: (o?: RequestOptions) => request<{ data: ApiKey[] }>('GET', '/v1/api-keys', {}, o),
    /** Creates a key; `secret` is returned only now. */
    create: (body: Body<'createApiKey'>, o?: RequestOptions) => request<ApiKey & { secret: string }>('POST', '/v1/api-keys', { body }, o),
    /** Revokes a key at once. */
    revoke: (id: string, o?: RequestOptions) => request<undefined>('DELETE', `/v1/api-keys/${seg(id)}`, {}, o),
  };
}
