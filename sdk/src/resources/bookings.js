import { seg } from '../path.js';
import { allPages } from '../paginate.js';
/** The workspace's bookings, for admins. */
export function bookingsResource(request) {
    const action = (name) => (uid, body = {}, o) => request('POST', `/v1/bookings/${seg(uid)}/${name}`, { body }, o);
    const list = (query = {}, o) => request('GET', '/v1/bookings', { query }, o);
    return {
        /** One page of bookings by start time; pass `nextCursor` back as `cursor` for the next. */
        list,
        /** Every matching booking, fetching page after page as the loop goes. */
        listAll: allPages(list),
        /** One booking with its full history. */
        get: (uid, o) => request('GET', `/v1/bookings/${seg(uid)}`, {}, o),
        /** Books on behalf of a customer (same rules as customers). */
        create: (body, o) => request('POST', '/v1/bookings', { body }, o),
        /** Cancels; the slot frees at once. */
        cancel: action('cancel'),
        /** Moves to another free slot; the uid stays. */
        reschedule: (uid, body, o) => request('POST', `/v1/bookings/${seg(uid)}/reschedule`, { body }, o),
        /** Confirms a booking that awaits confirmation. */
        confirm: action('confirm'),
        /** Declines a booking that awaits confirmation. */
        decline: action('decline'),
        /** Marks that the attendee did not show up. */
        noShow: action('no-show'),
        /** Marks the booking as completed. */
        complete: action('complete'),
    };
}
