import type { Booking } from './types.ts';

/** What Slotkit POSTs to a webhook endpoint. */
export interface WebhookEvent {
  /** `evt_…`: the same for every retry and endpoint; dedupe on it. */
  id: string;
  type: 'booking.created' | 'booking.confirmed' | 'booking.rescheduled' | 'booking.cancelled' | 'booking.no_show' | 'booking.completed'
    | 'payment.succeeded' | 'payment.failed' | 'payment.refunded' | (string & {});
  createdAt: string;
  /** The workspace's slug. */
  workspace: string;
  /** The booking right after the change. */
  booking: Booking;
}

/** A webhook request that is not genuinely from Slotkit, or too old. */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
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

const encoder = new TextEncoder();

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares in time independent of where the strings differ. */
function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Checks a webhook request's `Slotkit-Signature` (HMAC-SHA256 over `"<t>.<body>"`) and its
 * age, then returns the parsed event. Throws `WebhookVerificationError` otherwise. Works
 * wherever Web Crypto does (Node, Deno, Bun, browsers, edge runtimes).
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const parts = (options.header ?? '').split(',').map((part) => part.trim().split('='));
  const timestamp = Number(parts.find(([k]) => k === 't')?.[1]);
  const signatures = parts.filter(([k, v]) => k === 'v1' && v).map(([, v]) => v!);
  if (!Number.isInteger(timestamp) || !signatures.length) throw new WebhookVerificationError('The Slotkit-Signature header is missing or malformed.');
  const age = (options.now ?? Date.now()) / 1000 - timestamp;
  if (Math.abs(age) > (options.toleranceSeconds ?? 300)) throw new WebhookVerificationError('The signature is too old (or from the future): a replay?');
  const expected = await hmacHex(options.secret, `${timestamp}.${options.payload}`);
  if (!signatures.some((signature) => timingSafeEqual(signature, expected))) throw new WebhookVerificationError('The signature does not match the payload.');
  return JSON.parse(options.payload) as WebhookEvent;
}
