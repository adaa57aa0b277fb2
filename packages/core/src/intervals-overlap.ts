import type { Interval } from './types.ts';

/**
 * Whether two half-open intervals `[start, end)` share at least one instant. Touching
 * intervals (`a.end === b.start`) do not overlap; an empty interval overlaps nothing.
 */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;
}
