import { describe, expect, it } from 'vitest';
import { defaultGroupBy, resolveRange } from './analytics-range.ts';

describe('analytics date range', () => {
  it('resolves presets relative to today, inclusive', () => {
    expect(resolveRange({ range: '7d' }, '2026-11-30')).toEqual({ ok: true, preset: '7d', from: '2026-11-24', to: '2026-11-30' });
    expect(resolveRange({}, '2026-11-30')).toEqual({ ok: true, preset: '30d', from: '2026-11-01', to: '2026-11-30' });
    expect(resolveRange({ range: 'month' }, '2026-12-03')).toEqual({ ok: true, preset: 'month', from: '2026-12-01', to: '2026-12-03' });
    expect(resolveRange({ range: '90d' }, '2026-03-01').from).toBe('2025-12-02');
  });

  it('checks a custom range', () => {
    expect(resolveRange({ range: 'custom', from: '2026-01-01', to: '2026-01-31' }, '2026-11-30')).toEqual({ ok: true, preset: 'custom', from: '2026-01-01', to: '2026-01-31' });
    expect(resolveRange({ range: 'custom', from: '2026-02-01', to: '2026-01-31' }, '2026-11-30')).toMatchObject({ ok: false, error: expect.stringMatching(/before/) });
    expect(resolveRange({ range: 'custom', from: '2024-01-01', to: '2026-01-31' }, '2026-11-30')).toMatchObject({ ok: false, error: expect.stringMatching(/two years/) });
    expect(resolveRange({ range: 'custom', from: '2026-01-01' }, '2026-11-30')).toMatchObject({ ok: false, error: expect.stringMatching(/Choose/) });
  });

  it('groups long ranges coarser', () => {
    expect(defaultGroupBy('2026-11-01', '2026-11-30')).toBe('day');
    expect(defaultGroupBy('2026-09-01', '2026-11-30')).toBe('week');
    expect(defaultGroupBy('2025-11-01', '2026-11-30')).toBe('month');
  });
});
