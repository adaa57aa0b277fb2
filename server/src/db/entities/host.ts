import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { archivedAt, createdAt, updatedAt, uuidPrimaryKey } from './common.ts';
import { Schedule } from './schedule.ts';
import { Workspace } from './workspace.ts';

/** A person or resource that can be booked. */
export const Host = defineEntity({
  name: 'Host',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    name: p.string(),
    email: p.string().nullable(),
    timezone: p.string(),
    schedule: () => p.manyToOne(Schedule).nullable().deleteRule('set null'),
    /** Raised to rotate the host's calendar feed URL: feed tokens are derived from it, so older URLs stop working. */
    calendarFeedVersion: p.integer().default(0),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
});
/** A host row. */
export type IHost = InferEntity<typeof Host>;
