import { daysBetween } from '@slotkit/core';
import { AppError } from '../../errors.ts';

/** Period sizes of the analytics series; weeks are ISO weeks (Monday first). */
export const GROUP_BY = ['day', 'week', 'month'] as const;
/** A period size of the analytics series. */
export type GroupBy = (typeof GROUP_BY)[number];

/** The longest range one analytics request covers, in days (two years, one of them leap). */
export const MAX_ANALYTICS_DAYS = 731;

/** Which bookings an analytics request counts: an inclusive range of local dates in `timezone`, and filters. */
export interface AnalyticsRange {
  from: string;
  to: string;
  timezone: string;
  groupBy: GroupBy;
  eventTypeId?: string | undefined;
  hostId?: string | undefined;
  /** Only bookings of these hosts (a staff member's); null: every host. */
  hostIds: readonly string[] | null;
}

/** Refuses a range that ends before it starts or spans more than {@link MAX_ANALYTICS_DAYS} days. */
export function assertAnalyticsRange(from: string, to: string): void {
  const span = daysBetween(from, to);
  if (span < 0) throw AppError.validation([{ path: 'to', message: 'must not be before from' }]);
  if (span >= MAX_ANALYTICS_DAYS) throw AppError.validation([{ path: 'to', message: `the range is at most ${MAX_ANALYTICS_DAYS} days` }]);
}
