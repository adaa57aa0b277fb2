// Calendar dates as `YYYY-MM-DD` strings: the API's local-date format, free of any time zone.
// Arithmetic runs on UTC midnights, which have no DST, so adding days is always exact.

/** A local date as `YYYY-MM-DD`. */
export type DateKey = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The UTC-midnight `Date` of a date key (for arithmetic and Intl formatting with `timeZone: 'UTC'`). */
export function keyToUtc(key: DateKey): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The date key of a UTC-midnight `Date`. */
export function utcToKey(date: Date): DateKey {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The date `days` days after `key` (negative: before). */
export function addDays(key: DateKey, days: number): DateKey {
  const date = keyToUtc(key);
  date.setUTCDate(date.getUTCDate() + days);
  return utcToKey(date);
}

/** The number of days of a month (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` months later, clamped to the last day of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(key: DateKey, months: number): DateKey {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const day = Math.min(d, daysInMonth(first.getUTCFullYear(), first.getUTCMonth() + 1));
  return utcToKey(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day)));
}

/** The first day of the month of `key`. */
export function startOfMonth(key: DateKey): DateKey {
  return `${key.slice(0, 8)}01`;
}

/** The last day of the month of `key`. */
export function endOfMonth(key: DateKey): DateKey {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return `${key.slice(0, 8)}${pad(daysInMonth(y, m))}`;
}

/** The weekday of a date, 0 = Sunday … 6 = Saturday. */
export function weekday(key: DateKey): number {
  return keyToUtc(key).getUTCDay();
}

/** The local date of instant `at` in `timeZone`. */
export function dateKeyIn(at: Date | number, timeZone: string): DateKey {
  // en-CA formats as YYYY-MM-DD; parts keep it independent of that detail.
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
