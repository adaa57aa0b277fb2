import { seg } from '../path.js';
/** The customer-facing routes of one workspace: no API key needed. */
export function publicResources(request, workspace) {
    const base = `/v1/public/${seg(workspace)}`;
    return {
        eventTypes: {
            /** Active, public event types. */
            list: (o) => request('GET', `${base}/event-types`, {}, o),
            /** One bookable event type by slug (hidden ones too). */
            get: (slug, o) => request('GET', `${base}/event-types/${seg(slug)}`, {}, o),
        },
        slots: {
            /** Free slots between two local dates (inclusive, at most 62 days), grouped by date. */
            list: ({ eventType, ...query }, o) => request('GET', `${base}/event-types/${seg(eventType)}/slots`, { query }, o),
        },
        bookings: {
            /** Books a slot; throws `SlotUnavailableError` when it is taken. Keep `manageToken`: it is shown only here. */
            create: (body, o) => request('POST', `${base}/bookings`, { body }, o),
        },
    };
}
