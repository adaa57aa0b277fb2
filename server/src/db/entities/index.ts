export { ApiKey, type IApiKey } from './api-key.ts';
export { Booking, BOOKING_STATUSES, type BookingStatus, type IBooking } from './booking.ts';
export { BookingEvent, type IBookingEvent } from './booking-event.ts';
export { ExternalBusy } from './external-busy.ts';
export { EXTERNAL_CALENDAR_STATUSES, ExternalCalendar, type ExternalCalendarStatus, type IExternalCalendar } from './external-calendar.ts';
export { EventType, type IEventType, type Location, type Money, type Question } from './event-type.ts';
export { Host, type IHost } from './host.ts';
export { IdempotencyRecord } from './idempotency-record.ts';
export { Payment, PAYMENT_STATUSES, type IPayment, type PaymentClosedReason, type PaymentStatus } from './payment.ts';
export { Refund, REFUND_STATUSES, type IRefund, type RefundStatus } from './refund.ts';
export { StripeEvent, type IStripeEvent } from './stripe-event.ts';
export { OutboxMessage, OUTBOX_STATUSES, type IOutboxMessage } from './outbox-message.ts';
export { Reminder, type IReminder } from './reminder.ts';
export { WebhookAttempt } from './webhook-attempt.ts';
export { DELIVERY_STATUSES, WebhookDelivery, type IWebhookDelivery } from './webhook-delivery.ts';
export { WEBHOOK_EVENTS, WebhookEndpoint, type IWebhookEndpoint, type WebhookEventType } from './webhook-endpoint.ts';
export { WorkerHeartbeat } from './worker-heartbeat.ts';
export { LoginAttempt } from './login-attempt.ts';
export { Member, MEMBER_STATUSES, ROLES, roleAtLeast, type IMember, type MemberStatus, type Role } from './member.ts';
export { MemberSession, type IMemberSession } from './member-session.ts';
export { MEMBER_TOKEN_PURPOSES, MemberToken, type IMemberToken, type MemberTokenPurpose } from './member-token.ts';
export { Schedule, type ISchedule } from './schedule.ts';
export { SlotReservation } from './slot-reservation.ts';
export { Workspace, type IWorkspace } from './workspace.ts';

import { ApiKey } from './api-key.ts';
import { Booking } from './booking.ts';
import { BookingEvent } from './booking-event.ts';
import { EventType } from './event-type.ts';
import { ExternalBusy } from './external-busy.ts';
import { ExternalCalendar } from './external-calendar.ts';
import { Host } from './host.ts';
import { IdempotencyRecord } from './idempotency-record.ts';
import { LoginAttempt } from './login-attempt.ts';
import { Member } from './member.ts';
import { MemberSession } from './member-session.ts';
import { MemberToken } from './member-token.ts';
import { OutboxMessage } from './outbox-message.ts';
import { Payment } from './payment.ts';
import { Refund } from './refund.ts';
import { StripeEvent } from './stripe-event.ts';
import { Reminder } from './reminder.ts';
import { WebhookAttempt } from './webhook-attempt.ts';
import { WebhookDelivery } from './webhook-delivery.ts';
import { WebhookEndpoint } from './webhook-endpoint.ts';
import { WorkerHeartbeat } from './worker-heartbeat.ts';
import { Schedule } from './schedule.ts';
import { SlotReservation } from './slot-reservation.ts';
import { Workspace } from './workspace.ts';

/** Every entity, for the ORM configuration. */
export const entities = [Workspace, Member, ApiKey, Schedule, Host, EventType, SlotReservation, Booking, BookingEvent, IdempotencyRecord,
  OutboxMessage, Reminder, WebhookEndpoint, WebhookDelivery, WebhookAttempt, WorkerHeartbeat, ExternalCalendar, ExternalBusy,
  MemberSession, MemberToken, LoginAttempt, Payment, Refund, StripeEvent];
