export { ApiKey, type IApiKey } from './api-key.ts';
export { Booking, BOOKING_STATUSES, type BookingStatus, type IBooking } from './booking.ts';
export { BookingEvent, type IBookingEvent } from './booking-event.ts';
export { ExternalBusy } from './external-busy.ts';
export { EXTERNAL_CALENDAR_STATUSES, ExternalCalendar, type ExternalCalendarStatus, type IExternalCalendar } from './external-calendar.ts';
export { EventType, type IEventType, type Location, type Money, type Question } from './event-type.ts';
export { Host, type IHost } from './host.ts';
export { IdempotencyRecord } from './idempotency-record.ts';
export { OutboxMessage, OUTBOX_STATUSES, type IOutboxMessage } from './outbox-message.ts';
export { Reminder, type IReminder } from './reminder.ts';
export { WebhookAttempt } from './webhook-attempt.ts';
export { DELIVERY_STATUSES, WebhookDelivery, type IWebhookDelivery } from './webhook-delivery.ts';
export { WEBHOOK_EVENTS, WebhookEndpoint, type IWebhookEndpoint, type WebhookEventType } from './webhook-endpoint.ts';
export { WorkerHeartbeat } from './worker-heartbeat.ts';
export { Member, ROLES, roleAtLeast, type Role } from './member.ts';
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
import { Member } from './member.ts';
import { OutboxMessage } from './outbox-message.ts';
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
  OutboxMessage, Reminder, WebhookEndpoint, WebhookDelivery, WebhookAttempt, WorkerHeartbeat, ExternalCalendar, ExternalBusy];
