import { z } from 'zod';
import { instant, pagination, uuid } from './common.ts';

/** `webcal://` is how calendar apps label subscription links; it is fetched over https. */
function normalizeFeedUrl(value: string): string {
  return value.replace(/^webcals?:\/\//i, 'https://');
}

function isFeedUrl(value: string): boolean {
  const url = URL.parse(value);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !url.username && !url.password;
}

/** The address of an ICS feed (http, https or webcal); a secret, so it is never echoed back whole. */
export const feedUrl = z.string().trim().max(2048).transform(normalizeFeedUrl)
  .refine(isFeedUrl, 'must be the http(s) or webcal address of an ICS feed, without a user name or password')
  .meta({ description: 'ICS feed address (http, https or webcal)', example: 'https://calendar.google.com/calendar/ical/ada%40example.com/private-0123/basic.ics' });

/** Fields of an external calendar a client may write. */
export const calendarInput = z.object({
  hostId: uuid,
  name: z.string().trim().min(1).max(200),
  url: feedUrl,
}).strict();

/** Query of the calendar list. */
export const calendarListQuery = z.object({ ...pagination, hostId: uuid.optional() });

/** An external calendar as the API returns it (the address masked). */
export const calendarOutput = z.object({
  id: z.string(),
  hostId: z.string(),
  name: z.string(),
  url: z.string().meta({ description: 'The address with its secret parts masked, e.g. https://calendar.google.com/…/basic.ics' }),
  status: z.enum(['pending', 'ok', 'error']),
  lastSyncedAt: instant.nullable(),
  lastError: z.string().nullable().meta({ description: 'Why the last refresh failed, or what a successful one had to leave out' }),
  nextRefreshAt: instant,
  busyCount: z.number().int().meta({ description: 'Busy intervals stored by the last successful refresh' }),
  createdAt: instant,
  updatedAt: instant,
}).meta({ id: 'ExternalCalendar' });

/** A host's calendar feed address. */
export const calendarFeedOutput = z.object({
  url: z.string().meta({ description: 'Secret iCalendar subscription address of the host\'s bookings' }),
}).meta({ id: 'CalendarFeed' });
