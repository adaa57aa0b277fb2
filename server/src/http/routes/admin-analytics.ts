import type { EntityManager } from '@mikro-orm/postgresql';
import { bookingAnalytics } from '../../services/analytics/booking-analytics.ts';
import { MAX_ANALYTICS_DAYS } from '../../services/analytics/range.ts';
import { defineRoute, type Route } from '../route.ts';
import { analyticsOutput, analyticsQuery } from '../schemas/analytics.ts';

/** Booking analytics for the dashboard and integrations. */
export function analyticsRoutes(): Route[] {
  return [
    defineRoute({
      method: 'get', path: '/v1/analytics/bookings', operationId: 'bookingAnalytics', tag: 'Analytics',
      summary: `Bookings counted by their local start date in \`timezone\` (default: the workspace's) between two dates (inclusive, at most ${MAX_ANALYTICS_DAYS} days): totals, rates, lead times, a series by day, ISO week or month with every period, and breakdowns by event type, host and weekday-hour.`,
      auth: { kind: 'admin', role: 'viewer' }, query: analyticsQuery,
      responses: { 200: { description: 'The analytics of the range', schema: analyticsOutput } },
      handler: async ({ ctx, caller, query }) => ({
        body: await bookingAnalytics(ctx.state.em as EntityManager, caller.workspaceId, query, caller.hostIds),
      }),
    }),
  ];
}
