import { z } from 'zod';
import { timeZone, uuid } from './common.ts';

/** Fields of a host a client may write. */
export const hostInput = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254).nullable().optional(),
  timezone: timeZone,
  scheduleId: uuid.nullable().optional(),
}).strict();

/** A host as the API returns it. */
export const hostOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  timezone: z.string(),
  scheduleId: z.string().nullable(),
  archived: z.boolean(),
}).meta({ id: 'Host' });
