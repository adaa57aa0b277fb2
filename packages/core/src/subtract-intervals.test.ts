import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { subtractIntervals } from './subtract-intervals.ts';
import { mergeIntervals } from './merge-intervals.ts';
import type { Interval } from './types.ts';

describe('subtractIntervals', () => {
  it('handles empty inputs', () => {
    expect(subtractIntervals([], [{ start: 0, end: 10 }])).toEqual([]);
    expect(subtractIntervals([{ start: 0, end: 10 }], [])).toEqual([{ start: 0, end: 10 }]);
  });

  it('cuts a hole out of the middle', () => {
    expect(subtractIntervals([{ start: 0, end: 10 }], [{ start: 3, end: 5 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
  });

  it('keeps intervals that only touch the removed ones', () => {
    expect(subtractIntervals([{ start: 0, end: 10 }], [{ start: 10, end: 20 }])).toEqual([{ start: 0, end: 10 }]);
    expect(subtractIntervals([{ start: 10, end: 20 }], [{ start: 0, end: 10 }])).toEqual([{ start: 10, end: 20 }]);
  });

  it('trims edges and removes fully covered intervals', () => {
    expect(
      subtractIntervals(
        [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 40, end: 50 }],
        [{ start: 5, end: 25 }, { start: 35, end: 55 }],
      ),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 25, end: 30 },
    ]);
  });

  it('lets one removed interval cut several kept ones', () => {
    expect(subtractIntervals([{ start: 0, end: 10 }, { start: 12, end: 20 }], [{ start: 8, end: 14 }])).toEqual([
      { start: 0, end: 8 },
      { start: 14, end: 20 },
    ]);
  });

  it('equals pointwise set difference (property)', () => {
    const interval = fc.record({ start: fc.integer({ min: 0, max: 150 }), end: fc.integer({ min: 0, max: 150 }) });
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 15 }), fc.array(interval, { maxLength: 15 }), (a: Interval[], b: Interval[]) => {
        const from = mergeIntervals(a);
        const minus = mergeIntervals(b);
        const result = subtractIntervals(from, minus);
        expect(mergeIntervals(result)).toEqual(result);
        for (let x = 0; x < 150; x++) {
          const expected = from.some((v) => v.start <= x && x < v.end) && !minus.some((v) => v.start <= x && x < v.end);
          expect(result.some((v) => v.start <= x && x < v.end)).toBe(expected);
        }
      }),
    );
  });
});
