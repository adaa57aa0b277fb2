import { seg } from '../path.ts';
import type { Request, RequestOptions } from '../request.ts';
import type { Body, Query, Result } from '../types.ts';

/** Webhook endpoints, their delivery log and redelivery. */
export function webhooksResource(request: Request) {
  const base = '/v1/webhooks';
  return {
    /** Every endpoint of the workspace (never their secrets). */
    list: (o?: RequestOptions) => request<Result<'listWebhooks'>>('GET', base, {}, o),
    /** Adds an endpoint; `secret` (for `verifyWebhook`) is returned only now. */
    create: (body: Body<'createWebhook'>, o?: RequestOptions) => request<Result<'createWebhook'>>('POST', base, { body }, o),
    /** One endpoint. */
    get: (id: string, o?: RequestOptions) => request<Result<'getWebhook'>>('GET', `${base}/${seg(id)}`, {}, o),
    /** Changes URL, events, description or active flag. */
    update: (id: string, body: Body<'updateWebhook'>, o?: RequestOptions) => request<Result<'updateWebhook'>>('PATCH', `${base}/${seg(id)}`, { body }, o),
    /** Deletes the endpoint and its delivery log. */
    delete: (id: string, o?: RequestOptions) => request<Result<'deleteWebhook'>>('DELETE', `${base}/${seg(id)}`, {}, o),
    /** Replaces the signing secret; the new one is returned only now. */
    rollSecret: (id: string, o?: RequestOptions) => request<Result<'rollWebhookSecret'>>('POST', `${base}/${seg(id)}/roll-secret`, {}, o),
    /** One page of the endpoint's deliveries, newest first. */
    deliveries: (id: string, query?: Query<'listWebhookDeliveries'>, o?: RequestOptions) =>
      request<Result<'listWebhookDeliveries'>>('GET', `${base}/${seg(id)}/deliveries`, { query: { ...query } }, o),
    /** One delivery with every attempt (status codes, response snippets, errors). */
    delivery: (id: string, deliveryId: string, o?: RequestOptions) =>
      request<Result<'getWebhookDelivery'>>('GET', `${base}/${seg(id)}/deliveries/${seg(deliveryId)}`, {}, o),
    /** Sends a delivery again now. */
    redeliver: (id: string, deliveryId: string, o?: RequestOptions) =>
      request<Result<'redeliverWebhook'>>('POST', `${base}/${seg(id)}/deliveries/${seg(deliveryId)}/redeliver`, {}, o),
  };
}

/** The emails of the workspace (sent through Resend, or kept in the outbox without it). */
export function outboxResource(request: Request) {
  return {
    /** One page of emails, newest first (filter by `status` or `booking` uid). */
    list: (query?: Query<'listOutbox'>, o?: RequestOptions) => request<Result<'listOutbox'>>('GET', '/v1/outbox', { query: { ...query } }, o),
    /** One email with its HTML, text and invite. */
    get: (id: string, o?: RequestOptions) => request<Result<'getOutboxMessage'>>('GET', `/v1/outbox/${seg(id)}`, {}, o),
    /** Queues a failed email again. */
    retry: (id: string, o?: RequestOptions) => request<Result<'retryOutboxMessage'>>('POST', `/v1/outbox/${seg(id)}/retry`, {}, o),
  };
}

/** Background jobs that used up their attempts. */
export function jobsResource(request: Request) {
  return {
    /** Dead jobs of the workspace, most recent first. */
    failed: (o?: RequestOptions) => request<Result<'listFailedJobs'>>('GET', '/v1/jobs/failed', {}, o),
    /** Runs a dead job again with fresh attempts. */
    retry: (id: string, o?: RequestOptions) => request<Result<'retryFailedJob'>>('POST', `/v1/jobs/${seg(id)}/retry`, {}, o),
  };
}
