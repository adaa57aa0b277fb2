import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLocalDate, isoWeekday, startOfWeek, zonedFields, zonedInstant } from './zoned-time.ts';

describe('zoned time', () => {
  it('finds the instant of a Berlin wall-clock time in winter and summer', () => {
    expect(zonedInstant('2026-12-01', 'Europe/Berlin').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(zonedInstant('2026-07-01', 'Europe/Berlin', 9, 30).toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(zonedInstant('2026-12-01', 'America/New_York', 9).toISOString()).toBe('2026-12-01T14:00:00.000Z');
  });

  it('handles the days DST starts and ends', () => {
    // 29 March 2026, Berlin: 02:00 -> 03:00. 02:30 does not exist: the instant after the gap.
    expect(zonedInstant('2026-03-29', 'Europe/Berlin', 2, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInstant('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    // 25 October 2026, Berlin: 02:30 happens twice: the first one (summer time).
    expect(zonedInstant('2026-10-25', 'Europe/Berlin', 2, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedInstant('2026-10-26', 'Europe/Berlin').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('reads wall-clock fields and weekdays', () => {
    expect(zonedFields(new Date('2026-11-30T23:30:00Z'), 'Europe/Berlin')).toMatchObject({ date: '2026-12-01', hour: 0, minute: 30, weekday: 2 });
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(startOfWeek('2026-12-03')).toBe('2026-11-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-30', '2026-12-07')).toBe(7);
  });

  it('accepts only real local dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('26-02-01')).toBe(false);
    expect(isLocalDate(undefined)).toBe(false);
  });
});
