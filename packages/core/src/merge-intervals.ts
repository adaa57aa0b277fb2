import type { Interval } from './types.ts';

/**
 * Sorts half-open intervals and merges those that overlap or touch (`[1,3)` + `[3,5)` =
 * `[1,5)`), dropping empty ones (`end <= start`). Returns new objects; the input is untouched.
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  // Union via separately sorted starts and ends: typed-array numeric sort is several times
  // faster than sorting objects with a comparator, and the union only needs coverage counts.
  const starts = new Float64Array(intervals.length);
  const ends = new Float64Array(intervals.length);
  let n = 0;
  for (const interval of intervals) {
    if (interval.end > interval.start) {
      starts[n] = interval.start;
      ends[n] = interval.end;
      n++;
    }
  }
  const sortedStarts = starts.subarray(0, n).sort();
  const sortedEnds = ends.subarray(0, n).sort();
  const merged: Interval[] = [];
  let i = 0;
  let k = 0;
  let depth = 0;
  let open = 0;
  while (i < n) {
    // Starts go first on ties so touching intervals join.
    if (sortedStarts[i]! <= sortedEnds[k]!) {
      if (depth === 0) open = sortedStarts[i]!;
      depth++;
      i++;
    } else {
      depth--;
      if (depth === 0) merged.push({ start: open, end: sortedEnds[k]! });
      k++;
    }
  }
  // Every start is consumed before the largest end, which closes the last run.
  if (n > 0) merged.push({ start: open, end: sortedEnds[n - 1]! });
  return merged;
}
