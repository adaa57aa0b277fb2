/**
 * All time-zone and calendar-date math of the engine lives in this module, so DST policy is
 * decided in exactly one place. Offsets come from `Intl.DateTimeFormat` (one cached formatter
 * per zone); nothing here uses the process zone or local-time `Date` methods.
 *
 * Conventions: an instant is epoch milliseconds; a local date is `YYYY-MM-DD`; a wall time is
 * `HH:mm`. A "wall" number is a local date-time written as if it were UTC (epoch ms), which
 * turns calendar arithmetic into plain integer arithmetic.
 *
 * DST policy:
 * - a nonexistent local time (inside a spring-forward gap) resolves to the instant the gap
 *   ends, i.e. the first existing local time after it (02:30 in a 02:00->03:00 gap is 03:00);
 * - an ambiguous local time (inside a fall-back overlap) resolves to the EARLIER instant;
 * - a zone is assumed to change its offset at most once within any 48 hours and never twice
 *   within one UTC day (true for every tzdb zone since 1970).
 */

import type { Weekday } from './types.ts';

const SECOND_MS = 1_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME_PATTERN = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

// Formatters are expensive to build (~50 µs) and cheap to reuse (~1.5 µs per format).
const formatters = new Map<string, Intl.DateTimeFormat>();

// Offsets at UTC midnights, per zone. They are immutable facts of the tz database, so caching
// them across calls is safe; the cap only bounds memory.
const midnightOffsets = new Map<string, Map<number, number>>();
const MIDNIGHT_CACHE_LIMIT = 20_000;

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

function digitsAt(text: string, index: number, count: number): number {
  let value = 0;
  for (let i = index; i < index + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Wall number of `instant` in `zone` read straight from Intl (no caching). */
function intlWallOf(secondInstant: number, formatter: Intl.DateTimeFormat): number {
  // `format` + fixed positions is ~3x faster than `formatToParts`; the shape check keeps it honest.
  const text = formatter.format(secondInstant);
  if (text.length === 20 && text.charCodeAt(2) === 47 && text.charCodeAt(5) === 47 && text.charCodeAt(10) === 44) {
    const month = digitsAt(text, 0, 2);
    const day = digitsAt(text, 3, 2);
    const year = digitsAt(text, 6, 4);
    const hour = digitsAt(text, 12, 2);
    const minute = digitsAt(text, 15, 2);
    const second = digitsAt(text, 18, 2);
    const wall = daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * SECOND_MS;
    if (!Number.isNaN(wall)) return wall;
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(secondInstant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return (
    daysFromCivil(parts['year'] ?? 0, parts['month'] ?? 1, parts['day'] ?? 1) * DAY_MS +
    (parts['hour'] ?? 0) * HOUR_MS +
    (parts['minute'] ?? 0) * MINUTE_MS +
    (parts['second'] ?? 0) * SECOND_MS
  );
}

function intlOffset(instant: number, zone: string): number {
  // Intl has second resolution; offsets are measured against the whole second.
  const secondInstant = Math.floor(instant / SECOND_MS) * SECOND_MS;
  return intlWallOf(secondInstant, formatterFor(zone)) - secondInstant;
}

function midnightOffset(dayNumber: number, zone: string): number {
  let byDay = midnightOffsets.get(zone);
  if (byDay === undefined) {
    byDay = new Map();
    midnightOffsets.set(zone, byDay);
  }
  let offset = byDay.get(dayNumber);
  if (offset === undefined) {
    if (byDay.size >= MIDNIGHT_CACHE_LIMIT) byDay.clear();
    offset = intlOffset(dayNumber * DAY_MS, zone);
    byDay.set(dayNumber, offset);
  }
  return offset;
}

/**
 * Offset of `zone`'s wall clock from UTC at `instant`, in milliseconds (wall = instant + offset).
 * Equal offsets at the two surrounding UTC midnights settle it from cache; only a UTC day that
 * contains a transition asks Intl for the exact instant.
 */
export function zoneOffsetAt(instant: number, zone: string): number {
  const dayNumber = Math.floor(instant / DAY_MS);
  const atStart = midnightOffset(dayNumber, zone);
  const atEnd = midnightOffset(dayNumber + 1, zone);
  return atStart === atEnd ? atStart : intlOffset(instant, zone);
}

/**
 * Instant of a wall number in `zone`: a gap resolves to the instant the gap ends (first existing
 * local time after it), an overlap to the earlier of its two instants.
 */
export function wallToUtc(wall: number, zone: string): number {
  // Probing a day either side brackets every real offset (|offset| < 24 h).
  const before = zoneOffsetAt(wall - DAY_MS, zone);
  const after = zoneOffsetAt(wall + DAY_MS, zone);
  if (before === after) return wall - before;
  const withBefore = wall - before;
  const withAfter = wall - after;
  const beforeFits = zoneOffsetAt(withBefore, zone) === before;
  const afterFits = zoneOffsetAt(withAfter, zone) === after;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
  if (beforeFits) return withBefore;
  if (afterFits) return withAfter;
  // In a gap neither reading exists; the transition instant lies between the two readings.
  return transitionInstant(Math.min(withBefore, withAfter), Math.max(withBefore, withAfter), after, zone);
}

/** First whole second in (low, high] whose offset is `offsetAfter` (binary search). */
function transitionInstant(low: number, high: number, offsetAfter: number, zone: string): number {
  let lowSecond = Math.floor(low / SECOND_MS);
  let highSecond = Math.ceil(high / SECOND_MS);
  while (highSecond - lowSecond > 1) {
    const middle = lowSecond + Math.floor((highSecond - lowSecond) / 2);
    if (intlOffset(middle * SECOND_MS, zone) === offsetAfter) highSecond = middle;
    else lowSecond = middle;
  }
  return highSecond * SECOND_MS;
}

/**
 * Instant at which local `date` + `time` happens in `zone`. `time` may be `24:00` (the next
 * day's 00:00). A nonexistent time (DST gap) gives the instant the gap ends, so 02:30 in a
 * 02:00->03:00 gap is 03:00 local; an ambiguous time (DST overlap) gives the EARLIER instant.
 * Throws RangeError on a malformed date or time.
 */
export function zonedWallTimeToUtc(date: string, time: string, zone: string): number {
  return wallToUtc(dayNumberOf(date) * DAY_MS + minutesOfWallTime(time) * MINUTE_MS, zone);
}

/** Local calendar date (`YYYY-MM-DD`) of `instant` in `zone`. */
export function localDateOf(instant: number, zone: string): string {
  const wall = instant + zoneOffsetAt(instant, zone);
  return formatDayNumber(Math.floor(wall / DAY_MS));
}

/** Local wall time (`HH:mm`, seconds truncated) of `instant` in `zone`. */
export function localTimeOf(instant: number, zone: string): string {
  const wall = instant + zoneOffsetAt(instant, zone);
  const minutes = Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / MINUTE_MS);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/**
 * First instant of local `date` in `zone`: local midnight, or where midnight does not exist
 * (a DST change at midnight) the first existing instant of that date. The day is
 * `[startOfLocalDay(date), startOfLocalDay(addDays(date, 1)))`.
 */
export function startOfLocalDay(date: string, zone: string): number {
  return wallToUtc(dayNumberOf(date) * DAY_MS, zone);
}

/** Calendar date `n` days after `date` (negative `n` goes back); no zone involved. */
export function addDays(date: string, n: number): string {
  return formatDayNumber(dayNumberOf(date) + n);
}

/** Day of the week of a calendar date. */
export function weekdayOf(date: string): Weekday {
  // Day 0 (1970-01-01) was a Thursday, index 4 in WEEKDAYS.
  return WEEKDAYS[(((dayNumberOf(date) + 4) % 7) + 7) % 7] ?? 'sun';
}

/** Whether `zone` is a time zone Intl knows (IANA names such as `Europe/Berlin`, or `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone === '') return false;
  if (formatters.has(zone)) return true;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Whether `s` is a real calendar date written `YYYY-MM-DD` (years 0001-9999). */
export function isValidLocalDate(s: string): boolean {
  if (typeof s !== 'string') return false;
  const match = DATE_PATTERN.exec(s);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether `s` is a wall time `HH:mm` from `00:00` to `23:59`, or `24:00` (valid only as an end). */
export function isValidWallTime(s: string): boolean {
  return typeof s === 'string' && WALL_TIME_PATTERN.test(s);
}

/** Whole calendar days from `from` to `to` (`to - from`; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** Minutes after local midnight of a wall time (`24:00` is 1440). Throws RangeError if malformed. */
export function minutesOfWallTime(time: string): number {
  const match = WALL_TIME_PATTERN.exec(time);
  if (match === null) throw new RangeError(`Invalid wall time "${time}", expected HH:mm`);
  if (match[1] === undefined) return 24 * 60;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Days since 1970-01-01 of a calendar date. Throws RangeError if it is not a real date. */
export function dayNumberOf(date: string): number {
  if (!isValidLocalDate(date)) throw new RangeError(`Invalid local date "${date}", expected YYYY-MM-DD`);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Calendar date (`YYYY-MM-DD`) of a day number (days since 1970-01-01). */
export function formatDayNumber(dayNumber: number): string {
  const [year, month, day] = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Proleptic Gregorian day counting (H. Hinnant's algorithms); avoids Date.UTC's two-digit-year quirk.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}
