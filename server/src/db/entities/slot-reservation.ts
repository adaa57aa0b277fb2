import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, uuidPrimaryKey } from './common.ts';
import { EventType } from './event-type.ts';
import { Host } from './host.ts';
import { Workspace } from './workspace.ts';

/**
 * The time a host is taken, one row per occupied slot, shared by the seats of a group
 * slot. PostgreSQL itself guarantees no overbooking: live rows of one host never overlap
 * (an exclusion constraint over the slot widened by its buffers) and `seatsTaken` never
 * exceeds `capacity` (a check). Cancelling lowers `seatsTaken`; at 0 the time is free.
 */
export const SlotReservation = defineEntity({
  name: 'SlotReservation',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    host: () => p.manyToOne(Host),
    eventType: () => p.manyToOne(EventType),
    startAt: p.datetime(),
    endAt: p.datetime(),
    /** Start of the blocked time: startAt minus the event type's buffer before. */
    blockedStart: p.datetime(),
    /** End of the blocked time: endAt plus the buffer after. */
    blockedEnd: p.datetime(),
    capacity: p.integer(),
    seatsTaken: p.integer(),
    createdAt: createdAt(),
  },
  checks: [
    { name: 'slot_reservation_seats_within_capacity', expression: 'seats_taken >= 0 and seats_taken <= capacity' },
    { name: 'slot_reservation_blocked_covers_slot', expression: 'blocked_start <= start_at and start_at < end_at and end_at <= blocked_end' },
    {
      name: 'slot_reservation_no_overlap',
      expression: "exclude using gist (host_id with =, tstzrange(blocked_start, blocked_end, '[)') with &&) where (seats_taken > 0)",
    },
  ],
  uniques: [{
    name: 'slot_reservation_live_slot_unique',
    properties: ['host', 'eventType', 'startAt', 'endAt'],
    where: 'seats_taken > 0',
  }],
  indexes: [{ properties: ['host', 'blockedStart'] }],
});
/** A slot reservation row. */
export type ISlotReservation = InferEntity<typeof SlotReservation>;
