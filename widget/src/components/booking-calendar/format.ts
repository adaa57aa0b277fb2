import { type DateKey, keyToUtc } from './date-key.ts';

// Every date and time shown goes through Intl; formatters are cached because building one is
// the costly part. Date keys are formatted as UTC midnights so no zone can shift their day.
const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(id);
  if (!format) cache.set(id, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

// Narrow and thin no-break spaces (ICU puts them before AM/PM and around dashes) become plain
// spaces, so accessible names match what people type and search for.
const plainSpaces = (text: string) => text.replace(/[\u202f\u2009\u00a0]/g, ' ');

// English long dates follow the widget's contract, "Tuesday 1 December 2026": the day-month
// order of en-GB, without the comma newer CLDR data puts after the weekday.
function longDate(key: DateKey, locale: string, options: Intl.DateTimeFormatOptions): string {
  const english = /^en\b/i.test(locale);
  const parts = dtf(english ? 'en-GB' : locale, { ...options, timeZone: 'UTC' }).formatToParts(keyToUtc(key));
  return parts.map((p, i) => (english && p.type === 'literal' && parts[i - 1]?.type === 'weekday' ? ' ' : p.value)).join('');
}

/** "December 2026": the title of a month. */
export function formatMonth(key: DateKey, locale: string): string {
  return dtf(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(keyToUtc(key));
}

/** "Tuesday 1 December 2026": a day's full name. */
export function formatLongDate(key: DateKey, locale: string): string {
  return longDate(key, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "Tuesday 1 December": a day's name without the year, for announcements. */
export function formatDayName(key: DateKey, locale: string): string {
  return longDate(key, locale, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "1" (or "1日"): a day's number in the grid. */
export function formatDayNumber(key: DateKey, locale: string): string {
  return dtf(locale, { day: 'numeric', timeZone: 'UTC' }).format(keyToUtc(key));
}

/** A weekday's short and long names, 0 = Sunday. */
export function formatWeekday(day: number, locale: string): { short: string; long: string } {
  const sunday = keyToUtc(`2023-01-0${1 + day}`); // 1 January 2023 was a Sunday
  return {
    short: dtf(locale, { weekday: 'short', timeZone: 'UTC' }).format(sunday),
    long: dtf(locale, { weekday: 'long', timeZone: 'UTC' }).format(sunday),
  };
}

/**
 * "9:00 to 9:30 AM": a time range in `timeZone`, 12- or 24-hour as the locale prefers, with
 * the locale's range separator replaced by `to` (a word reads better than a dash aloud).
 */
export function formatTimeRange(start: string, end: string, locale: string, timeZone: string, to: string): string {
  const parts = dtf(locale, { timeStyle: 'short', timeZone }).formatRangeToParts(new Date(start), new Date(end));
  const firstEnd = parts.findIndex((p) => p.source === 'endRange');
  const separator = parts[firstEnd - 1];
  if (separator?.type === 'literal' && separator.source === 'shared') separator.value = to;
  return plainSpaces(parts.map((p) => p.value).join(''));
}

/** "9:15 AM": a time of day in `timeZone`, as the locale writes it. */
export function formatTime(at: string, locale: string, timeZone: string): string {
  return plainSpaces(dtf(locale, { timeStyle: 'short', timeZone }).format(new Date(at)));
}

/**
 * "€50.00", "¥5,000": an amount in the currency's minor units (integer cents, yen...) for a
 * locale; the currency's number of decimals comes from Intl, so no table of currencies is kept.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return plainSpaces(format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2)));
}

/** "30 min": a duration in minutes. */
export function formatMinutes(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
}
