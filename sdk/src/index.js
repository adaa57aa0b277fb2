export { Slotkit, SlotkitPublic } from './client.js';
export { BookingNotModifiableError, ConnectionError, ForbiddenError, IdempotencyConflictError, InternalError, NotFoundError, PayloadTooLargeError, PaymentsNotConfiguredError, RateLimitedError, SlotkitError, SlotUnavailableError, TimeoutError, UnauthorizedError, ValidationError, } from './errors.js';
export { verifyWebhook, WebhookVerificationError } from './webhooks.js';
