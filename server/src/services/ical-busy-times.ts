import ICAL from 'ical.js';
import { addDays, isValidTimeZone, mergeIntervals, startOfLocalDay, zonedWallTimeToUtc, type Interval } from '@slotkit/core';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Property = InstanceType<typeof ICAL.Property>;

/** What to read from a feed. */
export interface BusyTimesOptions {
  /** Window start (ms): occurrences ending before it are skipped. */
  from: number;
  /** Window end (ms): expansion stops here. */
  to: number;
  /** Where floating times and all-day events are placed. */
  hostTimezone: string;
  /** Most occurrences to take from the whole feed. */
  maxOccurrences: number;
}

/** Busy time of a feed: merged intervals, plus what had to be left out. */
export interface BusyTimes {
  intervals: Interval[];
  /** Occurrences read before merging. */
  occurrences: number;
  /** True when `maxOccurrences` (or the per-event iteration guard) stopped the expansion. */
  truncated: boolean;
  /** Events that could not be read (e.g. an impossible RRULE) and were skipped. */
  unreadableEvents: number;
}

/** The feed is not iCalendar at all (an HTML login page, garbage, an empty body). */
export class FeedFormatError extends Error {
  /** A feed whose text could not be parsed. */
  static unparsable(reason: string): FeedFormatError {
    return new FeedFormatError(`The feed is not valid iCalendar (${reason}).`);
  }
}

/** Guards against rules that need many iterations to reach the window (FREQ=MINUTELY since 1990). */
const MAX_ITERATIONS_PER_EVENT = 200_000;
const DAY_MS = 86_400_000;

/** The local date (`YYYY-MM-DD`) and time of an ical.js time, as written. */
const wallDate = (t: Time) => `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

/**
 * The instant of a DATE-TIME. UTC and times whose TZID has a VTIMEZONE in the feed are
 * converted by ical.js; a TZID without one is read as an IANA name; anything else (floating
 * times, unknown names) is wall-clock time in the host's zone.
 */
function instantOf(time: Time, tzid: string | undefined, hostTimezone: string): number {
  if (time.zone === ICAL.Timezone.utcTimezone || (time.zone && time.zone !== ICAL.Timezone.localTimezone)) return time.toUnixTime() * 1000;
  const zone = tzid && isValidTimeZone(tzid) ? tzid : hostTimezone;
  const hhmm = `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
  return zonedWallTimeToUtc(wallDate(time), hhmm, zone) + time.second * 1000;
}

const tzidOf = (prop: Property | null) => {
  const tzid = prop?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
};

/** How one VEVENT occupies time: its start, and how to get an occurrence's interval. */
interface Shape {
  allDay: boolean;
  tzid: string | undefined;
  /** Whole days of an all-day event, or the exact length of a timed one in ms. */
  length: number;
}

function shapeOf(vevent: Component, start: Time): Shape {
  const dtstart = vevent.getFirstProperty('dtstart');
  const tzid = tzidOf(dtstart);
  const end = vevent.getFirstPropertyValue('dtend') as Time | null;
  const duration = vevent.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration> | null;
  if (start.isDate) {
    const days = end ? Math.round((Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / DAY_MS)
      : duration ? Math.ceil(duration.toSeconds() / 86_400) : 1;
    return { allDay: true, tzid, length: Math.max(days, 1) };
  }
  // RFC 5545 §3.6.1: without DTEND or DURATION a timed event takes no time (not busy).
  const length = end ? instantOf(end, tzidOf(vevent.getFirstProperty('dtend')), 'UTC') - instantOf(start, tzid, 'UTC')
    : duration ? duration.toSeconds() * 1000 : 0;
  return { allDay: false, tzid, length };
}

/** The interval an occurrence starting at `start` occupies. */
function occurrenceOf(start: Time, shape: Shape, hostTimezone: string): Interval {
  if (shape.allDay) {
    const date = wallDate(start);
    return { start: startOfLocalDay(date, hostTimezone), end: startOfLocalDay(addDays(date, shape.length), hostTimezone) };
  }
  // Floating end-times use the same zone as the start, so recompute with the host zone here.
  const at = instantOf(start, shape.tzid, hostTimezone);
  return { start: at, end: at + shape.length };
}

/** Events that never make anyone busy. */
function isFree(vevent: Component): boolean {
  const transp = String(vevent.getFirstPropertyValue('transp') ?? '').toUpperCase();
  const status = String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase();
  return transp === 'TRANSPARENT' || status === 'CANCELLED';
}

/** A key naming one occurrence: its instant, or its date for all-day events. */
function occurrenceKey(time: Time, tzid: string | undefined, hostTimezone: string): string {
  return time.isDate ? wallDate(time) : String(instantOf(time, tzid, hostTimezone));
}

/** Occurrence keys of every value of `name` (EXDATE, RECURRENCE-ID) of a component. */
function keysOf(vevent: Component, name: string, hostTimezone: string): Set<string> {
  const keys = new Set<string>();
  for (const prop of vevent.getAllProperties(name)) {
    for (const value of prop.getValues() as Time[]) keys.add(occurrenceKey(value, tzidOf(prop), hostTimezone));
  }
  return keys;
}

/**
 * The busy time an iCalendar feed describes within a window: recurring events are expanded
 * (RRULE, RDATE, EXDATE), RECURRENCE-ID overrides replace the occurrence they name,
 * transparent and cancelled events are skipped, and all-day events fill whole days of the
 * host's zone. Overlapping results are merged. Throws `FeedFormatError` when the text is
 * not an iCalendar feed; one unreadable event is skipped and counted instead.
 */
export function busyTimesOfFeed(text: string, options: BusyTimesOptions): BusyTimes {
  let root: Component;
  try {
    const parsed = ICAL.parse(text) as unknown;
    const first = Array.isArray(parsed) && typeof parsed[0] !== 'string' ? parsed[0] : parsed;
    if (!Array.isArray(first) || first[0] !== 'vcalendar') throw new Error('no VCALENDAR');
    root = new ICAL.Component(first as unknown[]);
  } catch (error) {
    throw FeedFormatError.unparsable(error instanceof Error ? error.message.slice(0, 120) : 'unreadable');
  }
  const { from, to, hostTimezone, maxOccurrences } = options;
  const intervals: Interval[] = [];
  let truncated = false;
  let unreadableEvents = 0;
  const take = (interval: Interval) => {
    if (interval.end <= from || interval.start >= to || interval.end <= interval.start) return;
    intervals.push({ start: Math.max(interval.start, from), end: Math.min(interval.end, to) });
    if (intervals.length >= maxOccurrences) truncated = true;
  };

  const vevents = root.getAllSubcomponents('vevent');
  // Occurrences that an override (same UID + RECURRENCE-ID) replaces or cancels.
  const overridden = new Map<string, Set<string>>();
  for (const vevent of vevents) {
    if (!vevent.hasProperty('recurrence-id')) continue;
    try {
      const uid = String(vevent.getFirstPropertyValue('uid') ?? '');
      const keys = overridden.get(uid) ?? new Set<string>();
      for (const key of keysOf(vevent, 'recurrence-id', hostTimezone)) keys.add(key);
      overridden.set(uid, keys);
    } catch {
      unreadableEvents++;
    }
  }

  for (const vevent of vevents) {
    if (truncated) break;
    try {
      if (isFree(vevent)) continue;
      const start = vevent.getFirstPropertyValue('dtstart') as Time | null;
      if (!start) { unreadableEvents++; continue; }
      const shape = shapeOf(vevent, start);
      // Overrides are matched by instant below; without `exceptions` ical.js would scan every
      // VEVENT of the feed for each event (quadratic: 20 s for 15,000 events).
      const event = new ICAL.Event(vevent, { exceptions: [] });
      if (vevent.hasProperty('recurrence-id') || !event.isRecurring()) {
        take(occurrenceOf(start, shape, hostTimezone));
        continue;
      }
      const skip = new Set([...keysOf(vevent, 'exdate', hostTimezone), ...(overridden.get(event.uid) ?? [])]);
      // Occurrences written on a date this early end before the window whatever their zone:
      // they are passed over without the (comparatively slow) zone conversion.
      const lengthMs = shape.allDay ? shape.length * DAY_MS : shape.length;
      const earliestDate = new Date(from - lengthMs - 2 * DAY_MS).toISOString().slice(0, 10);
      const expansion = event.iterator();
      for (let i = 0, next = expansion.next(); next && !truncated; next = expansion.next(), i++) {
        if (i >= MAX_ITERATIONS_PER_EVENT) { truncated = true; break; }
        if (wallDate(next) < earliestDate) continue;
        const occurrence = occurrenceOf(next, shape, hostTimezone);
        if (occurrence.start >= to) break;
        // ical.js compares EXDATEs in wall-clock terms; comparing instants also catches an
        // EXDATE written in UTC for a DTSTART with a TZID.
        if (skip.has(occurrenceKey(next, shape.tzid, hostTimezone))) continue;
        take(occurrence);
      }
    } catch {
      unreadableEvents++;
    }
  }
  return { intervals: mergeIntervals(intervals), occurrences: intervals.length, truncated, unreadableEvents };
}
