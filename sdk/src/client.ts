import { createRequest, type Request, type RequestOptions, type TransportConfig } from './request.ts';
import { adminCrud, type AdminCrud } from './resources/admin-crud.ts';
import { analyticsResource } from './resources/analytics.ts';
import { authResource } from './resources/auth.ts';
import { bookingsResource } from './resources/bookings.ts';
import { calendarsResource, hostFeedsResource } from './resources/calendars.ts';
import { manageResource, type ManageResource } from './resources/manage.ts';
import { membersResource } from './resources/members.ts';
import { paymentsResource } from './resources/payments.ts';
import { publicResources, type PublicResources } from './resources/public.ts';
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
  /**
   * The dashboard session's CSRF token, or a function returning the current one: sent as
   * `X-CSRF-Token` on every call but GET and HEAD (cookie-authenticated writes need it).
   */
  csrfToken?: string | (() => string | undefined);
  /** `fetch`'s credentials mode, passed to every call (the session cookie goes same-origin by default). */
  credentials?: RequestCredentials;
}

/**
 * The customer-facing part of the API: a workspace's event types, slots and booking, and
 * manage links. No API key needed; safe in browsers. Bundlers keep only this when nothing
 * admin is used, which is what the booking widget ships.
 */
export class SlotkitPublic {
  /** Sends any API call through the client's retries, timeouts and error mapping. */
  readonly request: Request;
  readonly #baseUrl: string;

  constructor(options: SlotkitOptions) {
    this.request = createRequest(options as TransportConfig);
    this.#baseUrl = options.baseUrl;
  }

  /** The customer-facing routes of a workspace (by slug): event types, slots, booking. */
  public(workspace: string): PublicResources {
    return publicResources(this.request, workspace);
  }

  /** One booking, managed with the token `bookings.create` returned. */
  manage(uid: string, token: string): ManageResource {
    return manageResource(this.request, this.#baseUrl, uid, token);
  }
}

/** The Slotkit API client: public booking routes, manage links and admin resources. */
export class Slotkit extends SlotkitPublic {
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
  /** Booking analytics: totals, series and breakdowns of a range. */
  readonly analytics: ReturnType<typeof analyticsResource>;
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
  /** Dashboard sign-in, sessions, first-run setup, invitations and password resets. */
  readonly auth: ReturnType<typeof authResource>;
  /** Members of the workspace and their roles. */
  readonly members: ReturnType<typeof membersResource>;
  /** Payments taken through Stripe Checkout, and refunds. */
  readonly payments: ReturnType<typeof paymentsResource>;

  constructor(options: SlotkitOptions) {
    super(options);
    const request = this.request;
    this.workspace = workspaceResource(request);
    this.hosts = adminCrud(request, '/v1/hosts');
    this.schedules = adminCrud(request, '/v1/schedules');
    this.eventTypes = adminCrud(request, '/v1/event-types');
    this.apiKeys = apiKeysResource(request);
    this.bookings = bookingsResource(request);
    this.analytics = analyticsResource(request);
    this.calendars = calendarsResource(request);
    this.hostFeeds = hostFeedsResource(request);
    this.webhooks = webhooksResource(request);
    this.outbox = outboxResource(request);
    this.jobs = jobsResource(request);
    this.auth = authResource(request);
    this.members = membersResource(request);
    this.payments = paymentsResource(request);
  }
}

export type { RequestOptions };
