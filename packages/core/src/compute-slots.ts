import type { DaySlots, Slot, SlotQuery } from './types.ts';
import { addDays, daysBetween, localDateOf, startOfLocalDay } from './zoned-time.ts';
import { assertValidSlotQuery } from './validate-slot-query.ts';
import { expandWeeklyRules } from './expand-weekly-rules.ts';
import { mergeIntervals } from './merge-intervals.ts';
import { subtractIntervals } from './subtract-intervals.ts';
import { cutCandidateSlots } from './cut-candidate-slots.ts';
import { keepUnblockedSlots } from './keep-unblocked-slots.ts';
import { offerSharedSlots } from './offer-shared-slots.ts';
import { applyMaxPerDay } from './apply-max-per-day.ts';
import { groupSlotsByDay } from './group-slots-by-day.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Bookable slots of one host for the viewer-local dates `query.from..query.to` (inclusive),
 * grouped by the viewer-local date of each slot's start; days without slots are omitted and
 * slots are sorted by start. All intervals are half-open `[start, end)`:
 * - working hours: weekly rules and overrides in the host zone, minus blackouts;
 * - a fresh slot steps `step` minutes in real time from its working window's start and lies
 *   fully inside the window (it may end exactly at the window end);
 * - it is rejected when `[start - bufferBefore, end + bufferAfter)` overlaps busy time or a
 *   shared slot widened the same way (touching is fine);
 * - shared slots with free seats are offered as themselves inside working hours, clear of busy;
 * - `now + minNotice` is the earliest allowed start (inclusive), `now + maxAdvanceDays * 24 h`
 *   the first disallowed one (exclusive);
 * - host-local days with `maxPerDay` or more `bookedStarts` offer nothing.
 * Throws RangeError on a malformed query (see `assertValidSlotQuery`); `from` after `to` gives [].
 */
export function computeSlots(query: SlotQuery): DaySlots[] {
  assertValidSlotQuery(query);
  const dayCount = daysBetween(query.from, query.to) + 1;
  if (dayCount <= 0) return [];

  // One zone conversion per viewer day; slots are assigned to days by sweeping these bounds.
  const viewerDates: string[] = [];
  const viewerDayStarts: number[] = [];
  for (let i = 0; i <= dayCount; i++) {
    const date = addDays(query.from, i);
    if (i < dayCount) viewerDates.push(date);
    viewerDayStarts.push(startOfLocalDay(date, query.timezone));
  }
  const rangeStart = viewerDayStarts[0]!;
  const rangeEnd = viewerDayStarts[dayCount]!;

  // Host dates that can hold a working window touching the range: a day either side, plus
  // enough after for a slot starting near the range end to finish.
  const hostZone = query.availability.timezone;
  const hostFrom = addDays(localDateOf(rangeStart, hostZone), -1);
  const hostTo = addDays(localDateOf(rangeEnd - 1, hostZone), 1 + Math.ceil(query.duration / (24 * 60)));
  const working = subtractIntervals(
    expandWeeklyRules(query.availability, hostFrom, hostTo),
    mergeIntervals(query.availability.blackouts),
  );

  const durationMs = query.duration * MINUTE_MS;
  const beforeMs = query.bufferBefore * MINUTE_MS;
  const afterMs = query.bufferAfter * MINUTE_MS;
  const earliest = Math.max(rangeStart, query.now + query.minNotice * MINUTE_MS);
  const latest = query.maxAdvanceDays === null ? rangeEnd : Math.min(rangeEnd, query.now + query.maxAdvanceDays * DAY_MS);
  if (earliest >= latest || working.length === 0) return [];

  const busy = mergeIntervals(query.busy);
  const sharedBlocked = mergeIntervals(
    query.sharedSlots.filter((s) => s.end > s.start).map((s) => ({ start: s.start - beforeMs, end: s.end + afterMs })),
  );
  const fresh = keepUnblockedSlots(
    keepUnblockedSlots(cutCandidateSlots(working, durationMs, query.step * MINUTE_MS, query.seats, earliest, latest), busy, beforeMs, afterMs),
    sharedBlocked,
    beforeMs,
    afterMs,
  );
  const shared = offerSharedSlots(query.sharedSlots, query.seats, working, busy, beforeMs, afterMs).filter(
    (slot) => slot.start >= earliest && slot.start < latest,
  );
  let slots = mergeByStart(fresh, shared);

  if (query.maxPerDay !== null && slots.length > 0) {
    const hostDayStarts: number[] = [];
    const hostDays = daysBetween(hostFrom, hostTo) + 1;
    for (let i = 0; i <= hostDays; i++) hostDayStarts.push(startOfLocalDay(addDays(hostFrom, i), hostZone));
    slots = applyMaxPerDay(slots, hostDayStarts, query.bookedStarts, query.maxPerDay);
  }
  return groupSlotsByDay(slots, viewerDates, viewerDayStarts);
}

/** Merges two start-sorted slot lists (their starts never coincide: shared slots block fresh ones). */
function mergeByStart(a: Slot[], b: Slot[]): Slot[] {
  if (b.length === 0) return a;
  const merged: Slot[] = [];
  let i = 0;
  let k = 0;
  while (i < a.length || k < b.length) {
    const x = a[i];
    const y = b[k];
    if (y === undefined || (x !== undefined && x.start < y.start)) {
      merged.push(x!);
      i++;
    } else {
      merged.push(y);
      k++;
    }
  }
  return merged;
}
