import { seg } from '../path.js';
/** Webhook endpoints, their delivery log and redelivery. */
export function webhooksResource(request) {
    const base = '/v1/webhooks';
    return {
        /** Every endpoint of the workspace (never their secrets). */
        list: (o) => request('GET', base, {}, o),
        /** Adds an endpoint; `secret` (for `verifyWebhook`) is returned only now. */
        create: (body, o) => request('POST', base, { body }, o),
        /** One endpoint. */
        get: (id, o) => request('GET', `${base}/${seg(id)}`, {}, o),
        /** Changes URL, events, description or active flag. */
        update: (id, body, o) => request('PATCH', `${base}/${seg(id)}`, { body }, o),
        /** Deletes the endpoint and its delivery log. */
        delete: (id, o) => request('DELETE', `${base}/${seg(id)}`, {}, o),
        /** Replaces the signing secret; the new one is returned only now. */
        rollSecret: (id, o) => request('POST', `${base}/${seg(id)}/roll-secret`, {}, o),
        /** One page of the endpoint's deliveries, newest first. */
        deliveries: (id, query, o) => request('GET', `${base}/${seg(id)}/deliveries`, { query: { ...query } }, o),
        /** One delivery with every attempt (status codes, response snippets, errors). */
        delivery: (id, deliveryId, o) => request('GET', `${base}/${seg(id)}/deliveries/${seg(deliveryId)}`, {}, o),
        /** Sends a delivery again now. */
        redeliver: (id, deliveryId, o) => request('POST', `${base}/${seg(id)}/deliveries/${seg(deliveryId)}/redeliver`, {}, o),
    };
}
/** The emails of the workspace (sent through Resend, or kept in the outbox without it). */
export function outboxResource(request) {
    return {
        /** One page of emails, newest first (filter by `status` or `booking` uid). */
        list: (query, o) => request('GET', '/v1/outbox', { query: { ...query } }, o),
        /** One email with its HTML, text and invite. */
        get: (id, o) => request('GET', `/v1/outbox/${seg(id)}`, {}, o),
        /** Queues a failed email again. */
        retry: (id, o) => request('POST', `/v1/outbox/${seg(id)}/retry`, {}, o),
    };
}
/** Background jobs that used up their attempts. */
export function jobsResource(request) {
    return {
        /** Dead jobs of the workspace, most recent first. */
        failed: (o) => request('GET', '/v1/jobs/failed', {}, o),
        /** Runs a dead job again with fresh attempts. */
        retry: (id, o) => request('POST', `/v1/jobs/${seg(id)}/retry`, {}, o),
    };
}
