import { z } from 'zod';
import { BOOKING_STATUSES } from '../../db/entities/index.ts';
import { GROUP_BY } from '../../services/analytics/range.ts';
import { localDate, money, timeZone, uuid } from './common.ts';

/** Query of the booking analytics: an inclusive range of local dates, a bucket size and filters. */
export const analyticsQuery = z.object({
  from: localDate,
  to: localDate,
  groupBy: z.enum(GROUP_BY).default('day'),
  eventType: uuid.optional(),
  host: uuid.optional(),
  timezone: timeZone.optional(),
});

const byStatus = z.object(Object.fromEntries(BOOKING_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof BOOKING_STATUSES)[number], z.ZodNumber>)
  .meta({ id: 'BookingCountsByStatus', description: 'Bookings per status (every status, zeros included)' });

/** The booking analytics of a range, as the API returns it. */
export const analyticsOutput = z.object({
  from: z.string(),
  to: z.string(),
  timezone: z.string(),
  groupBy: z.enum(GROUP_BY),
  totals: z.object({
    bookings: z.number().int(),
    byStatus,
    cancellationRate: z.number().meta({ description: 'cancelled / bookings (0 without bookings), 4 decimals' }),
    noShowRate: z.number().meta({ description: 'no_show / (completed + no_show) (0 when both are 0), 4 decimals' }),
    leadTimeHours: z.object({ mean: z.number(), median: z.number(), p90: z.number() }).nullable()
      .meta({ description: 'Hours from booking to start, 2 decimals; null without bookings' }),
    revenue: z.array(money),
  }),
  series: z.array(z.object({
    period: z.string().meta({ description: 'First local date of the period (weeks start on Monday)' }),
    bookings: z.number().int(),
    byStatus,
    revenue: z.array(money),
  })),
  byEventType: z.array(z.object({ id: z.string(), slug: z.string(), title: z.string(), bookings: z.number().int(), cancelled: z.number().int(), revenue: z.array(money) })),
  byHost: z.array(z.object({ id: z.string(), name: z.string(), bookings: z.number().int(), cancelled: z.number().int(), noShow: z.number().int() })),
  weekdayHour: z.array(z.object({
    weekday: z.number().int().min(1).max(7).meta({ description: 'ISO weekday, Monday = 1' }),
    hour: z.number().int().min(0).max(23),
    bookings: z.number().int(),
  })),
}).meta({ id: 'BookingAnalytics' });
