import { describe, expect, it } from 'vitest';
import { calendarState, hourRange, placeBlocks, stepDate, visibleDates } from './calendar-layout.ts';

const booking = (start: string, minutes = 30) => ({ start, end: new Date(Date.parse(start) + minutes * 60_000).toISOString() });

describe('calendar layout', () => {
  it('shows Monday to Sunday of the anchor date, or the one day', () => {
    expect(visibleDates('week', '2026-12-03')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(visibleDates('day', '2026-12-03')).toEqual(['2026-12-03']);
    expect(stepDate('week', '2026-12-03', 1)).toBe('2026-12-10');
    expect(stepDate('day', '2026-12-01', -1)).toBe('2026-11-30');
    expect(calendarState({ view: 'day', date: 'nope' }, '2026-11-30')).toEqual({ view: 'day', date: '2026-11-30' });
  });

  it('places bookings by their local start in the workspace zone, overlaps side by side', () => {
    const items = [booking('2026-12-01T08:00:00Z'), booking('2026-12-01T08:15:00Z', 60), booking('2026-12-01T10:00:00Z'), booking('2026-11-30T23:30:00Z')];
    const placed = placeBlocks(items, visibleDates('week', '2026-12-01'), 'Europe/Berlin', 8);
    const simple = placed.map((p) => ({ date: p.date, top: p.top, height: p.height, lane: p.lane, lanes: p.lanes }));
    expect(simple).toEqual([
      // 00:30 Berlin on 1 December: before the first hour shown, so at the top.
      { date: '2026-12-01', top: 0, height: 15, lane: 0, lanes: 2 },
      { date: '2026-12-01', top: 60, height: 30, lane: 0, lanes: 2 },
      { date: '2026-12-01', top: 75, height: 60, lane: 1, lanes: 2 },
      { date: '2026-12-01', top: 180, height: 30, lane: 0, lanes: 2 },
    ]);
  });

  it('widens the hours to fit early and late bookings', () => {
    expect(hourRange([], 'Europe/Berlin')).toEqual({ first: 8, last: 18 });
    expect(hourRange([booking('2026-12-01T05:30:00Z'), booking('2026-12-01T18:00:00Z', 45)], 'Europe/Berlin')).toEqual({ first: 6, last: 20 });
  });
});
