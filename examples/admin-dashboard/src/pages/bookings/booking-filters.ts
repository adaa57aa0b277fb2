import type { BookingListParams } from '@slotkit/sdk';
import { addDays, isLocalDate, zonedInstant } from '../../app/zoned-time.ts';

/** The booking list's filters as they live in the hash query. */
export interface BookingFilters {
  status?: string;
  /** First local date (workspace time zone), inclusive. */
  from?: string;
  /** Last local date, inclusive. */
  to?: string;
  eventType?: string;
  host?: string;
  q?: string;
}

/** The names of the filter params, in the order they appear in the URL. */
export const FILTER_KEYS = ['status', 'from', 'to', 'eventType', 'host', 'q'] as const;

/** The filters found in hash params (unknown keys and empty values dropped, bad dates ignored). */
export function filtersFromParams(params: Record<string, string | undefined>): BookingFilters {
  const filters: BookingFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params[key]?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !isLocalDate(value)) continue;
    filters[key] = value;
  }
  return filters;
}

/**
 * The list API's query for the filters: local dates become instants in the workspace's time
 * zone (`to` is inclusive, so it becomes the start of the next day), so a booking at 00:30 on
 * the last day is in the range wherever the browser is.
 */
export function listQuery(filters: BookingFilters, timeZone: string): BookingListParams {
  const query: BookingListParams = {};
  if (filters.status) query.status = filters.status;
  if (filters.from) query.from = zonedInstant(filters.from, timeZone).toISOString();
  if (filters.to) query.to = zonedInstant(addDays(filters.to, 1), timeZone).toISOString();
  if (filters.eventType) query.eventType = filters.eventType;
  if (filters.host) query.host = filters.host;
  if (filters.q) query.q = filters.q;
  return query;
}

/** A file name for an export of these filters, e.g. `bookings-2026-12-01-to-2026-12-31.csv`. */
export function exportFileName(filters: BookingFilters, today: string): string {
  const range = filters.from || filters.to ? `${filters.from ?? 'start'}-to-${filters.to ?? 'end'}` : today;
  return `bookings-${range}.csv`;
}
