import type { Slot } from './types.ts';

/**
 * Drops every slot on a host-local day that already holds `maxPerDay` or more bookings
 * (counted from `bookedStarts`). Days are `[dayStarts[i], dayStarts[i + 1])`; `dayStarts`
 * must be ascending and cover every slot start. `slots` must be sorted by start; booked
 * starts outside the covered days are ignored. A `maxPerDay` of 0 closes every day.
 */
export function applyMaxPerDay(
  slots: readonly Slot[],
  dayStarts: readonly number[],
  bookedStarts: readonly number[],
  maxPerDay: number,
): Slot[] {
  const dayCount = dayStarts.length - 1;
  const counts = new Array<number>(Math.max(0, dayCount)).fill(0);
  // Typed-array sort is numeric and much faster than a comparator sort.
  const sortedBooked = Float64Array.from(bookedStarts).sort();
  let d = 0;
  for (const booked of sortedBooked) {
    while (d < dayCount && dayStarts[d + 1]! <= booked) d++;
    if (d < dayCount && booked >= dayStarts[d]!) counts[d]!++;
  }
  const kept: Slot[] = [];
  d = 0;
  for (const slot of slots) {
    while (d < dayCount && dayStarts[d + 1]! <= slot.start) d++;
    if (d < dayCount && slot.start >= dayStarts[d]! && counts[d]! < maxPerDay) kept.push(slot);
  }
  return kept;
}
