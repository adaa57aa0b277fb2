import { seg } from '../path.ts';
import { allPages } from '../paginate.ts';
import type { Request, RequestOptions } from '../request.ts';
import type { Body, Booking, BookingCreated, BookingDetail, Page, Query, Schemas } from '../types.ts';

/** Filters of `bookings.list` (`status`, `from`, `to`, `eventType`, `host`, `q`, `limit`, `cursor`). */
export type BookingListParams = Query<'listBookings'>;

/** An optional reason, for cancel, confirm, decline, no-show and complete. */
export type ReasonInput = Body<'cancelBooking'>;

/** Body of `bookings.bulk`: `cancel`, `confirm` or `decline` for 1 to 100 uids, with an optional reason. */
export type BulkBookingInput = Body<'bulkBookings'>;

/** What `bookings.bulk` returns: per uid, in order, the booking or the error it met. */
export type BulkBookingResults = Schemas['BulkBookingResults'];

/** An internal note in a booking's history. */
export type BookingNote = Schemas['BookingNote'];

/** The workspace's bookings, for admins. */
export function bookingsResource(request: Request) {
  const action = (name: string) => (uid: string, body: ReasonInput = {}, o?: RequestOptions) =>
    request<Booking>('POST', `/v1/bookings/${seg(uid)}/${name}`, { body }, o);
  const list = (query: BookingListParams = {}, o?: RequestOptions) => request<Page<Booking>>('GET', '/v1/bookings', { query }, o);
  return {
    /** One page of bookings by start time; pass `nextCursor` back as `cursor` for the next. */
    list,
    /** Every matching booking, fetching page after page as the loop goes. */
    listAll: allPages(list),
    /** One booking with its full history. */
    get: (uid: string, o?: RequestOptions) => request<BookingDetail>('GET', `/v1/bookings/${seg(uid)}`, {}, o),
    /** Books on behalf of a customer (same rules as customers). */
    create: (body: Body<'createBooking'>, o?: RequestOptions) => request<BookingCreated>('POST', '/v1/bookings', { body }, o),
    /** Cancels; the slot frees at once. */
    cancel: action('cancel'),
    /** Moves to another free slot; the uid stays. */
    reschedule: (uid: string, body: Body<'rescheduleBooking'>, o?: RequestOptions) =>
      request<Booking>('POST', `/v1/bookings/${seg(uid)}/reschedule`, { body }, o),
    /** Confirms a booking that awaits confirmation. */
    confirm: action('confirm'),
    /** Declines a booking that awaits confirmation. */
    decline: action('decline'),
    /** Marks that the attendee did not show up. */
    noShow: action('no-show'),
    /** Marks the booking as completed. */
    complete: action('complete'),
    /** Cancels, confirms or declines up to 100 bookings, each on its own; one failure leaves the others done. */
    bulk: (body: BulkBookingInput, o?: RequestOptions) => request<BulkBookingResults>('POST', '/v1/bookings/bulk', { body }, o),
    /** Adds an internal note to the booking's history (never shown to the customer, emailed or sent to webhooks). */
    addNote: (uid: string, text: string, o?: RequestOptions) => request<BookingNote>('POST', `/v1/bookings/${seg(uid)}/notes`, { body: { text } }, o),
  };
}
