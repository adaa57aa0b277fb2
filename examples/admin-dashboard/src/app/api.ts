import { Slotkit, type BookingAnalytics, type BulkBookingResults } from '@slotkit/sdk';

export type { BookingAnalytics, Member, Session } from '@slotkit/sdk';

/** Money in integer minor units. */
export interface Money {
  amount: number;
  currency: string;
}

/** Counts of bookings by status. */
export type StatusCounts = BookingAnalytics['totals']['byStatus'];

/** One item of a bulk action's answer: the booking, or the error it met. */
export type BulkResult = BulkBookingResults['results'][number];

/** Fired on `window` when an admin call answers 401: the session ended, the shell shows sign-in. */
export const SESSION_EXPIRED_EVENT = 'sk-session-expired';

let csrfToken: string | undefined;

/** Remembers the CSRF token of the current session; every later write sends it. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** `fetch` that tells the shell when an admin call finds the session gone (401 outside `/v1/auth/`). */
const watchedFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (response.status === 401 && !new URL(url, location.href).pathname.startsWith('/v1/auth/')) {
    window.dispatchEvent(new Event(SESSION_EXPIRED_EVENT));
  }
  return response;
};

/**
 * The dashboard's API client: a `Slotkit` on this origin, signed in by the session cookie,
 * sending the session's CSRF token on writes. No retries: a person is waiting and sees errors
 * with a way to try again (and a 429 on sign-in must show its wait at once, not sleep through it).
 */
export function createClient(): Slotkit {
  return new Slotkit({ baseUrl: location.origin, credentials: 'same-origin', csrfToken: () => csrfToken, fetch: watchedFetch, maxRetries: 0 });
}

/** The message of an API error for people: the problem's detail, else its title, else the error's message. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { detail?: unknown; problem?: { detail?: unknown; title?: unknown }; message?: unknown };
    const detail = e.detail ?? e.problem?.detail ?? e.problem?.title ?? e.message;
    if (typeof detail === 'string' && detail) return detail;
  }
  return 'Something went wrong. Please try again.';
}

export type { Slotkit };
