import { describe, expect, it } from 'vitest';
import { copyToAllDays, intervalProblems, rulesFromWeek, suggestInterval, weekFromRules, weeklyHours } from './weekly-hours.ts';

describe('weekly hours', () => {
  it('round-trips rules through the per-day view, Monday first and sorted by start', () => {
    const rules = [
      { day: 'tue', start: '13:00', end: '17:00' }, { day: 'mon', start: '09:00', end: '12:00' }, { day: 'tue', start: '09:00', end: '12:00' },
    ] as const;
    const week = weekFromRules([...rules]);
    expect(week.tue).toEqual([{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }]);
    expect(week.sun).toEqual([]);
    expect(rulesFromWeek(week)).toEqual([
      { day: 'mon', start: '09:00', end: '12:00' }, { day: 'tue', start: '09:00', end: '12:00' }, { day: 'tue', start: '13:00', end: '17:00' },
    ]);
    expect(weeklyHours(week)).toBe(10);
  });

  it('copies one day to all days as independent copies', () => {
    const week = copyToAllDays(weekFromRules([{ day: 'wed', start: '08:00', end: '10:00' }]), 'wed');
    expect(week.sun).toEqual([{ start: '08:00', end: '10:00' }]);
    week.mon[0]!.start = '07:00';
    expect(week.wed[0]!.start).toBe('08:00');
  });

  it('suggests 09:00–17:00 first, then an hour after the last interval, and nothing on a full day', () => {
    expect(suggestInterval([])).toEqual({ start: '09:00', end: '17:00' });
    expect(suggestInterval([{ start: '09:00', end: '12:00' }])).toEqual({ start: '13:00', end: '14:00' });
    expect(suggestInterval([{ start: '00:00', end: '24:00' }])).toBeNull();
  });

  it('flags reversed and overlapping intervals but accepts touching ones', () => {
    const problems = intervalProblems([
      { start: '09:00', end: '12:00' }, { start: '12:00', end: '13:00' }, { start: '11:00', end: '14:00' }, { start: '18:00', end: '17:00' },
    ]);
    expect([...problems]).toEqual([[2, 'overlaps 09:00–12:00'], [3, 'must end after it starts']]);
  });
});
