import { describe, expect, it } from 'vitest';
import { expandWeeklyRules } from './expand-weekly-rules.ts';
import type { Availability, WeeklyRule } from './types.ts';

const utc = (iso: string): number => Date.parse(iso);
const HOUR = 3_600_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

function schedule(timezone: string, weekly: WeeklyRule[], overrides: Availability['overrides'] = []): Availability {
  return { timezone, weekly, overrides, blackouts: [] };
}

describe('expandWeeklyRules', () => {
  it('expands Mon-Fri 09:00-17:00 over a week', () => {
    const intervals = expandWeeklyRules(
      schedule('UTC', WEEKDAYS.map((day) => ({ day, start: '09:00', end: '17:00' }))),
      '2026-06-01',
      '2026-06-07',
    );
    expect(intervals).toHaveLength(5);
    expect(intervals[0]).toEqual({ start: utc('2026-06-01T09:00:00Z'), end: utc('2026-06-01T17:00:00Z') });
    expect(intervals[4]).toEqual({ start: utc('2026-06-05T09:00:00Z'), end: utc('2026-06-05T17:00:00Z') });
  });

  it('returns [] for an empty schedule or a range with from after to', () => {
    expect(expandWeeklyRules(schedule('UTC', []), '2026-06-01', '2026-06-30')).toEqual([]);
    expect(expandWeeklyRules(schedule('UTC', [{ day: 'mon', start: '09:00', end: '17:00' }]), '2026-06-08', '2026-06-01')).toEqual([]);
  });

  it('merges overlapping intervals of one day and keeps separate ones apart', () => {
    const intervals = expandWeeklyRules(
      schedule('UTC', [
        { day: 'mon', start: '09:00', end: '12:00' },
        { day: 'mon', start: '11:00', end: '13:00' },
        { day: 'mon', start: '14:00', end: '15:00' },
      ]),
      '2026-06-01',
      '2026-06-01',
    );
    expect(intervals).toEqual([
      { start: utc('2026-06-01T09:00:00Z'), end: utc('2026-06-01T13:00:00Z') },
      { start: utc('2026-06-01T14:00:00Z'), end: utc('2026-06-01T15:00:00Z') },
    ]);
  });

  it('treats 24:00 as next midnight and joins it with a 00:00 start the next day', () => {
    const intervals = expandWeeklyRules(
      schedule('Europe/Berlin', [
        { day: 'mon', start: '22:00', end: '24:00' },
        { day: 'tue', start: '00:00', end: '02:00' },
      ]),
      '2026-06-01',
      '2026-06-02',
    );
    expect(intervals).toEqual([{ start: utc('2026-06-01T20:00:00Z'), end: utc('2026-06-02T00:00:00Z') }]);
  });

  it('ignores intervals whose end is not after their start', () => {
    const intervals = expandWeeklyRules(
      schedule('UTC', [
        { day: 'mon', start: '17:00', end: '09:00' },
        { day: 'mon', start: '10:00', end: '10:00' },
        { day: 'mon', start: '24:00', end: '24:00' },
      ]),
      '2026-06-01',
      '2026-06-01',
    );
    expect(intervals).toEqual([]);
  });

  it('lets an empty override close a working day', () => {
    const intervals = expandWeeklyRules(
      schedule('UTC', WEEKDAYS.map((day) => ({ day, start: '09:00', end: '17:00' })), [{ date: '2026-06-02', intervals: [] }]),
      '2026-06-01',
      '2026-06-03',
    );
    expect(intervals.map((i) => new Date(i.start).toISOString().slice(0, 10))).toEqual(['2026-06-01', '2026-06-03']);
  });

  it('lets an override replace hours and add hours on a weekend', () => {
    const intervals = expandWeeklyRules(
      schedule('UTC', WEEKDAYS.map((day) => ({ day, start: '09:00', end: '17:00' })), [
        { date: '2026-06-05', intervals: [{ start: '13:00', end: '14:00' }] },
        { date: '2026-06-06', intervals: [{ start: '10:00', end: '12:00' }] },
      ]),
      '2026-06-05',
      '2026-06-07',
    );
    expect(intervals).toEqual([
      { start: utc('2026-06-05T13:00:00Z'), end: utc('2026-06-05T14:00:00Z') },
      { start: utc('2026-06-06T10:00:00Z'), end: utc('2026-06-06T12:00:00Z') },
    ]);
  });

  it('combines several overrides for the same date', () => {
    const intervals = expandWeeklyRules(
      schedule('UTC', [], [
        { date: '2026-06-06', intervals: [{ start: '10:00', end: '11:00' }] },
        { date: '2026-06-06', intervals: [{ start: '15:00', end: '16:00' }] },
      ]),
      '2026-06-06',
      '2026-06-06',
    );
    expect(intervals).toHaveLength(2);
  });

  it('keeps 09:00-17:00 local on both sides of a DST change', () => {
    const intervals = expandWeeklyRules(
      schedule('America/New_York', [{ day: 'sat', start: '09:00', end: '17:00' }, { day: 'sun', start: '09:00', end: '17:00' }]),
      '2026-03-07',
      '2026-03-08',
    );
    expect(intervals).toEqual([
      { start: utc('2026-03-07T14:00:00Z'), end: utc('2026-03-07T22:00:00Z') },
      { start: utc('2026-03-08T13:00:00Z'), end: utc('2026-03-08T21:00:00Z') },
    ]);
  });

  it('shrinks a rule across a spring-forward gap and stretches one across a fall-back', () => {
    const spring = expandWeeklyRules(schedule('America/New_York', [{ day: 'sun', start: '01:00', end: '04:00' }]), '2026-03-08', '2026-03-08');
    expect(spring).toEqual([{ start: utc('2026-03-08T06:00:00Z'), end: utc('2026-03-08T08:00:00Z') }]);
    const fall = expandWeeklyRules(schedule('America/New_York', [{ day: 'sun', start: '00:00', end: '03:00' }]), '2026-11-01', '2026-11-01');
    expect(fall).toEqual([{ start: utc('2026-11-01T04:00:00Z'), end: utc('2026-11-01T04:00:00Z') + 4 * HOUR }]);
  });

  it('offers nothing for a rule lying entirely inside a gap', () => {
    expect(
      expandWeeklyRules(schedule('America/New_York', [{ day: 'sun', start: '02:00', end: '02:30' }]), '2026-03-08', '2026-03-08'),
    ).toEqual([]);
  });

  it('expands a 30-minute Lord Howe shift', () => {
    const intervals = expandWeeklyRules(schedule('Australia/Lord_Howe', [{ day: 'sun', start: '01:00', end: '03:00' }]), '2026-10-04', '2026-10-04');
    // 01:00 +10:30 -> 03:00 +11 is 1.5 real hours.
    expect(intervals).toEqual([{ start: utc('2026-10-03T14:30:00Z'), end: utc('2026-10-03T16:00:00Z') }]);
  });
});
