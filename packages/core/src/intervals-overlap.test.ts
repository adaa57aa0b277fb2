import { describe, expect, it } from 'vitest';
import { intervalsOverlap } from './intervals-overlap.ts';

describe('intervalsOverlap', () => {
  it('detects shared instants', () => {
    expect(intervalsOverlap({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(true);
    expect(intervalsOverlap({ start: 5, end: 15 }, { start: 0, end: 10 })).toBe(true);
    expect(intervalsOverlap({ start: 0, end: 10 }, { start: 2, end: 3 })).toBe(true);
    expect(intervalsOverlap({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(true);
    expect(intervalsOverlap({ start: 0, end: 10 }, { start: 9, end: 11 })).toBe(true);
  });

  it('treats touching intervals as disjoint (half-open)', () => {
    expect(intervalsOverlap({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(intervalsOverlap({ start: 10, end: 20 }, { start: 0, end: 10 })).toBe(false);
  });

  it('never overlaps with an empty interval', () => {
    expect(intervalsOverlap({ start: 5, end: 5 }, { start: 0, end: 10 })).toBe(false);
    expect(intervalsOverlap({ start: 0, end: 10 }, { start: 7, end: 3 })).toBe(false);
  });
});
