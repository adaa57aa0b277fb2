import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { archivedAt, createdAt, updatedAt, uuidPrimaryKey } from './common.ts';
import { Workspace } from './workspace.ts';

/** Weekly rule as stored: wall-clock times in the schedule's zone. */
export interface StoredWeeklyRule { day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'; start: string; end: string }
/** Date override as stored. */
export interface StoredOverride { date: string; intervals: { start: string; end: string }[] }
/** Blackout as stored: UTC ISO instants. */
export interface StoredBlackout { start: string; end: string }

/** When someone works: weekly rules, date overrides and blackouts in one IANA zone. */
export const Schedule = defineEntity({
  name: 'Schedule',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    name: p.string(),
    timezone: p.string(),
    weekly: p.json<StoredWeeklyRule[]>(),
    overrides: p.json<StoredOverride[]>(),
    blackouts: p.json<StoredBlackout[]>(),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
});
/** A schedule row. */
export type ISchedule = InferEntity<typeof Schedule>;
