import type { Request, RequestOptions } from '../request.ts';
import type { Body, Page, Query, Schemas } from '../types.ts';
/** An external busy calendar (ICS feed) of a host; `url` is masked. */
export type ExternalCalendar = Schemas['ExternalCalendar'];
/** The secret subscription address of a host's bookings. */
export type CalendarFeed = Schemas['CalendarFeed'];
/** Filters of `calendars.list` (`hostId`, `limit`, `cursor`). */
export type CalendarListParams = Query<'listCalendars'>;
/** External busy calendars: ICS feeds whose events make a host busy. */
export declare function calendarsResource(request: Request): {
    /** One page of calendars, oldest first; pass `nextCursor` back as `cursor` for the next. */
    list: (query?: CalendarListParams, o?: RequestOptions) => Promise<Page<{
        id: string;
        hostId: string;
        name: string;
        url: string;
        status: "pending" | "ok" | "error";
        lastSyncedAt: string | null;
        lastError: string | null;
        nextRefreshAt: string;
        busyCount: number;
        createdAt: string;
        updatedAt: string;
    }>>;
    /** Every calendar, fetching page after page as the loop goes. */
    listAll: (query?: Omit<{
        cursor?: string | undefined;
    }, "cursor">, o?: RequestOptions) => AsyncGenerator<{
        id: string;
        hostId: string;
        name: string;
        url: string;
        status: "pending" | "ok" | "error";
        lastSyncedAt: string | null;
        lastError: string | null;
        nextRefreshAt: string;
        busyCount: number;
        createdAt: string;
        updatedAt: string;
    }, void, undefined>;
    /** One calendar with its sync status. */
    get: (id: string, o?: RequestOptions) => Promise<{
        id: string;
        hostId: string;
        name: string;
        url: string;
        status: "pending" | "ok" | "error";
        lastSyncedAt: string | null;
        lastError: string | null;
        nextRefreshAt: string;
        busyCount: number;
        createdAt: string;
        updatedAt: string;
    }>;
    /** Adds a feed to a host; the answer carries the status of its first fetch. */
    create: (body: Body<'createCalendar'>, o?: RequestOptions) => Promise<{
        id: string;
        hostId: string;
        name: string;
        url: string;
        status: "pending" | "ok" | "error";
        lastSyncedAt: string | null;
        lastError: string | null;
        nextRefreshAt: string;
        busyCount: number;
        createdAt: string;
        updatedAt: string;
    }>;
    /** Renames it, moves it to another host or changes its address (then it is fetched again). */
    update: (id: string, body: Body<'updateCalendar'>, o?: RequestOptions) => Promise<{
        id: string;
        hostId: string;
        name: string;
        url: string;
        status: "pending" | "ok" | "error";
        lastSyncedAt: string | null;
        lastError: string | null;
        nextRefreshAt: string;
        busyCount: number;
        createdAt: string;
        updatedAt: string;
    }>;
    /** Removes it; its busy times free up at once. */
    delete: (id: string, o?: RequestOptions) => Promise<{
        result: 'deleted';
    }>;
    /** Fetches the feed now; a failure shows in `status` and `lastError`, the last good busy times stay. */
    refresh: (id: string, o?: RequestOptions) => Promise<{
        id: string;
        hostId: string;
        name: string;
        url: string;
        status: "pending" | "ok" | "error";
        lastSyncedAt: string | null;
        lastError: string | null;
        nextRefreshAt: string;
        busyCount: number;
        createdAt: string;
        updatedAt: string;
    }>;
};
/** The secret iCalendar feeds of hosts' bookings, for calendar apps to subscribe to. */
export declare function hostFeedsResource(request: Request): {
    /** The host's current feed address. */
    get: (hostId: string, o?: RequestOptions) => Promise<{
        url: string;
    }>;
    /** Replaces the address; the old one stops working at once. */
    rotate: (hostId: string, o?: RequestOptions) => Promise<{
        url: string;
    }>;
};
