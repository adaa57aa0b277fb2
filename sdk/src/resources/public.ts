import { seg } from '../path.ts';
import type { Request, RequestOptions } from '../request.ts';
import type { Body, BookingCreated, EventTypePublic, PriceQuote, Query, Slots } from '../types.ts';

/** What `slots.list` takes: the event type's slug plus the slot query (`from`/`to` are local dates in `timezone`). */
export type SlotsListParams = { eventType: string } & Query<'listSlots'>;

/** A public booking request (`POST /v1/public/{workspace}/bookings`). */
export type PublicBookingInput = Body<'createPublicBooking'>;


/** The customer-facing routes of one workspace: no API key needed. */
export function publicResources(request: Request, workspace: string) {
  const base = `/v1/public/${seg(workspace)}`;
  return {
    eventTypes: {
      /** Active, public event types. */
      list: (o?: RequestOptions) => request<{ data: EventTypePublic[] }>('GET', `${base}/event-types`, {}, o),
      /** One bookable event type by slug (hidden ones too). */
      get: (slug: string, o?: RequestOptions) => request<EventTypePublic>('GET', `${base}/event-types/${seg(slug)}`, {}, o),
      /** The price of `seats` seats (default 1), for a customer `role` when given. */
      quote: (slug: string, query: Query<'quotePrice'> = {}, o?: RequestOptions) =>
        request<PriceQuote>('GET', `${base}/event-types/${seg(slug)}/price`, { query }, o),
    },
    slots: {
      /** Free slots between two local dates (inclusive, at most 62 days), grouped by date. */
      list: ({ eventType, ...query }: SlotsListParams, o?: RequestOptions) =>
        request<Slots>('GET', `${base}/event-types/${seg(eventType)}/slots`, { query }, o),
    },
    bookings: {
      /** Books a slot; throws `SlotUnavailableError` when it is taken. Keep `manageToken`: it is shown only here. */
      create: (body: PublicBookingInput, o?: RequestOptions) => request<BookingCreated>('POST', `${base}/bookings`, { body }, o),
    },
  };
}

/** The public resources of one workspace, as returned by `slotkit.public(workspace)`. */
export type PublicResources = ReturnType<typeof publicResources>;
