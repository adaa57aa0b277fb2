import type { Problem, ProblemCode } from './types.ts';
/** What the API said about a failed request, as `SlotkitError.generate` receives it. */
export interface ErrorInit {
    status: number;
    problem?: Partial<Problem> | undefined;
    requestId?: string | undefined;
    retryAfter?: number | undefined;
    message?: string;
    cause?: unknown;
}
/** Base class of every error the SDK throws for a failed request. */
export declare class SlotkitError extends Error {
    name: string;
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number;
    /** Stable code: a problem code of the API, or `connection_error` / `timeout`. */
    readonly code: ProblemCode | 'connection_error' | 'timeout' | 'unknown';
    /** Correlates with the server's logs (problem body or `X-Request-Id`). */
    readonly requestId: string | undefined;
    /** The problem body, when the API sent one. */
    readonly problem: Partial<Problem> | undefined;
    constructor(init: ErrorInit);
    /** Builds the error class matching the problem code (or, failing that, the HTTP status). */
    static generate(init: ErrorInit): SlotkitError;
}
/** 422 `validation_failed`: `errors` lists each bad field. */
export declare class ValidationError extends SlotkitError {
    name: string;
    readonly code = "validation_failed";
    /** One entry per invalid field, e.g. `{ path: 'attendee.email', message: '...' }`. */
    readonly errors: {
        path: string;
        message: string;
    }[];
    constructor(init: ErrorInit);
}
/** 404 `not_found` (also for another workspace's resources). */
export declare class NotFoundError extends SlotkitError {
    name: string;
    readonly code = "not_found";
}
/** 401 `unauthorized`: missing, invalid or revoked API key. */
export declare class UnauthorizedError extends SlotkitError {
    name: string;
    readonly code = "unauthorized";
}
/** 403 `forbidden`: the key's role is too low. */
export declare class ForbiddenError extends SlotkitError {
    name: string;
    readonly code = "forbidden";
}
/** 409 `slot_unavailable`: the slot is taken or not offered; pick another (never retried). */
export declare class SlotUnavailableError extends SlotkitError {
    name: string;
    readonly code = "slot_unavailable";
}
/** 409 `idempotency_conflict`: the same Idempotency-Key was used with another body. */
export declare class IdempotencyConflictError extends SlotkitError {
    name: string;
    readonly code = "idempotency_conflict";
}
/** 409 `booking_not_modifiable`: the booking already ended or is cancelled. */
export declare class BookingNotModifiableError extends SlotkitError {
    name: string;
    readonly code = "booking_not_modifiable";
}
/** 409 `payments_not_configured`: a paid event type on a server without Stripe. */
export declare class PaymentsNotConfiguredError extends SlotkitError {
    name: string;
    readonly code = "payments_not_configured";
}
/** 413 `payload_too_large`. */
export declare class PayloadTooLargeError extends SlotkitError {
    name: string;
    readonly code = "payload_too_large";
}
/** 500 `internal` (and any other 5xx): the server failed; retried automatically. */
export declare class InternalError extends SlotkitError {
    name: string;
    readonly code = "internal";
}
/** 429 `rate_limited`: `retryAfter` is in seconds, from the `Retry-After` header. */
export declare class RateLimitedError extends SlotkitError {
    name: string;
    readonly code = "rate_limited";
    /** Seconds to wait before trying again, when the server said. */
    readonly retryAfter: number | undefined;
    constructor(init: ErrorInit);
}
/** No response arrived: DNS, refused connection, reset, CORS... (status 0). */
export declare class ConnectionError extends SlotkitError {
    name: string;
    readonly code = "connection_error";
}
/** No response within the timeout (status 0). */
export declare class TimeoutError extends SlotkitError {
    name: string;
    readonly code = "timeout";
}
