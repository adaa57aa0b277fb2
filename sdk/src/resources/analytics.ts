import type { Request, RequestOptions } from '../request.ts';
import type { Query, Schemas } from '../types.ts';

/** Query of `analytics.bookings`: `from` and `to` (local dates, inclusive), `groupBy`, `eventType`, `host`, `timezone`. */
export type BookingAnalyticsQuery = Query<'bookingAnalytics'>;

/** Booking analytics of a range: totals, a series with every period, and breakdowns. */
export type BookingAnalytics = Schemas['BookingAnalytics'];

/** Booking analytics for dashboards and reports. */
export function analyticsResource(request: Request) {
  return {
    /** Bookings counted by local start date in `timezone` (default: the workspace's), at most 731 days. */
    bookings: (query: BookingAnalyticsQuery, o?: RequestOptions) => request<BookingAnalytics>('GET', '/v1/analytics/bookings', { query }, o),
  };
}
