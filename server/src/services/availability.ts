import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays, computeSlots, localDateOf, mergeHostSlots, startOfLocalDay,
  type Availability, type DaySlots, type Interval, type SharedSlot,
} from '@slotkit/core';
import type { IEventType } from '../db/entities/index.ts';
import type { StoredBlackout, StoredOverride, StoredWeeklyRule } from '../db/entities/schedule.ts';

/** Statuses whose bookings hold their seats. */
export const ACTIVE_STATUSES = ['pending_payment', 'pending_confirmation', 'confirmed'] as const;

type BookableEventType = Omit<IEventType, 'schedule' | 'hosts'> & { schedule?: StoredSchedule | null; hosts: { getItems(): BookableHost[] } };
/** A host as loaded with its schedule. */
export type BookableHost = { id: string; name: string; archivedAt?: Date | null; schedule?: StoredSchedule | null };
type StoredSchedule = { timezone: string; weekly: StoredWeeklyRule[]; overrides: StoredOverride[]; blackouts: StoredBlackout[] };

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
  id: string;
  event_type_id: string;
  start_at: string;
  end_at: string;
  blocked_start: string;
  blocked_end: string;
  seats_taken: number;
}

/** The live hosts of an event type, optionally only one. */
export function eventTypeHosts(eventType: BookableEventType, onlyHostId?: string): BookableHost[] {
  return eventType.hosts.getItems().filter((h) => !h.archivedAt && (!onlyHostId || h.id === onlyHostId));
}

/**
 * Slots of one host for an event type: loads the host's live reservations around the
 * range and hands everything to the engine. Busy time comes only from PostgreSQL.
 */
export async function hostSlots(
  em: EntityManager, eventType: BookableEventType, host: BookableHost, duration: number, range: DateRange, now: number, ignore?: IgnoredSeats,
): Promise<DaySlots[]> {
  const schedule = eventType.schedule ?? host.schedule;
  if (!schedule) return [];
  // No slot starts before `now` or `maxAdvanceDays` after it, and a viewer's date is at most a
  // day off the UTC date, so a range outside these dates is empty. Answering [] here also keeps
  // the date math below away from the calendar's ends: from=0001-01-01 or to=9999-12-31 made
  // `addDays` leave years 0001–9999 and the request fail with a 500.
  const DAY = 86_400_000;
  if (range.to < localDateOf(now - 2 * DAY, 'UTC') || range.from > localDateOf(now + (eventType.maxAdvanceDays + 2) * DAY, 'UTC')) return [];
  // Two days of margin either side covers every zone offset and buffer.
  const windowStart = startOfLocalDay(addDays(range.from, -2), range.timezone);
  const windowEnd = startOfLocalDay(addDays(range.to, 3), range.timezone);
  const rows = await em.execute<ReservationRow[]>(
    `select id, event_type_id, start_at, end_at, blocked_start, blocked_end, seats_taken from slot_reservation
      where host_id = ? and seats_taken > 0 and blocked_end > ? and blocked_start < ?`,
    [host.id, new Date(windowStart), new Date(windowEnd)],
  );
  const busy: Interval[] = [];
  const sharedSlots: SharedSlot[] = [];
  for (const row of rows) {
    const seatsTaken = row.seats_taken - (ignore?.reservationId === row.id ? ignore.seats : 0);
    if (seatsTaken <= 0) continue;
    if (row.event_type_id === eventType.id && eventType.seats > 1 && seatsTaken < eventType.seats) {
      sharedSlots.push({ start: Date.parse(row.start_at), end: Date.parse(row.end_at), seatsTaken });
    } else {
      busy.push({ start: Date.parse(row.blocked_start), end: Date.parse(row.blocked_end) });
    }
  }
  let bookedStarts: number[] = [];
  if (eventType.maxPerDay != null) {
    const booked = await em.execute<{ start_at: string }[]>(
      `select start_at from booking where host_id = ? and event_type_id = ? and status in ('pending_payment', 'pending_confirmation', 'confirmed')
        and start_at >= ? and start_at < ? and id <> ?`,
      [host.id, eventType.id, new Date(windowStart), new Date(windowEnd), ignore?.bookingId ?? '00000000-0000-0000-0000-000000000000'],
    );
    bookedStarts = booked.map((b) => Date.parse(b.start_at));
  }
  return computeSlots({
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
    bookedStarts,
  });
}

/** Slots of an event type over all its (or one) hosts, each slot listing the hosts offering it. */
export async function eventTypeSlots(em: EntityManager, eventType: BookableEventType, duration: number, range: DateRange, now: number, onlyHostId?: string) {
  const hosts = eventTypeHosts(eventType, onlyHostId);
  const perHost = [];
  for (const host of hosts) perHost.push({ hostId: host.id, days: await hostSlots(em, eventType, host, duration, range, now) });
  return mergeHostSlots(perHost);
}
