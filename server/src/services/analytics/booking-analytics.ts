import type { EntityManager } from '@mikro-orm/postgresql';
import { EventType, Host, Workspace } from '../../db/entities/index.ts';
import { AppError } from '../../errors.ts';
import { breakdowns, rangeTotals, timeCounts } from './queries.ts';
import { assertAnalyticsRange, type GroupBy } from './range.ts';
import { shapeAnalytics, type BookingAnalytics } from './shape.ts';

/** What a caller asks the booking analytics for. */
export interface AnalyticsRequest {
  from: string;
  to: string;
  groupBy: GroupBy;
  eventType?: string | undefined;
  host?: string | undefined;
  /** Defaults to the workspace's zone. */
  timezone?: string | undefined;
}

/** SQLSTATE PostgreSQL answers for a zone its tz database does not know. */
const INVALID_PARAMETER_VALUE = '22023';

/**
 * Counts a workspace's bookings by their local start date in a zone: totals, rates, lead
 * times, a series with every period, and breakdowns, all computed by PostgreSQL. `hostIds`
 * limits it to those hosts (a staff member's); filters naming another workspace's event type
 * or host, or a host outside `hostIds`, answer 404.
 */
export async function bookingAnalytics(em: EntityManager, workspaceId: string, request: AnalyticsRequest, hostIds: readonly string[] | null): Promise<BookingAnalytics> {
  assertAnalyticsRange(request.from, request.to);
  if (request.eventType && !(await em.count(EventType, { id: request.eventType, workspace: workspaceId }))) throw AppError.notFound('Event type');
  if (request.host && (!(await em.count(Host, { id: request.host, workspace: workspaceId })) || (hostIds && !hostIds.includes(request.host)))) {
    throw AppError.notFound('Host');
  }
  const timezone = request.timezone ?? (await em.findOneOrFail(Workspace, { id: workspaceId })).timezone;
  const range = { from: request.from, to: request.to, timezone, groupBy: request.groupBy, eventTypeId: request.eventType, hostId: request.host, hostIds };
  try {
    const [times, totals, cells] = await Promise.all([timeCounts(em, workspaceId, range), rangeTotals(em, workspaceId, range), breakdowns(em, workspaceId, range)]);
    return shapeAnalytics(range, times, totals, cells);
  } catch (error) {
    // A name Intl accepts that PostgreSQL's tz database lacks (or the reverse) is the caller's to fix.
    if ((error as { code?: string }).code === INVALID_PARAMETER_VALUE) throw AppError.validation([{ path: 'timezone', message: 'is not a time zone this server knows' }]);
    throw error;
  }
}
