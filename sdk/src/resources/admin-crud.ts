import { seg } from '../path.ts';
import type { Request, RequestOptions } from '../request.ts';

/** The list query of hosts, schedules and event types: archived ones with `{ archived: true }`. */
export interface ArchivedQuery {
  archived?: boolean | 'true' | 'false';
}

/** The six calls of an admin resource (hosts, schedules, event types). */
export function adminCrud<Item, CreateInput, UpdateInput>(request: Request, base: string) {
  return {
    /** Every item of the workspace (archived ones with `{ archived: true }`). */
    list: (query?: ArchivedQuery, o?: RequestOptions) => request<{ data: Item[]; nextCursor: null }>('GET', base, { query: { ...query } }, o),
    /** One item by id. */
    get: (id: string, o?: RequestOptions) => request<Item>('GET', `${base}/${seg(id)}`, {}, o),
    /** Creates an item. */
    create: (body: CreateInput, o?: RequestOptions) => request<Item>('POST', base, { body }, o),
    /** Changes the given fields. */
    update: (id: string, body: UpdateInput, o?: RequestOptions) => request<Item>('PATCH', `${base}/${seg(id)}`, { body }, o),
    /** Deletes it, or archives it when bookings still reference it. */
    delete: (id: string, o?: RequestOptions) => request<{ result: 'deleted' | 'archived' }>('DELETE', `${base}/${seg(id)}`, {}, o),
    /** Brings an archived item back. */
    restore: (id: string, o?: RequestOptions) => request<Item>('POST', `${base}/${seg(id)}/restore`, {}, o),
  };
}

/** The calls of an admin resource with its item, create and update types. */
export type AdminCrud<Item, CreateInput, UpdateInput> = ReturnType<typeof adminCrud<Item, CreateInput, UpdateInput>>;
