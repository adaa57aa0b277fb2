import type { DaySlots, Slot } from './types.ts';

/**
 * Groups sorted slots into local days by a single sweep: slot `s` belongs to `dates[i]` when
 * `dayStarts[i] <= s.start < dayStarts[i + 1]` (so `dayStarts` has one more entry than
 * `dates`). Slots outside `[dayStarts[0], dayStarts[last])` are dropped; days without slots
 * are omitted.
 */
export function groupSlotsByDay(slots: readonly Slot[], dates: readonly string[], dayStarts: readonly number[]): DaySlots[] {
  const days: DaySlots[] = [];
  let d = 0;
  let current: DaySlots | undefined;
  for (const slot of slots) {
    while (d < dates.length && dayStarts[d + 1]! <= slot.start) d++;
    if (d >= dates.length) break;
    if (slot.start < dayStarts[d]!) continue;
    const date = dates[d]!;
    if (current === undefined || current.date !== date) {
      current = { date, slots: [] };
      days.push(current);
    }
    current.slots.push(slot);
  }
  return days;
}
