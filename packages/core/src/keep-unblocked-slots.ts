import type { Interval } from './types.ts';

/**
 * The slots whose range widened by the buffers, `[start - bufferBeforeMs, end + bufferAfterMs)`,
 * overlaps none of `blocked`. Half-open: a widened slot that merely touches blocked time is
 * kept. `slots` must be sorted by start and `blocked` sorted and merged; one pointer moves
 * forward through `blocked`, so the cost is linear in both lengths.
 */
export function keepUnblockedSlots<T extends Interval>(
  slots: readonly T[],
  blocked: readonly Interval[],
  bufferBeforeMs: number,
  bufferAfterMs: number,
): T[] {
  const kept: T[] = [];
  let b = 0;
  for (const slot of slots) {
    const from = slot.start - bufferBeforeMs;
    const to = slot.end + bufferAfterMs;
    // Blocked time ending before this widened start ends before every later one too.
    while (b < blocked.length && blocked[b]!.end <= from) b++;
    // Merged blocked intervals are disjoint, so the first remaining one starts earliest.
    if (b < blocked.length && blocked[b]!.start < to) continue;
    kept.push(slot);
  }
  return kept;
}
