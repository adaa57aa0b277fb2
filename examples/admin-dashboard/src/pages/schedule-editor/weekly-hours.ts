/** The days of a weekly rule, Monday first (ISO order). */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of a weekly rule. */
export type Day = (typeof DAYS)[number];

/** A wall-clock interval `HH:mm`–`HH:mm` (end may be `24:00`), half-open. */
export interface Interval {
  start: string;
  end: string;
}

/** A schedule's weekly rule as the API stores it. */
export interface WeeklyRule extends Interval {
  day: Day;
}

/** The week as the editor shows it: every day with its intervals in start order. */
export type WeekHours = Record<Day, Interval[]>;

const byStart = (a: Interval, b: Interval) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end);

/** Groups weekly rules by day (every day present, intervals sorted by start). */
export function weekFromRules(rules: readonly WeeklyRule[]): WeekHours {
  const week = Object.fromEntries(DAYS.map((d) => [d, [] as Interval[]])) as WeekHours;
  for (const { day, start, end } of rules) week[day].push({ start, end });
  for (const day of DAYS) week[day].sort(byStart);
  return week;
}

/** The weekly rules of a week, Monday first, each day's intervals in start order. */
export function rulesFromWeek(week: WeekHours): WeeklyRule[] {
  return DAYS.flatMap((day) => [...week[day]].sort(byStart).map(({ start, end }) => ({ day, start, end })));
}

/** The week with `day`'s intervals copied to every other day. */
export function copyToAllDays(week: WeekHours, day: Day): WeekHours {
  return Object.fromEntries(DAYS.map((d) => [d, week[day].map((i) => ({ ...i }))])) as WeekHours;
}

/** Minutes since midnight of `HH:mm` (`24:00` is 1440). */
export function toMinutes(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** `HH:mm` for minutes since midnight (1440 gives `24:00`). */
export function fromMinutes(minutes: number): string {
  const clamped = Math.max(0, Math.min(1440, minutes));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/**
 * A sensible interval to add after the given ones: 09:00–17:00 on an empty day, else an hour
 * starting an hour after the last one ends (clipped to the day), or null when the day is full.
 */
export function suggestInterval(intervals: readonly Interval[]): Interval | null {
  if (intervals.length === 0) return { start: '09:00', end: '17:00' };
  const lastEnd = Math.max(...intervals.map((i) => toMinutes(i.end)));
  const start = Math.min(lastEnd + 60, 1380);
  if (start <= lastEnd || lastEnd >= 1440) return null;
  return { start: fromMinutes(start), end: fromMinutes(Math.min(start + 60, 1440)) };
}

/**
 * What is wrong with one day's intervals, by index: an end not after its start, or an
 * overlap with an earlier interval of the day. Touching intervals (12:00–13:00, 13:00–14:00) are fine.
 */
export function intervalProblems(intervals: readonly Interval[]): Map<number, string> {
  const problems = new Map<number, string>();
  intervals.forEach((interval, i) => {
    if (!/^\d{2}:\d{2}$/.test(interval.start) || !/^\d{2}:\d{2}$/.test(interval.end)) problems.set(i, 'enter a start and an end time');
    else if (toMinutes(interval.end) <= toMinutes(interval.start)) problems.set(i, 'must end after it starts');
    else {
      const clash = intervals.findIndex((other, j) => j < i && toMinutes(other.start) < toMinutes(interval.end) && toMinutes(interval.start) < toMinutes(other.end));
      if (clash >= 0) problems.set(i, `overlaps ${intervals[clash]!.start}–${intervals[clash]!.end}`);
    }
  });
  return problems;
}

/** Total hours of a week, for the summary ("40 h a week"). */
export function weeklyHours(week: WeekHours): number {
  return DAYS.reduce((sum, day) => sum + week[day].reduce((s, i) => s + Math.max(0, toMinutes(i.end) - toMinutes(i.start)), 0), 0) / 60;
}
