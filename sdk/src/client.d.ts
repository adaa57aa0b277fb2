import { type Request, type RequestOptions } from './request.ts';
import { type AdminCrud } from './resources/admin-crud.ts';
import { bookingsResource } from './resources/bookings.ts';
import { calendarsResource, hostFeedsResource } from './resources/calendars.ts';
import { type ManageResource } from './resources/manage.ts';
import { type PublicResources } from './resources/public.ts';
import { jobsResource, outboxResource, webhooksResource } from './resources/webhooks.ts';
import { apiKeysResource, workspaceResource } from './resources/workspace.ts';
import type { Body, EventType, Host, Schedule } from './types.ts';
/** Options of `new Slotkit()`. */
export interface SlotkitOptions {
    /** The server, e.g. `https://book.example.com`. */
    baseUrl: string;
    /** An admin API key (`sk_...`), needed for admin resources only; never ship one to browsers. */
    apiKey?: string;
    /** A `fetch` implementation; defaults to the global one. */
    fetch?: typeof fetch;
    /** Milliseconds per attempt before a `TimeoutError` (default 30 000). */
    timeout?: number;
    /** Retries after network errors, timeouts, 429 and 5xx (default 2). */
    maxRetries?: number;
}
/**
 * The customer-facing part of the API: a workspace's event types, slots and booking, and
 * manage links. No API key needed; safe in browsers. Bundlers keep only this when nothing
 * admin is used, which is what the booking widget ships.
 */
export declare class SlotkitPublic {
    #private;
    /** Sends any API call through the client's retries, timeouts and error mapping. */
    readonly request: Request;
    constructor(options: SlotkitOptions);
    /** The customer-facing routes of a workspace (by slug): event types, slots, booking. */
    public(workspace: string): PublicResources;
    /** One booking, managed with the token `bookings.create` returned. */
    manage(uid: string, token: string): ManageResource;
}
/** The Slotkit API client: public booking routes, manage links and admin resources. */
export declare class Slotkit extends SlotkitPublic {
    /** The caller's workspace. */
    readonly workspace: ReturnType<typeof workspaceResource>;
    /** Hosts who take bookings. */
    readonly hosts: AdminCrud<Host, Body<'createHost'>, Body<'updateHost'>>;
    /** Weekly availability schedules. */
    readonly schedules: AdminCrud<Schedule, Body<'createSchedule'>, Body<'updateSchedule'>>;
    /** Event types with their admin settings. */
    readonly eventTypes: AdminCrud<EventType, Body<'createEventType'>, Body<'updateEventType'>>;
    /** API keys of the workspace. */
    readonly apiKeys: ReturnType<typeof apiKeysResource>;
    /** Bookings of the workspace. */
    readonly bookings: ReturnType<typeof bookingsResource>;
    /** External busy calendars (ICS feeds) of hosts. */
    readonly calendars: ReturnType<typeof calendarsResource>;
    /** Secret calendar feed addresses of hosts' bookings. */
    readonly hostFeeds: ReturnType<typeof hostFeedsResource>;
    /** Webhook endpoints and their delivery log. */
    readonly webhooks: ReturnType<typeof webhooksResource>;
    /** Emails sent (or kept in the outbox). */
    readonly outbox: ReturnType<typeof outboxResource>;
    /** Dead background jobs. */
    readonly jobs: ReturnType<typeof jobsResource>;
    constructor(options: SlotkitOptions);
}
export type { RequestOptions };
