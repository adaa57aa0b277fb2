import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { OUTBOX_STATUSES } from '../../db/entities/index.ts';
import { listDeadJobs, retryDeadJob } from '../../services/dead-jobs.ts';
import { retryEmail } from '../../services/email/outbox.ts';
import { getOutboxMessage, listOutbox } from '../../services/email/outbox-list.ts';
import { presentDeadJob, presentOutboxMessage } from '../presenters-lifecycle.ts';
import { defineRoute, type Route } from '../route.ts';
import { idParams, listOf, pagination } from '../schemas/common.ts';

const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;

const outboxMessage = z.object({
  id: z.string(), kind: z.string(), recipient: z.string(), recipientRole: z.enum(['customer', 'host', 'member']), locale: z.string(), subject: z.string(),
  status: z.enum(OUTBOX_STATUSES), provider: z.string().nullable(), attempts: z.number(), lastError: z.string().nullable(),
  bookingUid: z.string().nullable(), inviteMethod: z.string().nullable(), createdAt: z.string(), sentAt: z.string().nullable(),
}).meta({ id: 'OutboxMessage' });
const outboxMessageDetail = outboxMessage.extend({ html: z.string(), text: z.string(), ics: z.string().nullable() }).meta({ id: 'OutboxMessageDetail' });
const deadJob = z.object({
  id: z.string(), task: z.string(), attempts: z.number(), maxAttempts: z.number(), lastError: z.string().nullable(), createdAt: z.string(), failedAt: z.string(),
}).meta({ id: 'DeadJob' });
const jobParams = z.object({ id: z.string().regex(/^\d{1,18}$/, 'must be a job id') });

/** `/v1/outbox` (every email, sent or kept) and `/v1/jobs` (dead jobs, retry). */
export function operationsRoutes(): Route[] {
  return [
    defineRoute({
      method: 'get', path: '/v1/outbox', operationId: 'listOutbox', tag: 'Outbox',
      summary: 'Emails of the workspace, newest first: what was sent (or, without Resend, kept here) and what failed. Staff see only emails of their hosts\' bookings.',
      auth: { kind: 'admin', role: 'staff' },
      query: z.object({ status: z.enum(OUTBOX_STATUSES).optional(), booking: z.string().max(64).optional(), ...pagination }),
      responses: { 200: { description: 'List', schema: listOf(outboxMessage) } },
      handler: async ({ ctx, caller, query }) => {
        const page = await listOutbox(em(ctx), caller.workspaceId, caller.hostIds, query, query);
        return { body: { data: page.data.map((m) => presentOutboxMessage(m)), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/outbox/:id', operationId: 'getOutboxMessage', tag: 'Outbox', summary: 'One email with its HTML, plain text and calendar invite.',
      auth: { kind: 'admin', role: 'staff' }, params: idParams, responses: { 200: { description: 'Found', schema: outboxMessageDetail } },
      handler: async ({ ctx, caller, params }) => ({ body: presentOutboxMessage(await getOutboxMessage(em(ctx), caller.workspaceId, caller.hostIds, params.id), true) }),
    }),
    defineRoute({
      method: 'post', path: '/v1/outbox/:id/retry', operationId: 'retryOutboxMessage', tag: 'Outbox', summary: 'Queue a failed email again.',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, responses: { 202: { description: 'Queued', schema: outboxMessage } },
      handler: async ({ ctx, caller, params }) => {
        await retryEmail(em(ctx), caller.workspaceId, params.id);
        return { status: 202, body: presentOutboxMessage(await getOutboxMessage(em(ctx), caller.workspaceId, caller.hostIds, params.id)) };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/jobs/failed', operationId: 'listFailedJobs', tag: 'Jobs',
      summary: 'Background jobs of the workspace that used up their attempts (dead jobs), most recent first.',
      auth: { kind: 'admin', role: 'admin' }, responses: { 200: { description: 'List', schema: listOf(deadJob) } },
      handler: async ({ ctx, caller }) => ({ body: { data: (await listDeadJobs(em(ctx), caller.workspaceId)).map(presentDeadJob), nextCursor: null } }),
    }),
    defineRoute({
      method: 'post', path: '/v1/jobs/:id/retry', operationId: 'retryFailedJob', tag: 'Jobs', summary: 'Run a dead job again with fresh attempts.',
      auth: { kind: 'admin', role: 'admin' }, params: jobParams, responses: { 202: { description: 'Queued', schema: z.object({ result: z.literal('queued') }) } },
      handler: async ({ ctx, caller, params }) => {
        await retryDeadJob(em(ctx), caller.workspaceId, params.id);
        return { status: 202, body: { result: 'queued' } };
      },
    }),
  ];
}
