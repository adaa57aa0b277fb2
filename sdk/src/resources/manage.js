import { seg } from '../path.js';
/** One booking, managed by the customer with its manage token. */
export function manageResource(request, baseUrl, uid, token) {
    const path = `/v1/public/bookings/${seg(uid)}`;
    const call = { headers: { 'x-manage-token': token } };
    return {
        /** The booking. */
        get: (o) => request('GET', path, call, o),
        /** Cancels it; the slot frees at once. Throws `BookingNotModifiableError` once it ended or was cancelled. */
        cancel: (body = {}, o) => request('POST', `${path}/cancel`, { ...call, body }, o),
        /** Moves it to another free slot; the uid and manage link stay. */
        reschedule: (body, o) => request('POST', `${path}/reschedule`, { ...call, body }, o),
        /** The iCalendar invite as text (METHOD:CANCEL once cancelled). */
        calendar: (o) => request('GET', `${path}/calendar.ics`, { ...call, headers: { ...call.headers, accept: 'text/calendar' } }, o),
        /** A link to the iCalendar invite, with the token in the query, for "add to calendar" buttons. */
        calendarUrl: () => `${baseUrl.replace(/\/+$/, '')}${path}/calendar.ics?token=${encodeURIComponent(token)}`,
    };
}
