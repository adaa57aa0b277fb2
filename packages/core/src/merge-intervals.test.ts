import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeIntervals } from './merge-intervals.ts';
import type { Interval } from './types.ts';

describe('mergeIntervals', () => {
  it('returns [] for no intervals', () => {
    expect(mergeIntervals([])).toEqual([]);
  });

  it('sorts and merges overlapping intervals', () => {
    expect(mergeIntervals([{ start: 20, end: 30 }, { start: 0, end: 10 }, { start: 5, end: 12 }])).toEqual([
      { start: 0, end: 12 },
      { start: 20, end: 30 },
    ]);
  });

  it('merges touching intervals', () => {
    expect(mergeIntervals([{ start: 10, end: 20 }, { start: 0, end: 10 }])).toEqual([{ start: 0, end: 20 }]);
  });

  it('keeps a one-unit gap', () => {
    expect(mergeIntervals([{ start: 0, end: 10 }, { start: 11, end: 20 }])).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 20 },
    ]);
  });

  it('absorbs contained intervals and drops empty ones', () => {
    expect(
      mergeIntervals([{ start: 0, end: 100 }, { start: 10, end: 20 }, { start: 50, end: 50 }, { start: 200, end: 150 }]),
    ).toEqual([{ start: 0, end: 100 }]);
  });

  it('does not mutate its input', () => {
    const input = [{ start: 5, end: 8 }, { start: 0, end: 6 }];
    mergeIntervals(input);
    expect(input).toEqual([{ start: 5, end: 8 }, { start: 0, end: 6 }]);
  });

  it('covers exactly the union (property)', () => {
    const interval = fc.record({ start: fc.integer({ min: 0, max: 200 }), end: fc.integer({ min: 0, max: 200 }) });
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 30 }), (intervals: Interval[]) => {
        const merged = mergeIntervals(intervals);
        for (let i = 0; i < merged.length; i++) {
          const m = merged[i]!;
          expect(m.start).toBeLessThan(m.end);
          // Sorted, with a real gap between neighbours.
          if (i > 0) expect(m.start).toBeGreaterThan(merged[i - 1]!.end);
        }
        for (let x = 0; x < 200; x++) {
          const inInput = intervals.some((v) => v.start <= x && x < v.end);
          const inMerged = merged.some((v) => v.start <= x && x < v.end);
          expect(inMerged).toBe(inInput);
        }
      }),
    );
  });
});
