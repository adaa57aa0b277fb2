import type { SlotQuery } from './types.ts';
import { isValidLocalDate, isValidTimeZone, isValidWallTime } from './zoned-time.ts';

/**
 * Throws a RangeError naming the first malformed field of `query`: unknown zones, dates that
 * are not real `YYYY-MM-DD` dates, wall times that are not `HH:mm`/`24:00`, non-finite
 * instants, non-positive duration/step/seats, negative buffers/notice/limits. Semantic
 * oddities the engine tolerates (a rule ending before it starts, `from` after `to`) pass.
 */
export function assertValidSlotQuery(query: SlotQuery): void {
  const { availability } = query;
  if (!isValidTimeZone(query.timezone)) fail('timezone', query.timezone);
  if (!isValidTimeZone(availability.timezone)) fail('availability.timezone', availability.timezone);
  if (!isValidLocalDate(query.from)) fail('from', query.from);
  if (!isValidLocalDate(query.to)) fail('to', query.to);
  availability.weekly.forEach((rule, i) => {
    if (!['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].includes(rule.day)) fail(`availability.weekly[${i}].day`, rule.day);
    if (!isValidWallTime(rule.start)) fail(`availability.weekly[${i}].start`, rule.start);
    if (!isValidWallTime(rule.end)) fail(`availability.weekly[${i}].end`, rule.end);
  });
  availability.overrides.forEach((override, i) => {
    if (!isValidLocalDate(override.date)) fail(`availability.overrides[${i}].date`, override.date);
    override.intervals.forEach((interval, k) => {
      if (!isValidWallTime(interval.start)) fail(`availability.overrides[${i}].intervals[${k}].start`, interval.start);
      if (!isValidWallTime(interval.end)) fail(`availability.overrides[${i}].intervals[${k}].end`, interval.end);
    });
  });
  availability.blackouts.forEach((b, i) => {
    if (!Number.isFinite(b.start) || !Number.isFinite(b.end)) fail(`availability.blackouts[${i}]`, b);
  });
  if (!Number.isFinite(query.now)) fail('now', query.now);
  if (!(Number.isFinite(query.duration) && query.duration > 0)) fail('duration', query.duration);
  if (!(Number.isFinite(query.step) && query.step > 0)) fail('step', query.step);
  for (const field of ['bufferBefore', 'bufferAfter', 'minNotice'] as const) {
    if (!(Number.isFinite(query[field]) && query[field] >= 0)) fail(field, query[field]);
  }
  if (query.maxAdvanceDays !== null && !(Number.isFinite(query.maxAdvanceDays) && query.maxAdvanceDays >= 0)) {
    fail('maxAdvanceDays', query.maxAdvanceDays);
  }
  if (!(Number.isInteger(query.seats) && query.seats >= 1)) fail('seats', query.seats);
  if (query.maxPerDay !== null && !(Number.isInteger(query.maxPerDay) && query.maxPerDay >= 0)) {
    fail('maxPerDay', query.maxPerDay);
  }
  query.busy.forEach((b, i) => {
    if (!Number.isFinite(b.start) || !Number.isFinite(b.end)) fail(`busy[${i}]`, b);
  });
  query.sharedSlots.forEach((s, i) => {
    if (!Number.isFinite(s.start) || !Number.isFinite(s.end) || !Number.isFinite(s.seatsTaken)) fail(`sharedSlots[${i}]`, s);
  });
  query.bookedStarts.forEach((s, i) => {
    if (!Number.isFinite(s)) fail(`bookedStarts[${i}]`, s);
  });
}

function fail(field: string, value: unknown): never {
  throw new RangeError(`Invalid slot query: ${field} = ${JSON.stringify(value)}`);
}
