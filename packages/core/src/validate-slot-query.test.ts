import { describe, expect, it } from 'vitest';
import { assertValidSlotQuery } from './validate-slot-query.ts';
import type { SlotQuery } from './types.ts';
import { NEUTRAL_POLICIES } from '../test/neutral-policies.ts';

const valid: SlotQuery = {
  availability: {
    timezone: 'Europe/Berlin',
    weekly: [{ day: 'mon', start: '09:00', end: '24:00' }],
    overrides: [{ date: '2026-06-06', intervals: [{ start: '10:00', end: '12:00' }] }],
    blackouts: [],
  },
  from: '2026-06-01',
  to: '2026-06-30',
  timezone: 'America/New_York',
  ...NEUTRAL_POLICIES,
  duration: 30,
  step: 15,
};

describe('assertValidSlotQuery', () => {
  it('accepts a valid query', () => {
    expect(() => assertValidSlotQuery(valid)).not.toThrow();
  });

  it.each<[string, Partial<SlotQuery>]>([
    ['timezone', { timezone: 'Nowhere/Land' }],
    ['availability.timezone', { availability: { ...valid.availability, timezone: 'x' } }],
    ['from', { from: '2026-02-30' }],
    ['to', { to: '2026/06/30' }],
    ['availability.weekly[0].start', { availability: { ...valid.availability, weekly: [{ day: 'mon', start: '9:00', end: '17:00' }] } }],
    ['availability.weekly[0].day', { availability: { ...valid.availability, weekly: [{ day: 'monday' as 'mon', start: '09:00', end: '17:00' }] } }],
    ['availability.overrides[0].intervals[0].end', { availability: { ...valid.availability, overrides: [{ date: '2026-06-06', intervals: [{ start: '10:00', end: '24:30' }] }] } }],
    ['duration', { duration: 0 }],
    ['step', { step: -15 }],
    ['bufferBefore', { bufferBefore: -1 }],
    ['minNotice', { minNotice: Number.NaN }],
    ['maxAdvanceDays', { maxAdvanceDays: -1 }],
    ['seats', { seats: 1.5 }],
    ['maxPerDay', { maxPerDay: -1 }],
    ['now', { now: Number.POSITIVE_INFINITY }],
    ['busy[0]', { busy: [{ start: 0, end: Number.NaN }] }],
  ])('rejects a bad %s', (field, patch) => {
    expect(() => assertValidSlotQuery({ ...valid, ...patch })).toThrow(new RegExp(field.replace(/[[\].]/g, '\\$&')));
  });
});
