import type { Request, RequestOptions } from '../request.ts';
import type { Body, Page, Query } from '../types.ts';
/** Filters of `bookings.list` (`status`, `from`, `to`, `eventType`, `host`, `q`, `limit`, `cursor`). */
export type BookingListParams = Query<'listBookings'>;
/** An optional reason, for cancel, confirm, decline, no-show and complete. */
export type ReasonInput = Body<'cancelBooking'>;
/** The workspace's bookings, for admins. */
export declare function bookingsResource(request: Request): {
    /** One page of bookings by start time; pass `nextCursor` back as `cursor` for the next. */
    list: (query?: BookingListParams, o?: RequestOptions) => Promise<Page<{
        uid: string;
        status: "pending_payment" | "pending_confirmation" | "confirmed" | "cancelled" | "completed" | "no_show";
        eventType: {
            slug: string;
            title: string;
        };
        host: {
            id: string;
            name: string;
        };
        start: string;
        end: string;
        timezone: string;
        attendee: {
            name: string;
            email: string;
            phone: string | null;
        };
        seats: number;
        guests: string[];
        answers: {
            [key: string]: string | boolean;
        };
        metadata: {
            [key: string]: string;
        };
        price: import("../index.ts").components["schemas"]["Money"] | null;
        location: {
            kind: "video" | "phone" | "in_person" | "custom";
            value?: string;
        };
        sequence: number;
        createdAt: string;
        updatedAt: string;
        cancelReason: string | null;
    }>>;
    /** Every matching booking, fetching page after page as the loop goes. */
    listAll: (query?: Omit<{
        cursor?: string | undefined;
    }, "cursor">, o?: RequestOptions) => AsyncGenerator<{
        uid: string;
        status: "pending_payment" | "pending_confirmation" | "confirmed" | "cancelled" | "completed" | "no_show";
        eventType: {
            slug: string;
            title: string;
        };
        host: {
            id: string;
            name: string;
        };
        start: string;
        end: string;
        timezone: string;
        attendee: {
            name: string;
            email: string;
            phone: string | null;
        };
        seats: number;
        guests: string[];
        answers: {
            [key: string]: string | boolean;
        };
        metadata: {
            [key: string]: string;
        };
        price: import("../index.ts").components["schemas"]["Money"] | null;
        location: {
            kind: "video" | "phone" | "in_person" | "custom";
            value?: string;
        };
        sequence: number;
        createdAt: string;
        updatedAt: string;
        cancelReason: string | null;
    }, void, undefined>;
    /** One booking with its full history. */
    get: (uid: string, o?: RequestOptions) => Promise<{
        uid: string;
        status: "pending_payment" | "pending_confirmation" | "confirmed" | "cancelled" | "completed" | "no_show";
        eventType: {
            slug: string;
            title: string;
        };
        host: {
            id: string;
            name: string;
        };
        start: string;
        end: string;
        timezone: string;
        attendee: {
            name: string;
            email: string;
            phone: string | null;
        };
        seats: number;
        guests: string[];
        answers: {
            [key: string]: string | boolean;
        };
        metadata: {
            [key: string]: string;
        };
        price: import("../index.ts").components["schemas"]["Money"] | null;
        location: {
            kind: "video" | "phone" | "in_person" | "custom";
            value?: string;
        };
        sequence: number;
        createdAt: string;
        updatedAt: string;
        cancelReason: string | null;
        history: {
            at: string;
            type: string;
            actor: string;
            data: {
                [key: string]: unknown;
            };
        }[];
    }>;
    /** Books on behalf of a customer (same rules as customers). */
    create: (body: Body<'createBooking'>, o?: RequestOptions) => Promise<{
        booking: import("../index.ts").components["schemas"]["Booking"];
        manageToken: string;
        payment: {
            checkoutUrl: string;
            expiresAt: string;
        } | null;
    }>;
    /** Cancels; the slot frees at once. */
    cancel: (uid: string, body?: ReasonInput, o?: RequestOptions) => Promise<{
        uid: string;
        status: "pending_payment" | "pending_confirmation" | "confirmed" | "cancelled" | "completed" | "no_show";
        eventType: {
            slug: string;
            title: string;
        };
        host: {
            id: string;
            name: string;
        };
        start: string;
        end: string;
        timezone: string;
        attendee: {
            name: string;
            email: string;
            phone: string | null;
        };
        seats: number;
        guests: string[];
        answers: {
            [key: string]: string | boolean;
        };
        metadata: {
            [key: string]: string;
        };
        price: import("../index.ts").components["schemas"]["Money"] | null;
        location: {
            kind: "video" | "phone" | "in_person" | "custom";
            value?: string;
        };
        sequence: number;
        createdAt: string;
        updatedAt: string;
        cancelReason: string | null;
    }>;
    /** Moves to another free slot; the uid stays. */
    reschedule: (uid: string, body: Body<'rescheduleBooking'>, o?: RequestOptions) => Promise<{
        uid: string;
        status: "pending_payment" | "pending_confirmation" | "confirmed" | "cancelled" | "completed" | "no_show";
        eventType: {
            slug: string;
            title: string;
        };
        host: {
            id: string;
            name: string;
        };
        start: string;
        end: string;
        timezone: string;
        attendee: {
            name: string;
            email: string;
            phone: string | null;
        };
        seats: number;
        guests: string[];
        answers: {
            [key: string]: string | boolean;
        };
        metadata: {
            [key: string]: string;
        };
        price: import("../index.ts").components["schemas"]["Money"] | null;
        location: {
            kind: "video" | "phone" | "in_person" | "custom";
            value?: string;
        };
        sequence: number;
        createdAt: string;
        updatedAt: string;
        cancelReason: string | null;
    }>;
    /** Confirms a booking that awaits confirmation. */
    confirm: (uid: string, body?: ReasonInput, o?: RequestOptions) => Promise<{
        uid: string;
        status: "pending_payment" | "pending_confirmation" | "confirmed" | "cancelled" | "completed" | "no_show";
        eventType: {
            slug: string;
            title: string;
        };
        host: {
            id: string;
            name: string;
        };
        start: string;
        end: string;
        timezone: string;
        attendee: {
            name: string;
            email: string;
            phone: string | null;
        };
        seats: number;
        guests: string[];
        answers: {
            [key: string]: string | boolean;
        };
        metadata: {
            [key: string]: string;
        };
        price: import("../index.ts").components["schemas"]["Money"] | null;
        location: {
            kind: "video" | "phone" | "in_person" | "custom";
            value?: string;
        };
        sequence: number;
        createdAt: string;
        updatedAt: string;
        cancelReason: string | null;
    }>;
    /** Declines a booking that awaits confirmation. */
    decline: (uid: string, body?: ReasonInput, o?: RequestOptions) => Promise<{
        uid: string;
        status: "pending_payment" | "pending_confirmation" | "confirmed" | "cancelled" | "completed" | "no_show";
        eventType: {
            slug: string;
            title: string;
        };
        host: {
            id: string;
            name: string;
        };
        start: string;
        end: string;
        timezone: string;
        attendee: {
            name: string;
            email: string;
            phone: string | null;
        };
        seats: number;
        guests: string[];
        answers: {
            [key: string]: string | boolean;
        };
        metadata: {
            [key: string]: string;
        };
        price: import("../index.ts").components["schemas"]["Money"] | null;
        location: {
            kind: "video" | "phone" | "in_person" | "custom";
            value?: string;
        };
        sequence: number;
        createdAt: string;
        updatedAt: string;
        cancelReason: string | null;
    }>;
    /** Marks that the attendee did not show up. */
    noShow: (uid: string, body?: ReasonInput, o?: RequestOptions) => Promise<{
        uid: string;
        status: "pending_payment" | "pending_confirmation" | "confirmed" | "cancelled" | "completed" | "no_show";
        eventType: {
            slug: string;
            title: string;
        };
        host: {
            id: string;
            name: string;
        };
        start: string;
        end: string;
        timezone: string;
        attendee: {
            name: string;
            email: string;
            phone: string | null;
        };
        seats: number;
        guests: string[];
        answers: {
            [key: string]: string | boolean;
        };
        metadata: {
            [key: string]: string;
        };
        price: import("../index.ts").components["schemas"]["Money"] | null;
        location: {
            kind: "video" | "phone" | "in_person" | "custom";
            value?: string;
        };
        sequence: number;
        createdAt: string;
        updatedAt: string;
        cancelReason: string | null;
    }>;
    /** Marks the booking as completed. */
    complete: (uid: string, body?: ReasonInput, o?: RequestOptions) => Promise<{
        uid: string;
        status: "pending_payment" | "pending_confirmation" | "confirmed" | "cancelled" | "completed" | "no_show";
        eventType: {
            slug: string;
            title: string;
        };
        host: {
            id: string;
            name: string;
        };
        start: string;
        end: string;
        timezone: string;
        attendee: {
            name: string;
            email: string;
            phone: string | null;
        };
        seats: number;
        guests: string[];
        answers: {
            [key: string]: string | boolean;
        };
        metadata: {
            [key: string]: string;
        };
        price: import("../index.ts").components["schemas"]["Money"] | null;
        location: {
            kind: "video" | "phone" | "in_person" | "custom";
            value?: string;
        };
        sequence: number;
        createdAt: string;
        updatedAt: string;
        cancelReason: string | null;
    }>;
};
