import { seg } from '../path.js';
/** The six calls of an admin resource (hosts, schedules, event types). */
export function adminCrud(request, base) {
    return {
        /** Every item of the workspace (archived ones with `{ archived: 'true' }`). */
        list: (query, o) => request('GET', base, { query: { ...query } }, o),
        /** One item by id. */
        get: (id, o) => request('GET', `${base}/${seg(id)}`, {}, o),
        /** Creates an item. */
        create: (body, o) => request('POST', base, { body }, o),
        /** Changes the given fields. */
        update: (id, body, o) => request('PATCH', `${base}/${seg(id)}`, { body }, o),
        /** Deletes it, or archives it when bookings still reference it. */
        delete: (id, o) => request('DELETE', `${base}/${seg(id)}`, {}, o),
        /** Brings an archived item back. */
        restore: (id, o) => request('POST', `${base}/${seg(id)}/restore`, {}, o),
    };
}
