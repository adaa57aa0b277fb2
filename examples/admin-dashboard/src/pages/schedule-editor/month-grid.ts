/** One cell of a month grid: a local date (`YYYY-MM-DD`), or null for padding before the 1st and after the last day. */
export type MonthCell = string | null;

/** `YYYY-MM-DD` of a year, month (1–12) and day. */
export function localDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The weeks of a month as rows of seven cells, starting on Monday (ISO), padded with null.
 * Pure calendar arithmetic in UTC, so the machine's time zone never shifts a date.
 */
export function monthGrid(year: number, month: number): MonthCell[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: MonthCell[] = [...Array<null>(firstWeekday).fill(null), ...Array.from({ length: days }, (_x, i) => localDate(year, month, i + 1))];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_x, w) => cells.slice(w * 7, w * 7 + 7));
}

/** The month after (`+1`) or before (`-1`) a year and month. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The same day `delta` months away, clamped to the last day of a shorter month (31 Jan + 1 month = 28 Feb). */
export function shiftMonth(date: string, delta: number): string {
  const { year, month } = addMonths(Number(date.slice(0, 4)), Number(date.slice(5, 7)), delta);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return localDate(year, month, Math.min(Number(date.slice(8, 10)), last));
}

/**
 * Where a key moves the focus in a month grid (weeks from Monday): arrows by day and week,
 * Home/End to the week's Monday/Sunday, PageUp/PageDown by month; undefined for other keys.
 */
export function dateForKey(key: string, date: string): string | undefined {
  const day = (offset: number) => new Date(Date.parse(`${date}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  switch (key) {
    case 'ArrowLeft': return day(-1);
    case 'ArrowRight': return day(1);
    case 'ArrowUp': return day(-7);
    case 'ArrowDown': return day(7);
    case 'Home': return day(-weekday);
    case 'End': return day(6 - weekday);
    case 'PageUp': return shiftMonth(date, -1);
    case 'PageDown': return shiftMonth(date, 1);
    default: return undefined;
  }
}
