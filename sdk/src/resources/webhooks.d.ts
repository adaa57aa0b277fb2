import type { Request, RequestOptions } from '../request.ts';
import type { Body, Query } from '../types.ts';
/** Webhook endpoints, their delivery log and redelivery. */
export declare function webhooksResource(request: Request): {
    /** Every endpoint of the workspace (never their secrets). */
    list: (o?: RequestOptions) => Promise<{
        data: import("../index.ts").components["schemas"]["WebhookEndpoint"][];
        nextCursor: string | null;
    }>;
    /** Adds an endpoint; `secret` (for `verifyWebhook`) is returned only now. */
    create: (body: Body<'createWebhook'>, o?: RequestOptions) => Promise<{
        id: string;
        url: string;
        events: ("booking.created" | "booking.confirmed" | "booking.rescheduled" | "booking.cancelled" | "booking.no_show" | "booking.completed")[];
        description: string;
        active: boolean;
        createdAt: string;
        updatedAt: string;
        secret: string;
    }>;
    /** One endpoint. */
    get: (id: string, o?: RequestOptions) => Promise<{
        id: string;
        url: string;
        events: ("booking.created" | "booking.confirmed" | "booking.rescheduled" | "booking.cancelled" | "booking.no_show" | "booking.completed")[];
        description: string;
        active: boolean;
        createdAt: string;
        updatedAt: string;
    }>;
    /** Changes URL, events, description or active flag. */
    update: (id: string, body: Body<'updateWebhook'>, o?: RequestOptions) => Promise<{
        id: string;
        url: string;
        events: ("booking.created" | "booking.confirmed" | "booking.rescheduled" | "booking.cancelled" | "booking.no_show" | "booking.completed")[];
        description: string;
        active: boolean;
        createdAt: string;
        updatedAt: string;
    }>;
    /** Deletes the endpoint and its delivery log. */
    delete: (id: string, o?: RequestOptions) => Promise<{
        result: "deleted";
    }>;
    /** Replaces the signing secret; the new one is returned only now. */
    rollSecret: (id: string, o?: RequestOptions) => Promise<{
        id: string;
        url: string;
        events: ("booking.created" | "booking.confirmed" | "booking.rescheduled" | "booking.cancelled" | "booking.no_show" | "booking.completed")[];
        description: string;
        active: boolean;
        createdAt: string;
        updatedAt: string;
        secret: string;
    }>;
    /** One page of the endpoint's deliveries, newest first. */
    deliveries: (id: string, query?: Query<'listWebhookDeliveries'>, o?: RequestOptions) => Promise<{
        data: import("../index.ts").components["schemas"]["WebhookDelivery"][];
        nextCursor: string | null;
    }>;
    /** One delivery with every attempt (status codes, response snippets, errors). */
    delivery: (id: string, deliveryId: string, o?: RequestOptions) => Promise<{
        id: string;
        endpointId: string;
        eventId: string;
        eventType: string;
        status: "pending" | "succeeded" | "failed";
        attempts: number;
        nextAttemptAt: string | null;
        lastStatusCode: number | null;
        lastError: string | null;
        createdAt: string;
        deliveredAt: string | null;
        payload: unknown;
        attemptLog: import("../index.ts").components["schemas"]["WebhookAttempt"][];
    }>;
    /** Sends a delivery again now. */
    redeliver: (id: string, deliveryId: string, o?: RequestOptions) => Promise<undefined>;
};
/** The emails of the workspace (sent through Resend, or kept in the outbox without it). */
export declare function outboxResource(request: Request): {
    /** One page of emails, newest first (filter by `status` or `booking` uid). */
    list: (query?: Query<'listOutbox'>, o?: RequestOptions) => Promise<{
        data: import("../index.ts").components["schemas"]["OutboxMessage"][];
        nextCursor: string | null;
    }>;
    /** One email with its HTML, text and invite. */
    get: (id: string, o?: RequestOptions) => Promise<{
        id: string;
        kind: string;
        recipient: string;
        recipientRole: "customer" | "host";
        locale: string;
        subject: string;
        status: "queued" | "sent" | "failed";
        provider: string | null;
        attempts: number;
        lastError: string | null;
        bookingUid: string | null;
        inviteMethod: string | null;
        createdAt: string;
        sentAt: string | null;
        html: string;
        text: string;
        ics: string | null;
    }>;
    /** Queues a failed email again. */
    retry: (id: string, o?: RequestOptions) => Promise<undefined>;
};
/** Background jobs that used up their attempts. */
export declare function jobsResource(request: Request): {
    /** Dead jobs of the workspace, most recent first. */
    failed: (o?: RequestOptions) => Promise<{
        data: import("../index.ts").components["schemas"]["DeadJob"][];
        nextCursor: string | null;
    }>;
    /** Runs a dead job again with fresh attempts. */
    retry: (id: string, o?: RequestOptions) => Promise<undefined>;
};
