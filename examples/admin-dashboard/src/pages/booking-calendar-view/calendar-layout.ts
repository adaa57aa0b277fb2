import { addDays, isLocalDate, startOfWeek, zonedFields } from '../../app/zoned-time.ts';

/** Week (Monday to Sunday) or one day. */
export type CalendarView = 'week' | 'day';

/** The view and anchor date of the calendar, from the hash params (default: this week). */
export function calendarState(params: Record<string, string | undefined>, today: string): { view: CalendarView; date: string } {
  const view: CalendarView = params.view === 'day' ? 'day' : 'week';
  const date = isLocalDate(params.date) ? params.date : today;
  return { view, date };
}

/** The local dates the view shows. */
export function visibleDates(view: CalendarView, date: string): string[] {
  if (view === 'day') return [date];
  const monday = startOfWeek(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The anchor date one step back (`-1`) or forward (`1`). */
export function stepDate(view: CalendarView, date: string, direction: -1 | 1): string {
  return addDays(date, direction * (view === 'week' ? 7 : 1));
}

/** A block placed in its day column. */
export interface PlacedBlock<T> {
  item: T;
  date: string;
  /** Minutes from the day's first shown hour to the start (clipped at 0). */
  top: number;
  /** Length in minutes (at least 15, so short bookings stay clickable). */
  height: number;
  /** Side-by-side lane among overlapping blocks, and how many lanes the day has. */
  lane: number;
  lanes: number;
}

/**
 * Places bookings in day columns in `timeZone`: by local date of the start, positioned in
 * minutes from `firstHour`, overlapping ones in lanes next to each other. A booking past
 * midnight is cut at the end of its day.
 */
export function placeBlocks<T extends { start: string; end: string }>(items: readonly T[], dates: readonly string[], timeZone: string, firstHour: number): PlacedBlock<T>[] {
  const byDate = new Map<string, PlacedBlock<T>[]>();
  for (const item of [...items].sort((a, b) => a.start.localeCompare(b.start))) {
    const start = zonedFields(new Date(item.start), timeZone);
    if (!dates.includes(start.date)) continue;
    const startMinutes = start.hour * 60 + start.minute;
    const length = (Date.parse(item.end) - Date.parse(item.start)) / 60_000;
    const endMinutes = Math.min(startMinutes + length, 24 * 60);
    const top = Math.max(0, startMinutes - firstHour * 60);
    const block: PlacedBlock<T> = { item, date: start.date, top, height: Math.max(15, endMinutes - firstHour * 60 - top), lane: 0, lanes: 1 };
    const day = byDate.get(start.date) ?? [];
    day.push(block);
    byDate.set(start.date, day);
  }
  const placed: PlacedBlock<T>[] = [];
  for (const day of byDate.values()) {
    const laneEnds: number[] = [];
    for (const block of day) {
      let lane = laneEnds.findIndex((end) => end <= block.top);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = block.top + block.height;
      block.lane = lane;
    }
    for (const block of day) block.lanes = laneEnds.length;
    placed.push(...day);
  }
  return placed;
}

/** The hours to show: 08:00–18:00 at least, widened to fit every booking. */
export function hourRange<T extends { start: string; end: string }>(items: readonly T[], timeZone: string): { first: number; last: number } {
  let first = 8;
  let last = 18;
  for (const item of items) {
    const start = zonedFields(new Date(item.start), timeZone);
    const end = zonedFields(new Date(item.end), timeZone);
    first = Math.min(first, start.hour);
    last = Math.max(last, end.date !== start.date ? 24 : end.minute ? end.hour + 1 : end.hour);
  }
  return { first, last };
}
