import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { getHost } from '../../services/hosts.ts';
import { feedUrlFor, hostCalendarFeed, hostOfFeedToken, rotateHostFeed } from '../../services/host-feed.ts';
import { defineRoute, type Route } from '../route.ts';
import { calendarFeedOutput } from '../schemas/calendar.ts';
import { idParams } from '../schemas/common.ts';
import type { CalendarRouteDeps } from './admin-calendars.ts';

/** Any string: a malformed token is answered like a wrong one, 404. */
const tokenParams = z.object({ token: z.string().max(200) });

/** The secret iCalendar feed of each host's bookings, and its admin routes. */
export function calendarFeedRoutes(deps: CalendarRouteDeps): Route[] {
  const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;
  const { publicUrl, secretKey } = deps.config;
  return [
    defineRoute({
      method: 'get', path: '/v1/hosts/:id/calendar-feed', operationId: 'getHostCalendarFeed', tag: 'Hosts',
      summary: 'The secret address at which calendar apps subscribe to the host\'s bookings.',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, responses: { 200: { description: 'Feed address', schema: calendarFeedOutput } },
      handler: async ({ ctx, caller, params }) => ({ body: { url: feedUrlFor(publicUrl, secretKey, await getHost(em(ctx), caller.workspaceId, params.id)) } }),
    }),
    defineRoute({
      method: 'post', path: '/v1/hosts/:id/calendar-feed/rotate', operationId: 'rotateHostCalendarFeed', tag: 'Hosts',
      summary: 'Replace the host\'s feed address; the old one stops working at once.',
      // Idempotent so a retried call (the SDK retries POSTs with one key) does not rotate twice.
      auth: { kind: 'admin', role: 'admin' }, params: idParams, idempotent: true,
      responses: { 200: { description: 'The new feed address', schema: calendarFeedOutput } },
      handler: async ({ ctx, caller, params }) => ({ body: { url: feedUrlFor(publicUrl, secretKey, await rotateHostFeed(em(ctx), caller.workspaceId, params.id)) } }),
    }),
    defineRoute({
      method: 'get', path: '/v1/public/feeds/:token.ics', operationId: 'getHostCalendarFeedIcs', tag: 'Calendar feeds',
      summary: 'A host\'s bookings as an iCalendar subscription (the secret address from the admin API).',
      auth: { kind: 'public' }, params: tokenParams, responses: { 200: { description: 'iCalendar feed', contentType: 'text/calendar' } },
      handler: async ({ ctx, params }) => {
        const host = await hostOfFeedToken(em(ctx), secretKey, params.token);
        if (!host) throw AppError.notFound('Calendar feed');
        return {
          raw: await hostCalendarFeed(em(ctx), host, deps.clock()), contentType: 'text/calendar; charset=utf-8',
          headers: { 'Cache-Control': 'private, no-cache', 'Content-Disposition': 'inline; filename="bookings.ics"' },
        };
      },
    }),
  ];
}
