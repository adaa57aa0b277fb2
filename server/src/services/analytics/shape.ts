import { BOOKING_STATUSES, type BookingStatus, type Money } from '../../db/entities/index.ts';
import { jsonColumn } from '../../db/raw-rows.ts';
import type { BreakdownRow, TimeCountRow, TotalsRow } from './queries.ts';
import type { AnalyticsRange } from './range.ts';

/** Bookings per status, every status present. */
export type StatusCounts = Record<BookingStatus, number>;

function zeroCounts(): StatusCounts {
  return Object.fromEntries(BOOKING_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** `part / whole` to 4 decimals; 0 when there is nothing to divide. */
function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

/**
 * Revenue of a row: the `revenue` json column (Money[]) a payments query adds, else none.
 * Until then every revenue is `[]`.
 */
function revenueOf(row: { revenue?: unknown }): Money[] {
  return row.revenue == null ? [] : jsonColumn<Money[]>(row.revenue);
}

const byBookingsThenName = <T extends { bookings: number; id: string }>(name: (x: T) => string) => (a: T, b: T) =>
  b.bookings - a.bookings || name(a).localeCompare(name(b)) || a.id.localeCompare(b.id);

/** The analytics answer from the rows of the queries: totals, the series, the breakdowns. */
export function shapeAnalytics(range: AnalyticsRange, times: TimeCountRow[], lead: TotalsRow, cells: BreakdownRow[]) {
  const totals = zeroCounts();
  const series = times.filter((t) => t.kind === 'period').map((row) => {
    const byStatus = zeroCounts();
    for (const status of BOOKING_STATUSES) {
      byStatus[status] = row[status];
      totals[status] += row[status];
    }
    return { period: row.period!, bookings: row.bookings, byStatus, revenue: revenueOf(row) };
  });
  const bookings = series.reduce((sum, s) => sum + s.bookings, 0);
  const cell = (kind: BreakdownRow['kind']) => cells.filter((c) => c.kind === kind);
  return {
    from: range.from,
    to: range.to,
    timezone: range.timezone,
    groupBy: range.groupBy,
    totals: {
      bookings,
      byStatus: totals,
      cancellationRate: rate(totals.cancelled, bookings),
      noShowRate: rate(totals.no_show, totals.completed + totals.no_show),
      leadTimeHours: lead.bookings === 0 ? null : { mean: lead.mean!, median: lead.median!, p90: lead.p90! },
      revenue: revenueOf(lead),
    },
    series,
    byEventType: cell('event_type')
      .map((c) => ({ id: c.id, slug: c.slug ?? '', title: c.name, bookings: c.bookings, cancelled: c.cancelled, revenue: revenueOf(c) }))
      .sort(byBookingsThenName((x) => x.title)),
    byHost: cell('host')
      .map((c) => ({ id: c.id, name: c.name, bookings: c.bookings, cancelled: c.cancelled, noShow: c.no_show }))
      .sort(byBookingsThenName((x) => x.name)),
    weekdayHour: times.filter((t) => t.kind === 'weekday_hour')
      .map((t) => ({ weekday: t.weekday!, hour: t.hour!, bookings: t.bookings }))
      .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour),
  };
}

/** The booking analytics answer. */
export type BookingAnalytics = ReturnType<typeof shapeAnalytics>;
