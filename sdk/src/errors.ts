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
export class SlotkitError extends Error {
  override name = 'SlotkitError';
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** Stable code: a problem code of the API, or `connection_error` / `timeout`. */
  readonly code: ProblemCode | 'connection_error' | 'timeout' | 'unknown';
  /** Correlates with the server's logs (problem body or `X-Request-Id`). */
  readonly requestId: string | undefined;
  /** The problem body, when the API sent one. */
  readonly problem: Partial<Problem> | undefined;

  constructor(init: ErrorInit) {
    super(init.message ?? init.problem?.detail ?? init.problem?.title ?? `Request failed with status ${init.status}`, { cause: init.cause });
    this.status = init.status;
    this.code = init.problem?.code ?? 'unknown';
    this.requestId = init.problem?.requestId ?? init.requestId;
    this.problem = init.problem;
  }

  /** Builds the error class matching the problem code (or, failing that, the HTTP status). */
  static generate(init: ErrorInit): SlotkitError {
    const Class = byCode[init.problem?.code ?? ''] ?? byStatus[init.status] ?? (init.status >= 500 ? InternalError : SlotkitError);
    return new Class(init);
  }
}

/** 422 `validation_failed`: `errors` lists each bad field. */
export class ValidationError extends SlotkitError {
  override name = 'ValidationError';
  override readonly code = 'validation_failed';
  /** One entry per invalid field, e.g. `{ path: 'attendee.email', message: '...' }`. */
  readonly errors: { path: string; message: string }[];
  constructor(init: ErrorInit) {
    super(init);
    this.errors = init.problem?.errors ?? [];
  }
}

/** 404 `not_found` (also for another workspace's resources). */
export class NotFoundError extends SlotkitError { override name = 'NotFoundError'; override readonly code = 'not_found'; }
/** 401 `unauthorized`: missing, invalid or revoked API key. */
export class UnauthorizedError extends SlotkitError { override name = 'UnauthorizedError'; override readonly code = 'unauthorized'; }
/** 403 `forbidden`: the key's role is too low. */
export class ForbiddenError extends SlotkitError { override name = 'ForbiddenError'; override readonly code = 'forbidden'; }
/** 409 `slot_unavailable`: the slot is taken or not offered; pick another (never retried). */
export class SlotUnavailableError extends SlotkitError { override name = 'SlotUnavailableError'; override readonly code = 'slot_unavailable'; }
/** 409 `idempotency_conflict`: the same Idempotency-Key was used with another body. */
export class IdempotencyConflictError extends SlotkitError { override name = 'IdempotencyConflictError'; override readonly code = 'idempotency_conflict'; }
/** 409 `booking_not_modifiable`: the booking already ended or is cancelled. */
export class BookingNotModifiableError extends SlotkitError { override name = 'BookingNotModifiableError'; override readonly code = 'booking_not_modifiable'; }
/** 409 `payments_not_configured`: a paid event type on a server without Stripe. */
export class PaymentsNotConfiguredError extends SlotkitError { override name = 'PaymentsNotConfiguredError'; override readonly code = 'payments_not_configured'; }
/** 409 `refund_exceeds_payment`: more than what is left of the payment (or it was never paid). */
export class RefundExceedsPaymentError extends SlotkitError { override name = 'RefundExceedsPaymentError'; override readonly code = 'refund_exceeds_payment'; }
/** 502 `payment_provider_error`: Stripe could not start the checkout; nothing was booked. */
export class PaymentProviderError extends SlotkitError { override name = 'PaymentProviderError'; override readonly code = 'payment_provider_error'; }
/** 413 `payload_too_large`. */
export class PayloadTooLargeError extends SlotkitError { override name = 'PayloadTooLargeError'; override readonly code = 'payload_too_large'; }
/** 500 `internal` (and any other 5xx): the server failed; retried automatically. */
export class InternalError extends SlotkitError { override name = 'InternalError'; override readonly code = 'internal'; }

/** 429 `rate_limited`: `retryAfter` is in seconds, from the `Retry-After` header. */
export class RateLimitedError extends SlotkitError {
  override name = 'RateLimitedError';
  override readonly code = 'rate_limited';
  /** Seconds to wait before trying again, when the server said. */
  readonly retryAfter: number | undefined;
  constructor(init: ErrorInit) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}

/** No response arrived: DNS, refused connection, reset, CORS... (status 0). */
export class ConnectionError extends SlotkitError {
  override name = 'ConnectionError';
  override readonly code = 'connection_error';
}

/** No response within the timeout (status 0). */
export class TimeoutError extends SlotkitError {
  override name = 'TimeoutError';
  override readonly code = 'timeout';
}

type ErrorClass = new (init: ErrorInit) => SlotkitError;

const byCode: Record<string, ErrorClass> = {
  validation_failed: ValidationError,
  not_found: NotFoundError,
  unauthorized: UnauthorizedError,
  forbidden: ForbiddenError,
  slot_unavailable: SlotUnavailableError,
  idempotency_conflict: IdempotencyConflictError,
  booking_not_modifiable: BookingNotModifiableError,
  payments_not_configured: PaymentsNotConfiguredError,
  refund_exceeds_payment: RefundExceedsPaymentError,
  payment_provider_error: PaymentProviderError,
  rate_limited: RateLimitedError,
  payload_too_large: PayloadTooLargeError,
  internal: InternalError,
};

const byStatus: Record<number, ErrorClass> = {
  401: UnauthorizedError, 403: ForbiddenError, 404: NotFoundError, 413: PayloadTooLargeError, 422: ValidationError, 429: RateLimitedError,
};
