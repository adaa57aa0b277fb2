import type { Interval } from './types.ts';

/**
 * The parts of `from` not covered by `minus`, in one linear sweep. Both inputs must already
 * be sorted and merged (see `mergeIntervals`); so is the result. Half-open semantics: removing
 * `[3,5)` from `[1,9)` leaves `[1,3)` and `[5,9)`, and an interval merely touching `minus` is kept.
 */
export function subtractIntervals(from: readonly Interval[], minus: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let m = 0;
  for (const interval of from) {
    let start = interval.start;
    const end = interval.end;
    // `minus` entries ending before this interval can't touch later ones either (sorted input).
    while (m < minus.length && (minus[m] as Interval).end <= start) m++;
    let k = m;
    while (start < end && k < minus.length) {
      const cut = minus[k] as Interval;
      if (cut.start >= end) break;
      if (cut.start > start) result.push({ start, end: cut.start });
      if (cut.end > start) start = cut.end;
      k++;
    }
    if (start < end) result.push({ start, end });
  }
  return result;
}
