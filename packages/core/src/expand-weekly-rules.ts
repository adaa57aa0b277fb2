import type { Availability, Interval, Weekday } from './types.ts';
import { dayNumberOf, formatDayNumber, minutesOfWallTime, wallToUtc, weekdayOf } from './zoned-time.ts';
import { mergeIntervals } from './merge-intervals.ts';

interface WallInterval {
  start: string;
  end: string;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Working intervals of the local dates `from..to` (inclusive) in `availability.timezone`, as
 * sorted, merged, half-open instants. A date override replaces that date's weekly rules (an
 * empty override closes the day; several overrides for one date are combined). Wall times
 * convert with the zone module's DST policy: a rule keeps its local wall times on both sides
 * of a change, a start or end inside a gap moves to the gap's end, an ambiguous one takes the
 * earlier instant. `end` `24:00` is the next day's first instant. Intervals whose end is not
 * after their start (`17:00-09:00`, `10:00-10:00`) are ignored rather than wrapped past midnight;
 * write an overnight shift as two rules. Blackouts are not applied here.
 */
export function expandWeeklyRules(
  availability: Pick<Availability, 'timezone' | 'weekly' | 'overrides'>,
  from: string,
  to: string,
): Interval[] {
  const zone = availability.timezone;
  const byWeekday = new Map<Weekday, WallInterval[]>();
  for (const rule of availability.weekly) {
    const list = byWeekday.get(rule.day);
    if (list === undefined) byWeekday.set(rule.day, [rule]);
    else list.push(rule);
  }
  const byDate = new Map<string, WallInterval[]>();
  for (const override of availability.overrides) {
    const list = byDate.get(override.date);
    if (list === undefined) byDate.set(override.date, [...override.intervals]);
    else list.push(...override.intervals);
  }

  const intervals: Interval[] = [];
  const lastDay = dayNumberOf(to);
  for (let day = dayNumberOf(from); day <= lastDay; day++) {
    const date = formatDayNumber(day);
    const wallIntervals = byDate.get(date) ?? byWeekday.get(weekdayOf(date)) ?? [];
    for (const wall of wallIntervals) {
      const startMinutes = minutesOfWallTime(wall.start);
      const endMinutes = minutesOfWallTime(wall.end);
      if (endMinutes <= startMinutes) continue;
      const start = wallToUtc(day * DAY_MS + startMinutes * MINUTE_MS, zone);
      const end = wallToUtc(day * DAY_MS + endMinutes * MINUTE_MS, zone);
      // Both ends inside one DST gap collapse to the same instant: nothing to offer.
      if (end > start) intervals.push({ start, end });
    }
  }
  return mergeIntervals(intervals);
}
