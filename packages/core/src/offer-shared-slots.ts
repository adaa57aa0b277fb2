import type { Interval, SharedSlot, Slot } from './types.ts';
import { keepUnblockedSlots } from './keep-unblocked-slots.ts';

/**
 * Existing shared (group) slots that can still take seats, as offers with
 * `seatsLeft = seats - seatsTaken` (only when positive). A shared slot is offered only when it
 * lies fully inside one working window and its range widened by the buffers does not overlap
 * busy time. Slots with `end <= start` are ignored; of several with the same start only the
 * first (by end, then most seats left) is kept so a start never appears twice.
 * `windows` and `busy` must be sorted and merged. Output is sorted by start.
 */
export function offerSharedSlots(
  sharedSlots: readonly SharedSlot[],
  seats: number,
  windows: readonly Interval[],
  busy: readonly Interval[],
  bufferBeforeMs: number,
  bufferAfterMs: number,
): Slot[] {
  const open: Slot[] = [];
  for (const shared of sharedSlots) {
    const seatsLeft = seats - Math.max(0, shared.seatsTaken);
    if (seatsLeft > 0 && shared.end > shared.start) open.push({ start: shared.start, end: shared.end, seatsLeft });
  }
  open.sort((a, b) => a.start - b.start || a.end - b.end || b.seatsLeft - a.seatsLeft);

  const inside: Slot[] = [];
  let w = 0;
  let lastStart = Number.NaN;
  for (const slot of open) {
    if (slot.start === lastStart) continue;
    lastStart = slot.start;
    while (w < windows.length && windows[w]!.end <= slot.start) w++;
    const window = windows[w];
    if (window !== undefined && window.start <= slot.start && slot.end <= window.end) inside.push(slot);
  }
  return keepUnblockedSlots(inside, busy, bufferBeforeMs, bufferAfterMs);
}
