import { seg } from '../path.js';
/** The caller's workspace. */
export function workspaceResource(request) {
    return {
        /** The workspace the API key belongs to. */
        get: (o) => request('GET', '/v1/workspace', {}, o),
        /** Changes name, time zone, embed origins or branding. */
        update: (body, o) => request('PATCH', '/v1/workspace', { body }, o),
    };
}
/** The workspace's API keys. */
export function apiKeysResource(request) {
    return {
        /** Live keys, never their secrets. */
        list: (o) => request('GET', '/v1/api-keys', {}, o),
        /** Creates a key; `secret` is returned only now. */
        create: (body, o) => request('POST', '/v1/api-keys', { body }, o),
        /** Revokes a key at once. */
        revoke: (id, o) => request('DELETE', `/v1/api-keys/${seg(id)}`, {}, o),
    };
}
