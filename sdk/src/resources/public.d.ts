import type { Request, RequestOptions } from '../request.ts';
import type { Body, EventTypePublic, Query } from '../types.ts';
/** What `slots.list` takes: the event type's slug plus the slot query (`from`/`to` are local dates in `timezone`). */
export type SlotsListParams = {
    eventType: string;
} & Query<'listSlots'>;
/** A public booking request (`POST /v1/public/{workspace}/bookings`). */
export type PublicBookingInput = Body<'createPublicBooking'>;
/** The customer-facing routes of one workspace: no API key needed. */
export declare function publicResources(request: Request, workspace: string): {
    eventTypes: {
        /** Active, public event types. */
        list: (o?: RequestOptions) => Promise<{
            data: EventTypePublic[];
        }>;
        /** One bookable event type by slug (hidden ones too). */
        get: (slug: string, o?: RequestOptions) => Promise<{
            slug: string;
            title: string;
            description: string;
            durations: number[];
            defaultDuration: number;
            seats: number;
            price: import("../index.ts").components["schemas"]["Money"] | null;
            location: {
                kind: "video" | "phone" | "in_person" | "custom";
            };
            questions: {
                key: string;
                label: string;
                type: "text" | "textarea" | "select" | "checkbox" | "phone";
                required: boolean;
                options?: string[];
            }[];
            requiresConfirmation: boolean;
        }>;
    };
    slots: {
        /** Free slots between two local dates (inclusive, at most 62 days), grouped by date. */
        list: ({ eventType, ...query }: SlotsListParams, o?: RequestOptions) => Promise<{
            timezone: string;
            duration: number;
            days: {
                date: string;
                slots: {
                    start: string;
                    end: string;
                    seatsLeft: number;
                }[];
            }[];
        }>;
    };
    bookings: {
        /** Books a slot; throws `SlotUnavailableError` when it is taken. Keep `manageToken`: it is shown only here. */
        create: (body: PublicBookingInput, o?: RequestOptions) => Promise<{
            booking: import("../index.ts").components["schemas"]["Booking"];
            manageToken: string;
            payment: {
                checkoutUrl: string;
                expiresAt: string;
            } | null;
        }>;
    };
};
/** The public resources of one workspace, as returned by `slotkit.public(workspace)`. */
export type PublicResources = ReturnType<typeof publicResources>;
