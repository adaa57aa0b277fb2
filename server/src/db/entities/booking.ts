import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common.ts';
import { EventType, type Location, type Money } from './event-type.ts';
import type { PaymentStatus } from './payment.ts';
import { Host } from './host.ts';
import { SlotReservation } from './slot-reservation.ts';
import { Workspace } from './workspace.ts';

/** Every status a booking can have. */
export const BOOKING_STATUSES = ['pending_payment', 'pending_confirmation', 'confirmed', 'cancelled', 'completed', 'no_show'] as const;
/** A booking's status. */
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** A customer's booking of one slot (some seats of it). */
export const Booking = defineEntity({
  name: 'Booking',
  properties: {
    id: uuidPrimaryKey(),
    uid: p.string().length(32).unique(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    eventType: () => p.manyToOne(EventType),
    host: () => p.manyToOne(Host),
    /** Null once cancelled or declined: the seats went back to the slot. */
    reservation: () => p.manyToOne(SlotReservation).nullable(),
    status: p.enum(BOOKING_STATUSES),
    startAt: p.datetime(),
    endAt: p.datetime(),
    timezone: p.string(),
    /** The attendee's language (BCP 47) for emails; null means English. */
    locale: p.string().length(35).nullable(),
    attendeeName: p.string(),
    attendeeEmail: p.string(),
    attendeePhone: p.string().nullable(),
    seats: p.integer(),
    guests: p.json<string[]>(),
    answers: p.json<Record<string, string | boolean>>(),
    metadata: p.json<Record<string, string>>(),
    /** The total (unit x seats) when booked; null for free event types. */
    price: p.json<Money>().nullable(),
    /** Price per seat when booked (minor units); null for free event types. */
    unitAmount: p.integer().nullable(),
    /** The pricing role the customer booked as, if any. */
    customerRole: p.string().length(64).nullable(),
    /** The latest payment's id and status, kept with it in one transaction (lists show it without a join). */
    payment: p.json<{ id: string; status: PaymentStatus }>().nullable(),
    location: p.json<Location>(),
    manageTokenHash: p.string().length(64),
    /**
     * Random per booking: with SECRET_KEY it derives the manage token again for later emails,
     * and without it the token cannot be derived (even under a known key). Null for bookings
     * made before manage links were emailed.
     */
    manageTokenSalt: p.string().length(32).nullable(),
    cancelReason: p.text().nullable(),
    /** iTIP SEQUENCE: raised on every change of time or status. */
    sequence: p.integer(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [
    // Covers the analytics queries too (index-only scans: no heap reads for a year of bookings).
    { properties: ['workspace', 'startAt'], include: ['status', 'eventType', 'host', 'createdAt'] },
    { properties: ['workspace', 'createdAt'] },
    { properties: ['host', 'startAt'] },
  ],
});
/** A booking row. */
export type IBooking = InferEntity<typeof Booking>;
