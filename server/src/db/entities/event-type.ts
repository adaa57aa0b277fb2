import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { CancellationPolicy, PricingRules } from '@slotkit/core';
import { archivedAt, createdAt, updatedAt, uuidPrimaryKey } from './common.ts';
import { Host } from './host.ts';
import { Schedule } from './schedule.ts';
import { Workspace } from './workspace.ts';

/** Money in integer minor units. */
export interface Money { amount: number; currency: string }
/** Where the meeting happens. */
export interface Location { kind: 'video' | 'phone' | 'in_person' | 'custom'; value?: string | undefined }
/** A question on the booking form. */
export interface Question {
  key: string;
  label: string;
  type: 'text' | 'textarea' | 'select' | 'checkbox' | 'phone';
  required: boolean;
  options?: string[] | undefined;
}

/** Something customers can book: durations, policies, capacity, price. */
export const EventType = defineEntity({
  name: 'EventType',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    slug: p.string().length(63),
    title: p.string(),
    description: p.text().default(''),
    durations: p.json<number[]>(),
    defaultDuration: p.integer(),
    slotStep: p.integer(),
    bufferBefore: p.integer(),
    bufferAfter: p.integer(),
    minNotice: p.integer(),
    maxAdvanceDays: p.integer(),
    maxPerDay: p.integer().nullable(),
    seats: p.integer(),
    price: p.json<Money>().nullable(),
    /** Prices by customer role and by seats taken; `price` is the base. */
    pricing: p.json<PricingRules>().default('{"roles":[],"seatTiers":[]}'),
    /** Refunds when customers cancel; null refunds in full. */
    cancellationPolicy: p.json<CancellationPolicy>().nullable(),
    location: p.json<Location>(),
    questions: p.json<Question[]>(),
    requiresConfirmation: p.boolean(),
    reminders: p.json<number[]>(),
    visibility: p.enum(['public', 'hidden'] as const),
    active: p.boolean(),
    /** Overrides the hosts' own schedules when set. */
    schedule: () => p.manyToOne(Schedule).nullable().deleteRule('set null'),
    hosts: () => p.manyToMany(Host).pivotTable('event_type_host').fixedOrder(),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // A slug is unique among a workspace's live event types; archived ones keep theirs.
  uniques: [{ name: 'event_type_live_slug_unique', properties: ['workspace', 'slug'], where: 'archived_at is null' }],
  checks: [{ name: 'event_type_seats_positive', expression: 'seats >= 1' }],
});
/** An event type row. */
export type IEventType = InferEntity<typeof EventType>;
