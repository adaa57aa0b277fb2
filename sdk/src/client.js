import { createRequest } from './request.js';
import { adminCrud } from './resources/admin-crud.js';
import { bookingsResource } from './resources/bookings.js';
import { calendarsResource, hostFeedsResource } from './resources/calendars.js';
import { manageResource } from './resources/manage.js';
import { publicResources } from './resources/public.js';
import { jobsResource, outboxResource, webhooksResource } from './resources/webhooks.js';
import { apiKeysResource, workspaceResource } from './resources/workspace.js';
/**
 * The customer-facing part of the API: a workspace's event types, slots and booking, and
 * manage links. No API key needed; safe in browsers. Bundlers keep only this when nothing
 * admin is used, which is what the booking widget ships.
 */
export class SlotkitPublic {
    /** Sends any API call through the client's retries, timeouts and error mapping. */
    request;
    #baseUrl;
    constructor(options) {
        this.request = createRequest(options);
        this.#baseUrl = options.baseUrl;
    }
    /** The customer-facing routes of a workspace (by slug): event types, slots, booking. */
    public(workspace) {
        return publicResources(this.request, workspace);
    }
    /** One booking, managed with the token `bookings.create` returned. */
    manage(uid, token) {
        return manageResource(this.request, this.#baseUrl, uid, token);
    }
}
/** The Slotkit API client: public booking routes, manage links and admin resources. */
export class Slotkit extends SlotkitPublic {
    /** The caller's workspace. */
    workspace;
    /** Hosts who take bookings. */
    hosts;
    /** Weekly availability schedules. */
    schedules;
    /** Event types with their admin settings. */
    eventTypes;
    /** API keys of the workspace. */
    apiKeys;
    /** Bookings of the workspace. */
    bookings;
    /** External busy calendars (ICS feeds) of hosts. */
    calendars;
    /** Secret calendar feed addresses of hosts' bookings. */
    hostFeeds;
    /** Webhook endpoints and their delivery log. */
    webhooks;
    /** Emails sent (or kept in the outbox). */
    outbox;
    /** Dead background jobs. */
    jobs;
    constructor(options) {
        super(options);
        const request = this.request;
        this.workspace = workspaceResource(request);
        this.hosts = adminCrud(request, '/v1/hosts');
        this.schedules = adminCrud(request, '/v1/schedules');
        this.eventTypes = adminCrud(request, '/v1/event-types');
        this.apiKeys = apiKeysResource(request);
        this.bookings = bookingsResource(request);
        this.calendars = calendarsResource(request);
        this.hostFeeds = hostFeedsResource(request);
        this.webhooks = webhooksResource(request);
        this.outbox = outboxResource(request);
        this.jobs = jobsResource(request);
    }
}
