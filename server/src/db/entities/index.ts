export { ApiKey, type IApiKey } from './api-key.ts';
export { Booking, BOOKING_STATUSES, type BookingStatus, type IBooking } from './booking.ts';
export { BookingEvent, type IBookingEvent } from './booking-event.ts';
export { EventType, type IEventType, type Location, type Money, type Question } from './event-type.ts';
export { Host, type IHost } from './host.ts';
export { IdempotencyRecord } from './idempotency-record.ts';
export { Member, ROLES, roleAtLeast, type Role } from './member.ts';
export { Schedule, type ISchedule } from './schedule.ts';
export { SlotReservation } from './slot-reservation.ts';
export { Workspace, type IWorkspace } from './workspace.ts';

import { ApiKey } from './api-key.ts';
import { Booking } from './booking.ts';
import { BookingEvent } from './booking-event.ts';
import { EventType } from './event-type.ts';
import { Host } from './host.ts';
import { IdempotencyRecord } from './idempotency-record.ts';
import { Member } from './member.ts';
import { Schedule } from './schedule.ts';
import { SlotReservation } from './slot-reservation.ts';
import { Workspace } from './workspace.ts';

/** Every entity, for the ORM configuration. */
export const entities = [Workspace, Member, ApiKey, Schedule, Host, EventType, SlotReservation, Booking, BookingEvent, IdempotencyRecord];
