import { seg } from '../path.ts';
import { allPages } from '../paginate.ts';
import type { Request, RequestOptions } from '../request.ts';
import type { Body, Page, Query, Schemas } from '../types.ts';

/** An external busy calendar (ICS feed) of a host; `url` is masked. */
export type ExternalCalendar = Schemas['ExternalCalendar'];
/** The secret subscription address of a host's bookings. */
export type CalendarFeed = Schemas['CalendarFeed'];
/** Filters of `calendars.list` (`hostId`, `limit`, `cursor`). */
export type CalendarListParams = Query<'listCalendars'>;

/** External busy calendars: ICS feeds whose events make a host busy. */
export function calendarsResource(request: Request) {
  const list = (query: CalendarListParams = {}, o?: RequestOptions) => request<Page<ExternalCalendar>>('GET', '/v1/calendars', { query }, o);
  return {
    /** One page of calendars, oldest first; pass `nextCursor` back as `cursor` for the next. */
    list,
    /** Every calendar, fetching page after page as the loop goes. */
    listAll: allPages(list),
    /** One calendar with its sync status. */
    get: (id: string, o?: RequestOptions) => request<ExternalCalendar>('GET', `/v1/calendars/${seg(id)}`, {}, o),
    /** Adds a feed to a host; the answer carries the status of its first fetch. */
    create: (body: Body<'createCalendar'>, o?: RequestOptions) => request<ExternalCalendar>('POST', '/v1/calendars', { body }, o),
    /** Renames it, moves it to another host or changes its address (then it is fetched again). */
    update: (id: string, body: Body<'updateCalendar'>, o?: RequestOptions) => request<ExternalCalendar>('PATCH', `/v1/calendars/${seg(id)}`, { body }, o),
    /** Removes it; its busy times free up at once. */
    delete: (id: string, o?: RequestOptions) => request<{ result: 'deleted' }>('DELETE', `/v1/calendars/${seg(id)}`, {}, o),
    /** Fetches the feed now; a failure shows in `status` and `lastError`, the last good busy times stay. */
    refresh: (id: string, o?: RequestOptions) => request<ExternalCalendar>('POST', `/v1/calendars/${seg(id)}/refresh`, {}, o),
  };
}

/** The secret iCalendar feeds of hosts' bookings, for calendar apps to subscribe to. */
export function hostFeedsResource(request: Request) {
  return {
    /** The host's current feed address. */
    get: (hostId: string, o?: RequestOptions) => request<CalendarFeed>('GET', `/v1/hosts/${seg(hostId)}/calendar-feed`, {}, o),
    /** Replaces the address; the old one stops working at once. */
    rotate: (hostId: string, o?: RequestOptions) => request<CalendarFeed>('POST', `/v1/hosts/${seg(hostId)}/calendar-feed/rotate`, {}, o),
  };
}
