import type { Request, RequestOptions } from '../request.ts';
/** The list query of hosts, schedules and event types: archived ones with `{ archived: 'true' }`. */
export interface ArchivedQuery {
    archived?: 'true' | 'false';
}
/** The six calls of an admin resource (hosts, schedules, event types). */
export declare function adminCrud<Item, CreateInput, UpdateInput>(request: Request, base: string): {
    /** Every item of the workspace (archived ones with `{ archived: 'true' }`). */
    list: (query?: ArchivedQuery, o?: RequestOptions) => Promise<{
        data: Item[];
        nextCursor: null;
    }>;
    /** One item by id. */
    get: (id: string, o?: RequestOptions) => Promise<Item>;
    /** Creates an item. */
    create: (body: CreateInput, o?: RequestOptions) => Promise<Item>;
    /** Changes the given fields. */
    update: (id: string, body: UpdateInput, o?: RequestOptions) => Promise<Item>;
    /** Deletes it, or archives it when bookings still reference it. */
    delete: (id: string, o?: RequestOptions) => Promise<{
        result: 'deleted' | 'archived';
    }>;
    /** Brings an archived item back. */
    restore: (id: string, o?: RequestOptions) => Promise<Item>;
};
/** The calls of an admin resource with its item, create and update types. */
export type AdminCrud<Item, CreateInput, UpdateInput> = ReturnType<typeof adminCrud<Item, CreateInput, UpdateInput>>;
