import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Booking } from './booking.ts';
import { Workspace } from './workspace.ts';

/** One entry of a booking's audit trail. */
export const BookingEvent = defineEntity({
  name: 'BookingEvent',
  properties: {
    /** Increasing, so entries written at the same instant keep their order. */
    id: p.bigint('number').primary().autoincrement(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    booking: () => p.manyToOne(Booking).deleteRule('cascade'),
    at: p.datetime(),
    type: p.string(),
    /** `customer`, `admin:<member or key id>` or `system`. */
    actor: p.string(),
    data: p.json<Record<string, unknown>>(),
  },
  indexes: [{ properties: ['booking', 'at'] }],
});
/** A booking event row. */
export type IBookingEvent = InferEntity<typeof BookingEvent>;
