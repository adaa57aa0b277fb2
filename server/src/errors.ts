/**
 * Errors that cross the HTTP boundary. Each carries the stable `code` of ../shared/API.md;
 * one middleware turns them into RFC 9457 problem+json. Build them with the static
 * factories so messages stay consistent.
 */

/** One per-field problem of a rejected request. */
export interface FieldError {
  path: string;
  message: string;
}

/** Base class of every error the API reports on purpose. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  /** Extra response headers (e.g. Retry-After). */
  readonly headers: Record<string, string>;
  readonly expose = true;

  constructor(status: number, code: string, title: string, detail: string, errors?: FieldError[], headers: Record<string, string> = {}) {
    super(detail);
    this.name = new.target.name;
    this.status = status;
    this.code = code;
    this.title = title;
    this.errors = errors;
    this.headers = headers;
  }

  /** 422: the request is well-formed HTTP but its content is invalid. */
  static validation(errors: FieldError[], detail = 'The request is invalid; see errors for each field.'): AppError {
    return new AppError(422, 'validation_failed', 'Validation failed', detail, errors);
  }

  /** 404: no such resource (also for resources of another workspace). */
  static notFound(what: string): AppError {
    return new AppError(404, 'not_found', 'Not found', `${what} was not found.`);
  }

  /** 401: credentials missing or wrong. */
  static unauthorized(detail = 'Missing or invalid credentials.'): AppError {
    return new AppError(401, 'unauthorized', 'Unauthorized', detail);
  }

  /** 403: authenticated, but the role may not do this. */
  static forbidden(detail = 'Your role does not allow this action.'): AppError {
    return new AppError(403, 'forbidden', 'Forbidden', detail);
  }

  /** 409: the slot is taken, full, or not offered. */
  static slotUnavailable(detail = 'That time is no longer available. Please pick another slot.'): AppError {
    return new AppError(409, 'slot_unavailable', 'Slot unavailable', detail);
  }

  /** 409: an Idempotency-Key was reused with a different request. */
  static idempotencyConflict(): AppError {
    return new AppError(409, 'idempotency_conflict', 'Idempotency conflict',
      'This Idempotency-Key was already used with a different request body.');
  }

  /** 409: the booking is cancelled, ended, or in a state that forbids the action. */
  static bookingNotModifiable(detail: string): AppError {
    return new AppError(409, 'booking_not_modifiable', 'Booking not modifiable', detail);
  }

  /** 409: the event type is paid but the server has no payment provider. */
  static paymentsNotConfigured(): AppError {
    return new AppError(409, 'payments_not_configured', 'Payments not configured',
      'This event type requires payment, but payments are not configured on this server.');
  }

  /** 429 with Retry-After in seconds. */
  static rateLimited(retryAfterSeconds: number): AppError {
    return new AppError(429, 'rate_limited', 'Too many requests',
      `Too many requests; retry in ${retryAfterSeconds} s.`, undefined, { 'Retry-After': String(retryAfterSeconds) });
  }

  /** 413: the request body exceeds the limit. */
  static payloadTooLarge(limitBytes: number): AppError {
    return new AppError(413, 'payload_too_large', 'Payload too large', `The request body exceeds ${limitBytes} bytes.`);
  }

  /** 409: the change would leave the workspace without an owner. */
  static lastOwner(): AppError {
    return new AppError(409, 'last_owner', 'Last owner', 'A workspace keeps at least one owner: make another member owner first.');
  }

  /** 409: first-run setup is over (an owner already has a password). */
  static setupDone(): AppError {
    return new AppError(409, 'setup_done', 'Setup done', 'This workspace is already set up: sign in, or reset the password.');
  }

  /** 400: a Stripe webhook whose signature does not match its body (or is missing or stale). */
  static invalidSignature(): AppError {
    return new AppError(400, 'invalid_signature', 'Invalid signature', 'The Stripe-Signature header does not match this request body.');
  }

  /** 502: the payment provider failed; nothing was booked. */
  static paymentProviderError(): AppError {
    return new AppError(502, 'payment_provider_error', 'Payment provider error', 'The payment provider could not start the checkout; nothing was booked. Please retry.');
  }

  /** 409: a refund larger than what is left of the payment. */
  static refundExceedsPayment(left: number): AppError {
    return new AppError(409, 'refund_exceeds_payment', 'Refund exceeds payment', `At most ${left} (minor units) of this payment can still be refunded.`);
  }

  /** 409: a live event type already uses the slug of the one being restored. */
  static slugTaken(slug: string): AppError {
    return new AppError(409, 'slug_taken', 'Slug taken', `A live event type now uses the slug "${slug}"; rename one of them first.`);
  }

  /** 409: the workspace already has a member with this email (compared case-insensitively). */
  static memberExists(): AppError {
    return new AppError(409, 'member_exists', 'Member exists', 'This workspace already has a member with this email.');
  }

  /** 500 that never leaks internals. */
  static internal(): AppError {
    return new AppError(500, 'internal', 'Internal error', 'Something went wrong on our side. Please retry later.');
  }
}
