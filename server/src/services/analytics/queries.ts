import type { EntityManager } from '@mikro-orm/postgresql';
import { BOOKING_STATUSES, type BookingStatus } from '../../db/entities/index.ts';
import { moneyArraySql, netRevenueRowsSql } from '../payments/revenue-sql.ts';
import type { AnalyticsRange } from './range.ts';

/**
 * A count by local time: bookings starting in one period, per status (a period without
 * bookings has zeros), or bookings starting in one hour of one ISO weekday (statuses 0).
 */
export type TimeCountRow = {
  kind: 'period' | 'weekday_hour';
  period: string | null;
  weekday: number | null;
  hour: number | null;
  bookings: number;
  /** The period's Money[] as json once payments add it; absent until then. */
  revenue?: unknown;
} & Record<BookingStatus, number>;

/** Totals of the range: the count, and lead time (booking to start) statistics in hours. */
export interface TotalsRow {
  bookings: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  /** Money[] as json once payments add it; absent until then. */
  revenue?: unknown;
}

/** One row of the breakdowns: the counts of one event type or one host. */
export interface BreakdownRow {
  kind: 'event_type' | 'host';
  id: string;
  slug: string | null;
  name: string;
  bookings: number;
  cancelled: number;
  no_show: number;
  /** Money[] as json once payments add it; absent until then. */
  revenue?: unknown;
}

/**
 * The bookings a range counts, as a `from ... where` clause with its parameters: they start
 * within the range's local dates (local midnights, so DST days are 23 or 25 hours long).
 * Bounded on `start_at` so the `(workspace_id, start_at)` index serves it. A hold released
 * unpaid (cancelled, its payment never taken) was never a booking: nobody was told of it,
 * so it counts neither as a booking nor as a cancellation.
 */
function scopedBookings(workspaceId: string, range: AnalyticsRange): { sql: string; params: unknown[] } {
  let sql = `from booking b
    where b.workspace_id = ? and b.start_at >= (?::date::timestamp at time zone ?) and b.start_at < ((?::date + 1)::timestamp at time zone ?)
      and not (b.status = 'cancelled' and coalesce(b.payment->>'status', '') in ('pending', 'failed', 'expired'))`;
  const params: unknown[] = [workspaceId, range.from, range.timezone, range.to, range.timezone];
  if (range.eventTypeId) { sql += ' and b.event_type_id = ?'; params.push(range.eventTypeId); }
  if (range.hostId) { sql += ' and b.host_id = ?'; params.push(range.hostId); }
  // A comma-joined text array: an empty list matches nothing instead of failing as `in ()`.
  if (range.hostIds) { sql += ` and b.host_id = any(string_to_array(?, ',')::uuid[])`; params.push(range.hostIds.join(',')); }
  return { sql, params };
}

/**
 * Counts per period and status, every period of the range included (`generate_series`), and
 * per local ISO weekday and hour (non-zero cells only). Periods are `date_trunc` of the local
 * start, so weeks start on Monday (ISO). Bookings are first counted per start instant, a
 * column per status: many share one (slots start on steps), so the zone conversion, the
 * costly part, runs once per distinct start rather than once per booking, and stays exact
 * for any zone.
 */
export async function timeCounts(em: EntityManager, workspaceId: string, range: AnalyticsRange): Promise<TimeCountRow[]> {
  const scoped = scopedBookings(workspaceId, range);
  // Column names from the status list itself (fixed identifiers, not input).
  const perStart = BOOKING_STATUSES.map((s) => `(count(*) filter (where b.status = '${s}'))::int as ${s}`).join(', ');
  const perPeriod = BOOKING_STATUSES.map((s) => `sum(${s})::int as ${s}`).join(', ');
  const filled = BOOKING_STATUSES.map((s) => `coalesce(c.${s}, 0) as ${s}`).join(', ');
  const none = BOOKING_STATUSES.map(() => '0').join(', ');
  return em.execute<TimeCountRow[]>(
    `with starts as (
       select b.start_at at time zone ? as local_start, count(*)::int as bookings, ${perStart}
       ${scoped.sql}
       group by b.start_at
     ), periods as (
       select date_trunc(?, local_start) as period, sum(bookings)::int as bookings, ${perPeriod} from starts group by 1
     ), revenue as (
       select k0 as period, json_agg(json_build_object('amount', amount, 'currency', currency) order by currency) as revenue
         from (${netRevenueRowsSql(`select b.id, b.start_at ${scoped.sql}`, ['date_trunc(?, b.start_at at time zone ?)'])}) r group by k0
     )
     (select 'period' as kind, to_char(p.period, 'YYYY-MM-DD') as period, null::int as weekday, null::int as hour,
             coalesce(c.bookings, 0) as bookings, ${filled}, coalesce(rv.revenue, '[]'::json) as revenue
        from generate_series(date_trunc(?, ?::date::timestamp), ?::date::timestamp, ('1 ' || ?)::interval) as p(period)
        left join periods c on c.period = p.period
        left join revenue rv on rv.period = p.period
       order by p.period)
     union all
     (select 'weekday_hour', null, date_part('isodow', local_start)::int, date_part('hour', local_start)::int, sum(bookings)::int, ${none}, null::json
        from starts group by 3, 4 order by 3, 4)`,
    [range.timezone, ...scoped.params, range.groupBy, range.groupBy, range.timezone, ...scoped.params, range.groupBy, range.from, range.to, range.groupBy],
  );
}

/** The count, and mean, median and 90th percentile (`percentile_cont`) of the hours between booking and start. */
export async function rangeTotals(em: EntityManager, workspaceId: string, range: AnalyticsRange): Promise<TotalsRow> {
  const scoped = scopedBookings(workspaceId, range);
  const [row] = await em.execute<TotalsRow[]>(
    `select count(*)::int as bookings,
            round(avg(hours)::numeric, 2)::float8 as mean,
            round((percentile_cont(0.5) within group (order by hours))::numeric, 2)::float8 as median,
            round((percentile_cont(0.9) within group (order by hours))::numeric, 2)::float8 as p90,
            ${moneyArraySql(netRevenueRowsSql(`select b.id ${scoped.sql}`))} as revenue
       from (select date_part('epoch', b.start_at - b.created_at) / 3600 as hours ${scoped.sql}) as lead`,
    [...scoped.params, ...scoped.params],
  );
  return row!;
}

/**
 * Bookings, cancellations and no-shows by event type and by host, with their names joined
 * in. Counted per (event type, host) pair first, a handful of groups, then rolled up both
 * ways (`grouping sets`): half the work of grouping every booking twice.
 */
export async function breakdowns(em: EntityManager, workspaceId: string, range: AnalyticsRange): Promise<BreakdownRow[]> {
  const scoped = scopedBookings(workspaceId, range);
  return em.execute<BreakdownRow[]>(
    `with pairs as (
       select b.event_type_id, b.host_id, count(*)::int as bookings,
              (count(*) filter (where b.status = 'cancelled'))::int as cancelled,
              (count(*) filter (where b.status = 'no_show'))::int as no_show
       ${scoped.sql}
       group by b.event_type_id, b.host_id
     ), cells as (
       select event_type_id, host_id, grouping(event_type_id) = 0 as by_event_type,
              sum(bookings)::int as bookings, sum(cancelled)::int as cancelled, sum(no_show)::int as no_show
         from pairs
        group by grouping sets ((event_type_id), (host_id))
     )
     select case when c.by_event_type then 'event_type' else 'host' end as kind, coalesce(c.event_type_id, c.host_id) as id,
            e.slug, coalesce(e.title, h.name) as name, c.bookings, c.cancelled, c.no_show,
            ${moneyArraySql(netRevenueRowsSql(`select b.id ${scoped.sql} and case when c.by_event_type then b.event_type_id = c.event_type_id else b.host_id = c.host_id end`))} as revenue
       from cells c
       left join event_type e on c.by_event_type and e.id = c.event_type_id
       left join host h on not c.by_event_type and h.id = c.host_id`,
    // The scoped bookings twice: once counted, once for the revenue of each row.
    [...scoped.params, ...scoped.params],
  );
}
