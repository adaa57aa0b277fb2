import { describe, expect, it } from 'vitest';
import { allowedActions } from './booking-actions.ts';

const at = (iso: string) => new Date(iso);
const booking = (status: Parameters<typeof allowedActions>[0]['status']) => ({ status, start: '2026-12-01T09:00:00Z', end: '2026-12-01T09:30:00Z' });

describe('allowed booking actions', () => {
  it('lets a request be confirmed, declined, moved or cancelled before it starts', () => {
    expect([...allowedActions(booking('pending_confirmation'), at('2026-11-30T00:00:00Z'))].sort())
      .toEqual(['cancel', 'confirm', 'decline', 'reschedule']);
  });

  it('lets a confirmed booking be completed or marked no-show once started, and cancelled until it ends', () => {
    expect([...allowedActions(booking('confirmed'), at('2026-11-30T00:00:00Z'))].sort()).toEqual(['cancel', 'reschedule']);
    expect([...allowedActions(booking('confirmed'), at('2026-12-01T09:10:00Z'))].sort()).toEqual(['cancel', 'complete', 'no-show', 'reschedule']);
    expect([...allowedActions(booking('confirmed'), at('2026-12-01T09:30:00Z'))].sort()).toEqual(['complete', 'no-show']);
  });

  it('allows nothing once cancelled, completed or a no-show', () => {
    for (const status of ['cancelled', 'completed', 'no_show'] as const) {
      expect(allowedActions(booking(status), at('2026-11-30T00:00:00Z')).size).toBe(0);
    }
  });
});
