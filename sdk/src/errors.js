/** Base class of every error the SDK throws for a failed request. */
export class SlotkitError extends Error {
    name = 'SlotkitError';
    /** HTTP status, or 0 when no response arrived. */
    status;
    /** Stable code: a problem code of the API, or `connection_error` / `timeout`. */
    code;
    /** Correlates with the server's logs (problem body or `X-Request-Id`). */
    requestId;
    /** The problem body, when the API sent one. */
    problem;
    constructor(init) {
        super(init.message ?? init.problem?.detail ?? init.problem?.title ?? `Request failed with status ${init.status}`, { cause: init.cause });
        this.status = init.status;
        this.code = init.problem?.code ?? 'unknown';
        this.requestId = init.problem?.requestId ?? init.requestId;
        this.problem = init.problem;
    }
    /** Builds the error class matching the problem code (or, failing that, the HTTP status). */
    static generate(init) {
        const Class = byCode[init.problem?.code ?? ''] ?? byStatus[init.status] ?? (init.status >= 500 ? InternalError : SlotkitError);
        return new Class(init);
    }
}
/** 422 `validation_failed`: `errors` lists each bad field. */
export class ValidationError extends SlotkitError {
    name = 'ValidationError';
    code = 'validation_failed';
    /** One entry per invalid field, e.g. `{ path: 'attendee.email', message: '...' }`. */
    errors;
    constructor(init) {
        super(init);
        this.errors = init.problem?.errors ?? [];
    }
}
/** 404 `not_found` (also for another workspace's resources). */
export class NotFoundError extends SlotkitError {
    name = 'NotFoundError';
    code = 'not_found';
}
/** 401 `unauthorized`: missing, invalid or revoked API key. */
export class UnauthorizedError extends SlotkitError {
    name = 'UnauthorizedError';
    code = 'unauthorized';
}
/** 403 `forbidden`: the key's role is too low. */
export class ForbiddenError extends SlotkitError {
    name = 'ForbiddenError';
    code = 'forbidden';
}
/** 409 `slot_unavailable`: the slot is taken or not offered; pick another (never retried). */
export class SlotUnavailableError extends SlotkitError {
    name = 'SlotUnavailableError';
    code = 'slot_unavailable';
}
/** 409 `idempotency_conflict`: the same Idempotency-Key was used with another body. */
export class IdempotencyConflictError extends SlotkitError {
    name = 'IdempotencyConflictError';
    code = 'idempotency_conflict';
}
/** 409 `booking_not_modifiable`: the booking already ended or is cancelled. */
export class BookingNotModifiableError extends SlotkitError {
    name = 'BookingNotModifiableError';
    code = 'booking_not_modifiable';
}
/** 409 `payments_not_configured`: a paid event type on a server without Stripe. */
export class PaymentsNotConfiguredError extends SlotkitError {
    name = 'PaymentsNotConfiguredError';
    code = 'payments_not_configured';
}
/** 413 `payload_too_large`. */
export class PayloadTooLargeError extends SlotkitError {
    name = 'PayloadTooLargeError';
    code = 'payload_too_large';
}
/** 500 `internal` (and any other 5xx): the server failed; retried automatically. */
export class InternalError extends SlotkitError {
    name = 'InternalError';
    code = 'internal';
}
/** 429 `rate_limited`: `retryAfter` is in seconds, from the `Retry-After` header. */
export class RateLimitedError extends SlotkitError {
    name = 'RateLimitedError';
    code = 'rate_limited';
    /** Seconds to wait before trying again, when the server said. */
    retryAfter;
    constructor(init) {
        super(init);
        this.retryAfter = init.retryAfter;
    }
}
/** No response arrived: DNS, refused connection, reset, CORS... (status 0). */
export class ConnectionError extends SlotkitError {
    name = 'ConnectionError';
    code = 'connection_error';
}
/** No response within the timeout (status 0). */
export class TimeoutError extends SlotkitError {
    name = 'TimeoutError';
    code = 'timeout';
}
const byCode = {
    validation_failed: ValidationError,
    not_found: NotFoundError,
    unauthorized: UnauthorizedError,
    forbidden: ForbiddenError,
    slot_unavailable: SlotUnavailableError,
    idempotency_conflict: IdempotencyConflictError,
    booking_not_modifiable: BookingNotModifiableError,
    payments_not_configured: PaymentsNotConfiguredError,
    rate_limited: RateLimitedError,
    payload_too_large: PayloadTooLargeError,
    internal: InternalError,
};
const byStatus = {
    401: UnauthorizedError, 403: ForbiddenError, 404: NotFoundError, 413: PayloadTooLargeError, 422: ValidationError, 429: RateLimitedError,
};
