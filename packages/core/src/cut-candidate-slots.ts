import type { Interval, Slot } from './types.ts';

/**
 * Candidate slots cut from sorted, disjoint working windows: starts step `stepMs` in real (UTC)
 * time from each window's start, and each slot `[s, s + durationMs)` lies fully inside its
 * window (ending exactly at the window end is fine). Only starts in `[earliest, latest)` are
 * produced; grid alignment still comes from the window start, so skipped starts cost nothing.
 * Output is sorted by start; every slot gets `seatsLeft = seats`.
 */
export function cutCandidateSlots(
  windows: readonly Interval[],
  durationMs: number,
  stepMs: number,
  seats: number,
  earliest: number,
  latest: number,
): Slot[] {
  const slots: Slot[] = [];
  for (const window of windows) {
    if (window.end <= earliest) continue;
    if (window.start >= latest) break;
    let start = window.start;
    if (start < earliest) start += Math.ceil((earliest - start) / stepMs) * stepMs;
    for (; start < latest && start + durationMs <= window.end; start += stepMs) {
      slots.push({ start, end: start + durationMs, seatsLeft: seats });
    }
  }
  return slots;
}
