import { describe, expect, it } from 'vitest';
import { cancellationRefund } from './cancellation-refund.ts';

const HOUR = 3_600_000;
const start = Date.parse('2026-12-10T10:00:00Z');
const policy = { fullRefundHours: 48, partialRefundHours: 24, partialRefundPercent: 50 };

describe('cancellationRefund', () => {
  it('refunds everything left without a policy', () => {
    expect(cancellationRefund(null, 5000, 0, start, start - HOUR)).toBe(5000);
    expect(cancellationRefund(null, 5000, 1200, start, start - HOUR)).toBe(3800);
  });

  it('refunds fully from the full window on, its boundary included', () => {
    expect(cancellationRefund(policy, 5000, 0, start, start - 48 * HOUR)).toBe(5000);
    expect(cancellationRefund(policy, 5000, 0, start, start - 100 * HOUR)).toBe(5000);
  });

  it('refunds the percent inside the partial window, its boundary included', () => {
    expect(cancellationRefund(policy, 5000, 0, start, start - 48 * HOUR + 1)).toBe(2500);
    expect(cancellationRefund(policy, 5000, 0, start, start - 24 * HOUR)).toBe(2500);
  });

  it('refunds nothing past the partial window', () => {
    expect(cancellationRefund(policy, 5000, 0, start, start - 24 * HOUR + 1)).toBe(0);
    expect(cancellationRefund(policy, 5000, 0, start, start + HOUR)).toBe(0);
  });

  it('rounds odd cents down, in whole minor units', () => {
    expect(cancellationRefund({ ...policy, partialRefundPercent: 33 }, 1001, 0, start, start - 30 * HOUR)).toBe(330);
    expect(cancellationRefund(policy, 999, 0, start, start - 30 * HOUR)).toBe(499);
    expect(cancellationRefund({ ...policy, partialRefundPercent: 100 }, 999, 0, start, start - 30 * HOUR)).toBe(999);
  });

  it('never refunds more than is left', () => {
    expect(cancellationRefund(policy, 5000, 4000, start, start - 30 * HOUR)).toBe(1000);
    expect(cancellationRefund(policy, 5000, 5000, start, start - 100 * HOUR)).toBe(0);
  });
});
