import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { IExternalCalendar } from '../../db/entities/index.ts';
import {
  createCalendar, deleteCalendar, getCalendar, listCalendars, refreshExternalCalendar, updateCalendar,
} from '../../services/external-calendars.ts';
import { iso } from '../presenters.ts';
import { defineRoute, type Route } from '../route.ts';
import { calendarInput, calendarListQuery, calendarOutput } from '../schemas/calendar.ts';
import { idParams, listOf, patchOf } from '../schemas/common.ts';
import { calendarFeedRoutes } from './calendar-feeds.ts';

const TAG = 'Calendars';

/** An external calendar as the API shows it: the feed address masked. */
export function presentCalendar(c: IExternalCalendar) {
  return {
    id: c.id, hostId: c.host.id, name: c.name, url: c.urlMasked, status: c.status,
    lastSyncedAt: c.lastSyncedAt ? iso(c.lastSyncedAt) : null, lastError: c.lastError ?? null,
    nextRefreshAt: iso(c.nextRefreshAt), busyCount: c.busyCount, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt),
  };
}

/** What the calendar routes need. */
export interface CalendarRouteDeps {
  clock: () => Date;
  config: Config;
}

/** External busy calendars (`/v1/calendars`) and host calendar feeds. */
export function calendarRoutes(deps: CalendarRouteDeps): Route[] {
  const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;
  const secrets = () => ({ now: deps.clock(), secretKey: deps.config.secretKey });
  /** Fetches the feed now and answers with the calendar as it then stands. */
  const refreshed = async (tx: EntityManager, workspaceId: string, id: string) => {
    await refreshExternalCalendar(tx, id, { now: deps.clock(), secretKey: deps.config.secretKey, outbound: { allowPrivate: deps.config.allowPrivateTargets } });
    return presentCalendar(await getCalendar(tx, workspaceId, id, { refresh: true }));
  };
  return [
    defineRoute({
      method: 'get', path: '/v1/calendars', operationId: 'listCalendars', tag: TAG,
      summary: 'External busy calendars (ICS feeds) of the workspace, oldest first; `hostId` filters.',
      auth: { kind: 'admin', role: 'viewer' }, query: calendarListQuery, responses: { 200: { description: 'Calendars', schema: listOf(calendarOutput) } },
      handler: async ({ ctx, caller, query }) => {
        const page = await listCalendars(em(ctx), caller.workspaceId, query);
        return { body: { data: page.data.map(presentCalendar), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/calendars', operationId: 'createCalendar', tag: TAG,
      summary: 'Add an ICS feed whose events make a host busy; it is fetched at once and then every 15 minutes.',
      auth: { kind: 'admin', role: 'admin' }, body: calendarInput, idempotent: true,
      responses: { 201: { description: 'Created, with the status of its first refresh', schema: calendarOutput } },
      handler: async ({ ctx, caller, body }) => {
        const calendar = await createCalendar(em(ctx), caller.workspaceId, body, secrets());
        return { status: 201, body: await refreshed(em(ctx), caller.workspaceId, calendar.id) };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/calendars/:id', operationId: 'getCalendar', tag: TAG, summary: 'One external calendar with its sync status.',
      auth: { kind: 'admin', role: 'viewer' }, params: idParams, responses: { 200: { description: 'Found', schema: calendarOutput } },
      handler: async ({ ctx, caller, params }) => ({ body: presentCalendar(await getCalendar(em(ctx), caller.workspaceId, params.id)) }),
    }),
    defineRoute({
      method: 'patch', path: '/v1/calendars/:id', operationId: 'updateCalendar', tag: TAG,
      summary: 'Rename, move to another host or change the address (then it is fetched again at once).',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, body: patchOf(calendarInput),
      responses: { 200: { description: 'Updated', schema: calendarOutput } },
      handler: async ({ ctx, caller, params, body }) => {
        const { calendar, needsRefresh } = await updateCalendar(em(ctx), caller.workspaceId, params.id, body as Partial<z.output<typeof calendarInput>>, secrets());
        return { body: needsRefresh ? await refreshed(em(ctx), caller.workspaceId, calendar.id) : presentCalendar(calendar) };
      },
    }),
    defineRoute({
      method: 'delete', path: '/v1/calendars/:id', operationId: 'deleteCalendar', tag: TAG, summary: 'Remove a feed; its busy times free up at once.',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, responses: { 200: { description: 'Deleted', schema: z.object({ result: z.enum(['deleted']) }) } },
      handler: async ({ ctx, caller, params }) => {
        await deleteCalendar(em(ctx), caller.workspaceId, params.id);
        return { body: { result: 'deleted' } };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/calendars/:id/refresh', operationId: 'refreshCalendar', tag: TAG,
      summary: 'Fetch the feed now; answers with the calendar and its new status (a failed fetch keeps the last good busy times).',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, responses: { 200: { description: 'Refreshed', schema: calendarOutput } },
      handler: async ({ ctx, caller, params }) => {
        await getCalendar(em(ctx), caller.workspaceId, params.id);
        return { body: await refreshed(em(ctx), caller.workspaceId, params.id) };
      },
    }),
    ...calendarFeedRoutes(deps),
  ];
}
