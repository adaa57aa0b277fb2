import { describe, expect, it } from 'vitest';
import { addMonths, dateForKey, monthGrid } from './month-grid.ts';

describe('month grid', () => {
  it('lays December 2026 out from Monday: the 1st is a Tuesday, five weeks', () => {
    const weeks = monthGrid(2026, 12);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weeks[4]).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
  });

  it('handles a February that fills exactly four weeks and leap days', () => {
    expect(monthGrid(2027, 2)).toHaveLength(4);
    expect(monthGrid(2028, 2).flat().filter(Boolean)).toHaveLength(29);
  });

  it('steps across year ends', () => {
    expect(addMonths(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
  });

  it('moves by day, week and month with the keys, across month ends', () => {
    expect(dateForKey('ArrowRight', '2026-11-30')).toBe('2026-12-01');
    expect(dateForKey('ArrowUp', '2026-12-03')).toBe('2026-11-26');
    expect(dateForKey('Home', '2026-12-03')).toBe('2026-11-30');
    expect(dateForKey('End', '2026-12-03')).toBe('2026-12-06');
    expect(dateForKey('PageDown', '2027-01-31')).toBe('2027-02-28');
    expect(dateForKey('PageUp', '2026-03-31')).toBe('2026-02-28');
    expect(dateForKey('a', '2026-03-31')).toBeUndefined();
  });
});
