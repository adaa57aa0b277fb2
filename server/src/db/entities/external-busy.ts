import { defineEntity, p } from '@mikro-orm/core';
import { ExternalCalendar } from './external-calendar.ts';
import { Host } from './host.ts';

/**
 * One busy interval `[startAt, endAt)` of a host from an external calendar (overlapping
 * events already merged). Written only in bulk by a refresh and read only by slot queries.
 */
export const ExternalBusy = defineEntity({
  name: 'ExternalBusy',
  tableName: 'external_busy',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    calendar: () => p.manyToOne(ExternalCalendar).deleteRule('cascade'),
    host: () => p.manyToOne(Host).deleteRule('cascade'),
    startAt: p.datetime(),
    endAt: p.datetime(),
  },
  checks: [{ name: 'external_busy_not_empty', expression: 'start_at < end_at' }],
  indexes: [{ properties: ['host', 'startAt'] }, { properties: ['calendar'] }],
});
