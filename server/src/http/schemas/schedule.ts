import { z } from 'zod';
import { instant, localDate, timeZone, wallTime } from './common.ts';

const interval = z.object({ start: wallTime, end: wallTime }).refine((i) => i.start < i.end, { message: 'end must be after start', path: ['end'] });

/** A weekly rule of a schedule. */
export const weeklyRule = z.object({ day: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), start: wallTime, end: wallTime })
  .refine((r) => r.start < r.end, { message: 'end must be after start', path: ['end'] });

const override = z.object({ date: localDate, intervals: z.array(interval).max(24) });
const blackout = z.object({ start: instant, end: instant })
  .refine((b) => Date.parse(b.start) < Date.parse(b.end), { message: 'end must be after start', path: ['end'] });

/** Fields of a schedule a client may write. */
export const scheduleInput = z.object({
  name: z.string().trim().min(1).max(200),
  timezone: timeZone,
  weekly: z.array(weeklyRule).max(100).default([]),
  overrides: z.array(override).max(1000).default([]),
  blackouts: z.array(blackout).max(1000).default([]),
}).strict();

/** A schedule as the API returns it. */
export const scheduleOutput = z.object({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
  weekly: z.array(z.object({ day: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), start: z.string(), end: z.string() })),
  overrides: z.array(z.object({ date: z.string(), intervals: z.array(z.object({ start: z.string(), end: z.string() })) })),
  blackouts: z.array(z.object({ start: z.string(), end: z.string() })),
  archived: z.boolean(),
}).meta({ id: 'Schedule' });
