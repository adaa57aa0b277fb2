import { addDays, addMonths, type DateKey, weekday } from './date-key.ts';

/**
 * The date a key press moves focus to in a date grid, per the WAI-ARIA date picker dialog
 * pattern (https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/examples/datepicker-dialog/):
 * arrows move a day or a week (left and right swap in right-to-left layouts), Home/End go to
 * the first/last day of the week, PageUp/PageDown a month (with Shift, a year). `null` for
 * any other key.
 */
export function focusTarget(key: string, from: DateKey, options: { firstDayOfWeek: number; rtl?: boolean; shiftKey?: boolean }): DateKey | null {
  const ahead = options.rtl ? -1 : 1;
  switch (key) {
    case 'ArrowRight': return addDays(from, ahead);
    case 'ArrowLeft': return addDays(from, -ahead);
    case 'ArrowDown': return addDays(from, 7);
    case 'ArrowUp': return addDays(from, -7);
    case 'Home': return addDays(from, -((weekday(from) - options.firstDayOfWeek + 7) % 7));
    case 'End': return addDays(from, 6 - ((weekday(from) - options.firstDayOfWeek + 7) % 7));
    case 'PageUp': return addMonths(from, options.shiftKey ? -12 : -1);
    case 'PageDown': return addMonths(from, options.shiftKey ? 12 : 1);
    default: return null;
  }
}
