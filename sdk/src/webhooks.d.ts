import type { Booking } from './types.ts';
/** What Slotkit POSTs to a webhook endpoint. */
export interface WebhookEvent {
    /** `evt_…`: the same for every retry and endpoint; dedupe on it. */
    id: string;
    type: 'booking.created' | 'booking.confirmed' | 'booking.rescheduled' | 'booking.cancelled' | 'booking.no_show' | 'booking.completed' | (string & {});
    createdAt: string;
    /** The workspace's slug. */
    workspace: string;
    /** The booking right after the change. */
    booking: Booking;
}
/** A webhook request that is not genuinely from Slotkit, or too old. */
export declare class WebhookVerificationError extends Error {
    readonly name = "WebhookVerificationError";
}
/** Inputs of `verifyWebhook`. */
export interface VerifyWebhookOptions {
    /** The raw request body, exactly as received (not re-serialized JSON). */
    payload: string;
    /** The `Slotkit-Signature` header: `t=<unix seconds>,v1=<hex>` (several `v1` while a secret rolls). */
    header: string | null | undefined;
    /** The endpoint's signing secret (`whsec_…`). */
    secret: string;
    /** Oldest accepted signature age in seconds (default 300), against replays. */
    toleranceSeconds?: number;
    /** The current time in milliseconds (default `Date.now()`). */
    now?: number;
}
/**
 * Checks a webhook request's `Slotkit-Signature` (HMAC-SHA256 over `"<t>.<body>"`) and its
 * age, then returns the parsed event. Throws `WebhookVerificationError` otherwise. Works
 * wherever Web Crypto does (Node, Deno, Bun, browsers, edge runtimes).
 */
export declare function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent>;
