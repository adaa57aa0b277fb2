import { describe, expect, it } from 'vitest';
import { buildHash, matchRoute, ROUTES } from './routes.ts';

describe('hash routes', () => {
  it('matches fixed paths before params and merges the query into params', () => {
    expect(matchRoute('#/bookings/calendar').route?.page).toBe('booking-calendar-view');
    expect(matchRoute('#/bookings/bk_123?tab=history')).toMatchObject({ route: { page: 'booking-detail' }, params: { uid: 'bk_123', tab: 'history' } });
    expect(matchRoute('#/event-types/new').route?.page).toBe('event-type-editor');
    expect(matchRoute('#/event-types/abc').params).toEqual({ id: 'abc' });
    expect(matchRoute('#/bookings?status=confirmed&q=ada').params).toEqual({ status: 'confirmed', q: 'ada' });
  });

  it('gives no route for unknown paths and normalises slashes', () => {
    expect(matchRoute('#/nope').route).toBeUndefined();
    expect(matchRoute('').path).toBe('/');
    expect(matchRoute('#bookings/').route?.page).toBe('bookings');
    expect(matchRoute('#/bookings/%E0%A4%A').route).toBeUndefined();
  });

  it('covers every page of the contract', () => {
    expect(new Set(ROUTES.map((r) => r.page)).size).toBe(17);
  });

  it('builds hashes without empty values', () => {
    expect(buildHash('/bookings', { status: 'confirmed', q: '', host: undefined })).toBe('#/bookings?status=confirmed');
    expect(buildHash('/analytics')).toBe('#/analytics');
  });
});
