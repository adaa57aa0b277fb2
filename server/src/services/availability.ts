import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays, computeSlots, localDateOf, mergeHostSlots, startOfLocalDay,
  type Availability, type DaySlots, type Interval, type SharedSlot,
} from '@slotkit/core';
import type { IEventType } from '../db/entities/index.ts';
import { jsonColumn } from '../db/raw-rows.ts';
import type { StoredBlackout, StoredOverride, StoredWeeklyRule } from '../db/entities/schedule.ts';

/**
 * Statuses a booking can still be changed in (cancelled, rescheduled, confirmed...).
 * Completed and no-show bookings keep their seats too: that time was the customer's.
 */
export const ACTIVE_STATUSES = ['pending_payment', 'pending_confirmation', 'confirmed'] as const;

/** `ACTIVE_STATUSES` as an SQL list, for `status in ${...}`. */
export const ACTIVE_STATUSES_SQL = `(${ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** A schedule's rules as stored. */
export type StoredSchedule = { timezone: string; weekly: StoredWeeklyRule[]; overrides: StoredOverride[]; blackouts: StoredBlackout[] };
/** A host as loaded with its schedule. */
export type BookableHost = { id: string; name: string; archivedAt?: Date | string | null; schedule?: StoredSchedule | null };

/**
 * What slot computation needs of an event type: its policies, schedule and hosts. A loaded
 * ORM entity fits, and so does the plain object `slotPolicyOf` reads with one query.
 */
export type SlotPolicy = Pick<IEventType, 'id' | 'slug' | 'durations' | 'defaultDuration' | 'slotStep' | 'bufferBefore' | 'bufferAfter' | 'minNotice' | 'maxAdvanceDays' | 'seats'>
  & { maxPerDay?: number | null; schedule?: StoredSchedule | null; hosts: { getItems(): BookableHost[] } };

/** A requested range of local dates in the viewer's zone. */
export interface DateRange {
  from: string;
  to: string;
  timezone: string;
}

/** Seats of one booking to leave out (a reschedule frees its own time first). */
export interface IgnoredSeats {
  reservationId: string;
  seats: number;
  bookingId: string;
}

function toAvailability(schedule: StoredSchedule): Availability {
  return {
    timezone: schedule.timezone,
    weekly: schedule.weekly,
    overrides: schedule.overrides,
    blackouts: schedule.blackouts.map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end) })),
  };
}

/** Raw rows carry timestamps as PostgreSQL text, e.g. `2026-12-01 09:00:00+00`. */
interface ReservationRow {
  /** Null for external calendar busy time. */
  id: string | null;
  host_id: string;
  event_type_id: string | null;
  start_at: string;
  end_at: string;
  blocked_start: string;
  blocked_end: string;
  seats_taken: number;
}

/** The live hosts of an event type, optionally only one. */
export function eventTypeHosts(eventType: SlotPolicy, onlyHostId?: string): BookableHost[] {
  return eventType.hosts.getItems().filter((h) => !h.archivedAt && (!onlyHostId || h.id === onlyHostId));
}

/**
 * Slots of an event type for each of `hosts`: loads their live reservations around the
 * range in one query (with their external calendar busy time) and hands each host's busy
 * time to the engine. Busy time comes only from PostgreSQL.
 */
export async function slotsForHosts(
  em: EntityManager, eventType: SlotPolicy, hosts: BookableHost[], duration: number, range: DateRange, now: number, ignore?: IgnoredSeats,
): Promise<{ hostId: string; days: DaySlots[] }[]> {
  // No slot starts before `now` or `maxAdvanceDays` after it, and a viewer's date is at most a
  // day off the UTC date, so a range outside these dates is empty. Answering [] here also keeps
  // the date math below away from the calendar's ends: from=0001-01-01 or to=9999-12-31 made
  // `addDays` leave years 0001–9999 and the request fail with a 500.
  const DAY = 86_400_000;
  const scheduled = hosts.filter((host) => eventType.schedule ?? host.schedule);
  if (!scheduled.length || range.to < localDateOf(now - 2 * DAY, 'UTC') || range.from > localDateOf(now + (eventType.maxAdvanceDays + 2) * DAY, 'UTC')) {
    return hosts.map((host) => ({ hostId: host.id, days: [] }));
  }
  // Two days of margin either side covers every zone offset and buffer.
  const window = [new Date(startOfLocalDay(addDays(range.from, -2), range.timezone)), new Date(startOfLocalDay(addDays(range.to, 3), range.timezone))];
  const ids = scheduled.map((host) => host.id);
  const inHosts = `host_id in (${ids.map(() => '?').join(', ')})`;
  // External calendar busy time rides along in the same round trip, shaped as a reservation of
  // no event type (so never a shared slot) whose blocked time is the busy interval.
  const rows = await em.execute<ReservationRow[]>(
    `select id, host_id, event_type_id, start_at, end_at, blocked_start, blocked_end, seats_taken from slot_reservation
      where ${inHosts} and seats_taken > 0 and blocked_end > ? and blocked_start < ?
     union all
     select null, host_id, null, start_at, end_at, start_at, end_at, 1 from external_busy
      where ${inHosts} and end_at > ? and start_at < ?`,
    [...ids, ...window, ...ids, ...window],
  );
  const booked = eventType.maxPerDay == null ? [] : await em.execute<{ host_id: string; start_at: string }[]>(
    `select host_id, start_at from booking where ${inHosts} and event_type_id = ? and status in ${ACTIVE_STATUSES_SQL}
      and start_at >= ? and start_at < ? and id <> ?`,
    [...ids, eventType.id, ...window, ignore?.bookingId ?? '00000000-0000-0000-0000-000000000000'],
  );
  return hosts.map((host) => {
    const schedule = eventType.schedule ?? host.schedule;
    if (!schedule) return { hostId: host.id, days: [] };
    const busy: Interval[] = [];
    const sharedSlots: SharedSlot[] = [];
    for (const row of rows) {
      if (row.host_id !== host.id) continue;
      const seatsTaken = row.seats_taken - (ignore?.reservationId === row.id ? ignore.seats : 0);
      if (seatsTaken <= 0) continue;
      // Only a slot of the same event type and the same length can take more seats.
      const sameSlot = row.event_type_id === eventType.id && Date.parse(row.end_at) - Date.parse(row.start_at) === duration * 60_000;
      if (sameSlot && eventType.seats > 1 && seatsTaken < eventType.seats) {
        sharedSlots.push({ start: Date.parse(row.start_at), end: Date.parse(row.end_at), seatsTaken });
      } else {
        busy.push({ start: Date.parse(row.blocked_start), end: Date.parse(row.blocked_end) });
      }
    }
    const days = computeSlots({
      availability: toAvailability(schedule),
      from: range.from,
      to: range.to,
      timezone: range.timezone,
      now,
      duration,
      step: eventType.slotStep,
      bufferBefore: eventType.bufferBefore,
      bufferAfter: eventType.bufferAfter,
      minNotice: eventType.minNotice,
      maxAdvanceDays: eventType.maxAdvanceDays,
      seats: eventType.seats,
      busy,
      sharedSlots,
      maxPerDay: eventType.maxPerDay ?? null,
      bookedStarts: booked.filter((b) => b.host_id === host.id).map((b) => Date.parse(b.start_at)),
    });
    return { hostId: host.id, days };
  });
}

/**
 * The slot policy of a live, active event type, by workspace and event type slug, in one
 * query and without entity hydration: the slots route is the hottest read, and loading
 * entities (event type, hosts, schedules) was a third of its CPU. Null when there is none.
 */
export async function slotPolicyOf(em: EntityManager, workspaceSlug: string, slug: string): Promise<SlotPolicy | null> {
  const schedule = (alias: string) => `case when ${alias}.id is null then null else json_build_object(
    'timezone', ${alias}.timezone, 'weekly', ${alias}.weekly, 'overrides', ${alias}.overrides, 'blackouts', ${alias}.blackouts) end`;
  const [row] = await em.execute<Record<string, unknown>[]>(
    `select e.id, e.slug, e.durations, e.default_duration, e.slot_step, e.buffer_before, e.buffer_after, e.min_notice,
            e.max_advance_days, e.max_per_day, e.seats, ${schedule('s')} as schedule,
            coalesce((select json_agg(json_build_object('id', h.id, 'name', h.name, 'archivedAt', h.archived_at, 'schedule', ${schedule('hs')}) order by eh.id)
                        from event_type_host eh join host h on h.id = eh.host_id left join schedule hs on hs.id = h.schedule_id
                       where eh.event_type_id = e.id), '[]'::json) as hosts
       from event_type e join workspace w on w.id = e.workspace_id left join schedule s on s.id = e.schedule_id
      where w.slug = ? and e.slug = ? and e.archived_at is null and e.active`,
    [workspaceSlug, slug],
  );
  if (!row) return null;
  const hosts = jsonColumn<BookableHost[]>(row.hosts);
  return {
    id: row.id as string, slug: row.slug as string, durations: jsonColumn<number[]>(row.durations), defaultDuration: row.default_duration as number,
    slotStep: row.slot_step as number, bufferBefore: row.buffer_before as number, bufferAfter: row.buffer_after as number,
    minNotice: row.min_notice as number, maxAdvanceDays: row.max_advance_days as number, maxPerDay: row.max_per_day as number | null,
    seats: row.seats as number, schedule: jsonColumn<StoredSchedule | null>(row.schedule), hosts: { getItems: () => hosts },
  };
}

/** Slots of an event type over all its (or one) hosts, each slot listing the hosts offering it. */
export async function eventTypeSlots(em: EntityManager, eventType: SlotPolicy, duration: number, range: DateRange, now: number, onlyHostId?: string) {
  return mergeHostSlots(await slotsForHosts(em, eventType, eventTypeHosts(eventType, onlyHostId), duration, range, now));
}
