/**
 * Local dates and wall-clock times in a time zone, with `Intl` only (no time zone library).
 * Dates are `YYYY-MM-DD` strings; instants are `Date`s.
 */

const partsCache = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsCache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsCache.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of an instant in a time zone. */
export interface ZonedFields {
  date: string;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday: Monday = 1 … Sunday = 7. */
  weekday: number;
}

/** What the clock and calendar show at `instant` in `timeZone`. */
export function zonedFields(instant: Date, timeZone: string): ZonedFields {
  const parts = Object.fromEntries(partsFormat(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, year, month, day, hour: Number(parts.hour), minute: Number(parts.minute), weekday: isoWeekday(date) };
}

/** The local date of an instant in a time zone. */
export function zonedDate(instant: Date, timeZone: string): string {
  return zonedFields(instant, timeZone).date;
}

/** ISO weekday of a local date (Monday = 1 … Sunday = 7). */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The local date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The Monday of the ISO week `date` is in. */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The first day of `date`'s month. */
export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function offsetMs(instant: Date, timeZone: string): number {
  const f = zonedFields(instant, timeZone);
  const seconds = instant.getUTCSeconds();
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, seconds);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a wall-clock time (`date` at `hour:minute`) happens in `timeZone`. A time that
 * does not exist (skipped by a DST change) gives the instant after the gap; a time that
 * happens twice gives the first.
 */
export function zonedInstant(date: string, timeZone: string, hour = 0, minute = 0): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + (hour * 60 + minute) * 60_000;
  // Two rounds: the offset at the guess may differ from the offset at the answer near a DST change.
  let guess = wall - offsetMs(new Date(wall), timeZone);
  guess = wall - offsetMs(new Date(guess), timeZone);
  const before = wall - offsetMs(new Date(guess - 3_600_000), timeZone);
  if (before < guess && zonedFields(new Date(before), timeZone).hour === hour) return new Date(before);
  return new Date(guess);
}

/** Whether a string is a real `YYYY-MM-DD` date. */
export function isLocalDate(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** Whole days from `from` to `to` (local dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
