import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Booking } from './booking.ts';
import { uuidPrimaryKey } from './common.ts';
import { Workspace } from './workspace.ts';

/**
 * A planned reminder email: `offsetMinutes` before the booking's start. Planned again when
 * the booking moves (a sent reminder of the old time stays as history) and dropped on cancel.
 */
export const Reminder = defineEntity({
  name: 'Reminder',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    booking: () => p.manyToOne(Booking).deleteRule('cascade'),
    offsetMinutes: p.integer(),
    dueAt: p.datetime(),
    sentAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['booking', 'offsetMinutes', 'dueAt'] }],
  indexes: [{ properties: ['dueAt'] }],
});
/** A reminder row. */
export type IReminder = InferEntity<typeof Reminder>;
