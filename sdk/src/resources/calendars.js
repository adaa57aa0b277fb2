import { seg } from '../path.js';
import { allPages } from '../paginate.js';
/** External busy calendars: ICS feeds whose events make a host busy. */
export function calendarsResource(request) {
    const list = (query = {}, o) => request('GET', '/v1/calendars', { query }, o);
    return {
        /** One page of calendars, oldest first; pass `nextCursor` back as `cursor` for the next. */
        list,
        /** Every calendar, fetching page after page as the loop goes. */
        listAll: allPages(list),
        /** One calendar with its sync status. */
        get: (id, o) => request('GET', `/v1/calendars/${seg(id)}`, {}, o),
        /** Adds a feed to a host; the answer carries the status of its first fetch. */
        create: (body, o) => request('POST', '/v1/calendars', { body }, o),
        /** Renames it, moves it to another host or changes its address (then it is fetched again). */
        update: (id, body, o) => request('PATCH', `/v1/calendars/${seg(id)}`, { body }, o),
        /** Removes it; its busy times free up at once. */
        delete: (id, o) => request('DELETE', `/v1/calendars/${seg(id)}`, {}, o),
        /** Fetches the feed now; a failure shows in `status` and `lastError`, the last good busy times stay. */
        refresh: (id, o) => request('POST', `/v1/calendars/${seg(id)}/refresh`, {}, o),
    };
}
/** The secret iCalendar feeds of hosts' bookings, for calendar apps to subscribe to. */
export function hostFeedsResource(request) {
    return {
        /** The host's current feed address. */
        get: (hostId, o) => request('GET', `/v1/hosts/${seg(hostId)}/calendar-feed`, {}, o),
        /** Replaces the address; the old one stops working at once. */
        rotate: (hostId, o) => request('POST', `/v1/hosts/${seg(hostId)}/calendar-feed/rotate`, {}, o),
    };
}
