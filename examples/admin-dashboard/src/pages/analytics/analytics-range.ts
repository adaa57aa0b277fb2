import { addDays, daysBetween, isLocalDate, startOfMonth } from '../../app/zoned-time.ts';

/** The range presets of the picker. */
export type RangePreset = '7d' | '30d' | '90d' | 'month' | 'custom';

/** Labels of the presets. */
export const RANGE_PRESETS: readonly { value: RangePreset; label: string }[] = [
  { value: '7d', label: 'Last 7 days' },
  { value: '30d', label: 'Last 30 days' },
  { value: '90d', label: 'Last 90 days' },
  { value: 'month', label: 'This month' },
  { value: 'custom', label: 'Custom range' },
];

/** The longest range the analytics API answers, in days. */
export const MAX_RANGE_DAYS = 731;

/** A resolved range: inclusive local dates, or why the custom one is not usable. */
export type ResolvedRange = { ok: true; preset: RangePreset; from: string; to: string } | { ok: false; preset: 'custom'; from?: string; to?: string; error: string };

/**
 * The dates of a preset relative to `today` (inclusive, `today` last), or the custom
 * `from`–`to` when both are real dates in order and at most two years apart.
 */
export function resolveRange(params: Record<string, string | undefined>, today: string): ResolvedRange {
  const preset = (RANGE_PRESETS.some((p) => p.value === params.range) ? params.range : '30d') as RangePreset;
  switch (preset) {
    case '7d': return { ok: true, preset, from: addDays(today, -6), to: today };
    case '30d': return { ok: true, preset, from: addDays(today, -29), to: today };
    case '90d': return { ok: true, preset, from: addDays(today, -89), to: today };
    case 'month': return { ok: true, preset, from: startOfMonth(today), to: today };
    case 'custom': {
      const { from, to } = params;
      if (!isLocalDate(from) || !isLocalDate(to)) return { ok: false, preset, error: 'Choose a start and an end date.', ...(isLocalDate(from) ? { from } : {}), ...(isLocalDate(to) ? { to } : {}) };
      if (to < from) return { ok: false, preset, from, to, error: 'The end date is before the start date.' };
      if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) return { ok: false, preset, from, to, error: 'Choose at most two years.' };
      return { ok: true, preset, from, to };
    }
  }
}

/** A sensible grouping for a range's length: days up to ~2 months, weeks up to ~6 months, then months. */
export function defaultGroupBy(from: string, to: string): 'day' | 'week' | 'month' {
  const days = daysBetween(from, to) + 1;
  return days <= 62 ? 'day' : days <= 190 ? 'week' : 'month';
}
