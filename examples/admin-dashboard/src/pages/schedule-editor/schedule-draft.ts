import type { Schedule } from '@slotkit/sdk';
import type { FieldErrors } from '../../components/field-errors.ts';
import { DAYS, intervalProblems, rulesFromWeek, weekFromRules, type Day, type Interval, type WeekHours } from './weekly-hours.ts';
import { zonedFields, zonedInstant } from '../../app/zoned-time.ts';
import { timeZoneNames } from './time-zone-names.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The UTC instant (`...Z`) of a `YYYY-MM-DDTHH:mm` wall-clock time in a zone, as a datetime-local input gives it. */
export function localToInstant(local: string, timeZone: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) throw new RangeError(`not a local date-time: ${local}`);
  return zonedInstant(match[1]!, timeZone, Number(match[2]), Number(match[3])).toISOString().replace(/\.000Z$/, 'Z');
}

/** The `YYYY-MM-DDTHH:mm` wall-clock time of an instant in a zone, for a datetime-local input. */
export function instantToLocal(iso: string, timeZone: string): string {
  const f = zonedFields(new Date(iso), timeZone);
  return `${f.date}T${pad(f.hour)}:${pad(f.minute)}`;
}

/** A schedule as the editor edits it: blackouts as wall-clock times in the schedule's zone. */
export interface ScheduleDraft {
  name: string;
  timezone: string;
  week: WeekHours;
  /** Intervals by local date; an empty list closes the date. */
  overrides: Record<string, Interval[]>;
  blackouts: { start: string; end: string }[];
}

/** The body the API takes for a schedule. */
export interface ScheduleBody {
  name: string;
  timezone: string;
  weekly: { day: Day; start: string; end: string }[];
  overrides: { date: string; intervals: Interval[] }[];
  blackouts: { start: string; end: string }[];
}

/** A new schedule: Monday to Friday, 09:00–17:00, in the given zone. */
export function newScheduleDraft(timezone: string): ScheduleDraft {
  const week = weekFromRules(DAYS.slice(0, 5).map((day) => ({ day, start: '09:00', end: '17:00' })));
  return { name: '', timezone, week, overrides: {}, blackouts: [] };
}

/** The draft of a stored schedule. */
export function draftFromSchedule(s: Schedule): ScheduleDraft {
  return {
    name: s.name, timezone: s.timezone, week: weekFromRules(s.weekly),
    overrides: Object.fromEntries(s.overrides.map((o) => [o.date, o.intervals.map((i) => ({ ...i }))])),
    blackouts: s.blackouts.map((b) => ({ start: instantToLocal(b.start, s.timezone), end: instantToLocal(b.end, s.timezone) })),
  };
}

/** Where a weekly rule's index in the body sits in the editor (`week.<day>.<i>`). */
function weeklyPaths(week: WeekHours): string[] {
  return DAYS.flatMap((day) => week[day].map((_x, i) => `week.${day}.${i}`));
}

/**
 * The API body of a draft, or the problems the editor finds first. Error keys are the
 * editor's own paths (`week.mon.0`, `overrides.2026-12-24.1`, `blackouts.0`, `name`, `timezone`),
 * which `placeApiErrors` also maps the API's 422 paths onto.
 */
export function scheduleToBody(d: ScheduleDraft): { body: ScheduleBody; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!d.name.trim()) errors.name = 'is required';
  if (!timeZoneNames().includes(d.timezone)) errors.timezone = 'choose a time zone from the list, e.g. Europe/Berlin';
  for (const day of DAYS) for (const [i, message] of intervalProblems(d.week[day])) errors[`week.${day}.${i}`] = message;
  const dates = Object.keys(d.overrides).sort();
  for (const date of dates) for (const [i, message] of intervalProblems(d.overrides[date]!)) errors[`overrides.${date}.${i}`] = message;
  const blackouts: ScheduleBody['blackouts'] = [];
  d.blackouts.forEach((b, i) => {
    if (!b.start || !b.end) { errors[`blackouts.${i}`] = 'enter a start and an end'; return; }
    if (b.end <= b.start) { errors[`blackouts.${i}`] = 'must end after it starts'; return; }
    try {
      blackouts.push({ start: localToInstant(b.start, d.timezone), end: localToInstant(b.end, d.timezone) });
    } catch {
      errors[`blackouts.${i}`] = 'enter a start and an end';
    }
  });
  return {
    body: {
      name: d.name.trim(), timezone: d.timezone, weekly: rulesFromWeek(d.week),
      overrides: dates.map((date) => ({ date, intervals: d.overrides[date]!.map((i) => ({ ...i })) })), blackouts,
    },
    errors,
  };
}

/** Maps the API's 422 paths (`weekly.3.end`, `overrides.0.intervals.1.end`, `blackouts.2.end`) to the editor's. */
export function placeApiErrors(d: ScheduleDraft, apiErrors: FieldErrors): FieldErrors {
  const weekly = weeklyPaths(d.week);
  const dates = Object.keys(d.overrides).sort();
  const placed: FieldErrors = {};
  for (const [path, message] of Object.entries(apiErrors)) {
    const parts = path.split('.');
    let key = path;
    if (parts[0] === 'weekly' && parts[1] !== undefined) key = weekly[Number(parts[1])] ?? 'weekly';
    else if (parts[0] === 'overrides' && parts[1] !== undefined) {
      const date = dates[Number(parts[1])];
      key = date === undefined ? 'overrides' : parts[2] === 'intervals' && parts[3] !== undefined ? `overrides.${date}.${parts[3]}` : `overrides.${date}`;
    } else if (parts[0] === 'blackouts' && parts[1] !== undefined) key = `blackouts.${parts[1]}`;
    placed[key] ??= message;
  }
  return placed;
}
