import { describe, expect, it } from 'vitest';
import { Slotkit } from './client.ts';
import {
  BookingNotModifiableError, ForbiddenError, IdempotencyConflictError, InternalError, NotFoundError, PayloadTooLargeError,
  PaymentsNotConfiguredError, RateLimitedError, SlotkitError, SlotUnavailableError, UnauthorizedError, ValidationError,
} from './errors.ts';

const cases = [
  ['validation_failed', 422, ValidationError],
  ['not_found', 404, NotFoundError],
  ['unauthorized', 401, UnauthorizedError],
  ['forbidden', 403, ForbiddenError],
  ['slot_unavailable', 409, SlotUnavailableError],
  ['idempotency_conflict', 409, IdempotencyConflictError],
  ['booking_not_modifiable', 409, BookingNotModifiableError],
  ['payments_not_configured', 409, PaymentsNotConfiguredError],
  ['rate_limited', 429, RateLimitedError],
  ['payload_too_large', 413, PayloadTooLargeError],
  ['internal', 500, InternalError],
] as const;

/** A client whose fetch always answers `response` (no retries). */
function answering(response: () => Response) {
  return new Slotkit({ baseUrl: 'https://api.test', fetch: async () => response(), maxRetries: 0 });
}

describe('errors', () => {
  it.each(cases)('maps %s (%i) to its class with status, code and request id', async (code, status, Class) => {
    const client = answering(() => new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, detail: `it was ${code}` }), {
      status, headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req-1' },
    }));
    const error = await client.workspace.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(SlotkitError);
    expect(error).toMatchObject({ status, code, requestId: 'req-1', message: `it was ${code}`, name: Class.name });
  });

  it('carries the per-field errors of a validation failure and prefers the body\'s request id', async () => {
    const errors = [{ path: 'attendee.email', message: 'must be an email' }];
    const client = answering(() => new Response(JSON.stringify({ type: 'x', title: 'Invalid', status: 422, code: 'validation_failed', detail: 'bad', errors, requestId: 'req-body' }), {
      status: 422, headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req-header' },
    }));
    const error = await client.workspace.get().catch((e: unknown) => e) as ValidationError;
    expect(error.errors).toEqual(errors);
    expect(error.requestId).toBe('req-body');
  });

  it('falls back on the HTTP status when the body is not a problem (e.g. a proxy page)', async () => {
    const gateway = answering(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    await expect(gateway.workspace.get()).rejects.toMatchObject({ name: 'InternalError', status: 502, code: 'internal' });
    const missing = answering(() => new Response('', { status: 404 }));
    await expect(missing.workspace.get()).rejects.toBeInstanceOf(NotFoundError);
    const teapot = answering(() => new Response('', { status: 418 }));
    const error = await teapot.workspace.get().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SlotkitError', status: 418, code: 'unknown' });
  });

  it('generate() picks the class by code first', () => {
    const error = SlotkitError.generate({ status: 409, problem: { code: 'booking_not_modifiable', detail: 'ended' } });
    expect(error).toBeInstanceOf(BookingNotModifiableError);
    expect(error.message).toBe('ended');
  });
});
