import type { Request, RequestOptions } from '../request.ts';
import type { Body } from '../types.ts';
/** One booking, managed by the customer with its manage token. */
export declare function manageResource(request: Request, baseUrl: string, uid: string, token: string): {
    /** The booking. */
    get: (o?: RequestOptions) => Promise<{
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
    /** Cancels it; the slot frees at once. Throws `BookingNotModifiableError` once it ended or was cancelled. */
    cancel: (body?: Body<'cancelManagedBooking'>, o?: RequestOptions) => Promise<{
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
    /** Moves it to another free slot; the uid and manage link stay. */
    reschedule: (body: Body<'rescheduleManagedBooking'>, o?: RequestOptions) => Promise<{
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
    /** The iCalendar invite as text (METHOD:CANCEL once cancelled). */
    calendar: (o?: RequestOptions) => Promise<string>;
    /** A link to the iCalendar invite, with the token in the query, for "add to calendar" buttons. */
    calendarUrl: () => string;
};
/** A managed booking, as returned by `slotkit.manage(uid, token)`. */
export type ManageResource = ReturnType<typeof manageResource>;
