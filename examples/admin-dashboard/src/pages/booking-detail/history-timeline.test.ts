import { describe, expect, it } from 'vitest';
import { actorLabel, historyLabel } from './history-timeline.ts';

describe('booking history', () => {
  it('names who did what', () => {
    const names = new Map([['m2', 'Nora Staff']]);
    expect(actorLabel('customer', names, 'm1')).toBe('Customer');
    expect(actorLabel('admin:member:m1', names, 'm1')).toBe('You');
    expect(actorLabel('admin:member:m2', names, 'm1')).toBe('Nora Staff');
    expect(actorLabel('admin:member:m3', names, 'm1')).toBe('A team member');
    expect(actorLabel('admin:6f1c', names, 'm1')).toBe('API key');
  });

  it('labels event types, known or not', () => {
    expect(historyLabel('no_show')).toBe('Marked no-show');
    expect(historyLabel('payment.disputed')).toBe('Payment disputed');
  });
});
