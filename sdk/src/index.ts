export { Slotkit, SlotkitPublic, type SlotkitOptions } from './client.ts';
export type { Call, Request, RequestOptions } from './request.ts';
export {
  BookingNotModifiableError, ConnectionError, ForbiddenError, IdempotencyConflictError, InternalError, NotFoundError,
  PayloadTooLargeError, PaymentProviderError, PaymentsNotConfiguredError, RateLimitedError, RefundExceedsPaymentError, SlotkitError, SlotUnavailableError, TimeoutError,
  UnauthorizedError, ValidationError, type ErrorInit,
} from './errors.ts';
export type { ArchivedQuery } from './resources/admin-crud.ts';
export type { BookingAnalytics, BookingAnalyticsQuery } from './resources/analytics.ts';
export type { BookingListParams, BookingNote, BulkBookingInput, BulkBookingResults, ReasonInput } from './resources/bookings.ts';
export type { CalendarFeed, CalendarListParams, ExternalCalendar } from './resources/calendars.ts';
export type { ManageResource } from './resources/manage.ts';
export type { PublicBookingInput, PublicResources, SlotsListParams } from './resources/public.ts';
export type {
  ApiKey, Body, Booking, BookingCreated, BookingDetail, EventType, EventTypePublic, Host, Member, OperationId, Page, Payment, PriceQuote, Problem,
  ProblemCode, Query, Result, Schedule, Schemas, Session, Slots, Workspace,
} from './types.ts';
export { verifyWebhook, WebhookVerificationError, type VerifyWebhookOptions, type WebhookEvent } from './webhooks.ts';
export type { components, operations, paths } from './generated/openapi.ts';
