import { type DateKey, daysInMonth, weekday } from './date-key.ts';

/** One cell of a month grid: a day of the month, or `null` for the padding before and after it. */
export interface GridDay {
  /** The date. */
  date: DateKey;
  /** Before `today`: never bookable. */
  past: boolean;
  /** Is `today`. */
  today: boolean;
}

/**
 * The weeks of a month as rows of seven cells, starting on `firstDayOfWeek` (0 = Sunday …
 * 6 = Saturday); days outside the month are `null`. `today` is passed in, never read from a clock.
 */
export function monthGrid(year: number, month: number, firstDayOfWeek: number, today: DateKey): (GridDay | null)[][] {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const lead = (weekday(first) - firstDayOfWeek + 7) % 7;
  const cells: (GridDay | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const date = `${first.slice(0, 8)}${String(day).padStart(2, '0')}`;
    cells.push({ date, past: date < today, today: date === today });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (GridDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The weekdays of a grid's columns (0 = Sunday …), starting on `firstDayOfWeek`. */
export function weekdayOrder(firstDayOfWeek: number): number[] {
  return Array.from({ length: 7 }, (_, i) => (firstDayOfWeek + i) % 7);
}
