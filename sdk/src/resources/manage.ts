import { seg } from '../path.ts';
import type { Request, RequestOptions } from '../request.ts';
import type { Body, Booking, Result } from '../types.ts';

/** One booking, managed by the customer with its manage token. */
export function manageResource(request: Request, baseUrl: string, uid: string, token: string) {
  const path = `/v1/public/bookings/${seg(uid)}`;
  const call = { headers: { 'x-manage-token': token } };
  return {
    /** The booking. */
    get: (o?: RequestOptions) => request<Booking>('GET', path, call, o),
    /** Cancels it; the slot frees at once. Throws `BookingNotModifiableError` once it ended or was cancelled. */
    cancel: (body: Body<'cancelManagedBooking'> = {}, o?: RequestOptions) => request<Booking>('POST', `${path}/cancel`, { ...call, body }, o),
    /** Moves it to another free slot; the uid and manage link stay. */
    reschedule: (body: Body<'rescheduleManagedBooking'>, o?: RequestOptions) => request<Booking>('POST', `${path}/reschedule`, { ...call, body }, o),
    /** The Stripe Checkout link of a booking still waiting for its payment (`pending_payment`); 409 otherwise. */
    checkout: (o?: RequestOptions) => request<Result<'checkoutManagedBooking'>>('POST', `${path}/checkout`, call, o),
    /** The iCalendar invite as text (METHOD:CANCEL once cancelled). */
    calendar: (o?: RequestOptions) => request<string>('GET', `${path}/calendar.ics`, { ...call, headers: { ...call.headers, accept: 'text/calendar' } }, o),
    /** A link to the iCalendar invite, with the token in the query, for "add to calendar" buttons. */
    calendarUrl: () => `${baseUrl.replace(/\/+$/, '')}${path}/calendar.ics?token=${encodeURIComponent(token)}`,
  };
}

/** A managed booking, as returned by `slotkit.manage(uid, token)`. */
export type ManageResource = ReturnType<typeof manageResource>;
