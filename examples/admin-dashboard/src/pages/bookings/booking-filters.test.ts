import { describe, expect, it } from 'vitest';
import { exportFileName, filtersFromParams, listQuery } from './booking-filters.ts';

describe('booking filters', () => {
  it('keeps known, non-empty filters with real dates', () => {
    expect(filtersFromParams({ status: 'confirmed', from: '2026-12-01', to: '2026-02-30', q: '  ', cursor: 'abc', other: 'x' }))
      .toEqual({ status: 'confirmed', from: '2026-12-01' });
  });

  it('turns local dates into instants in the workspace time zone, the last day included', () => {
    expect(listQuery({ from: '2026-12-01', to: '2026-12-31', host: 'h1', q: 'ada' }, 'Europe/Berlin')).toEqual({
      from: '2026-11-30T23:00:00.000Z', to: '2026-12-31T23:00:00.000Z', host: 'h1', q: 'ada',
    });
    expect(listQuery({ from: '2026-07-01' }, 'America/New_York')).toEqual({ from: '2026-07-01T04:00:00.000Z' });
  });

  it('names the export after its date range', () => {
    expect(exportFileName({ from: '2026-12-01', to: '2026-12-31' }, '2026-11-30')).toBe('bookings-2026-12-01-to-2026-12-31.csv');
    expect(exportFileName({}, '2026-11-30')).toBe('bookings-2026-11-30.csv');
  });
});
