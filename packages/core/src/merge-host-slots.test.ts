import { describe, expect, it } from 'vitest';
import { mergeHostSlots } from './merge-host-slots.ts';

const slot = (start: number, seatsLeft = 1, end = start + 30) => ({ start, end, seatsLeft });

describe('mergeHostSlots', () => {
  it('returns [] for no hosts or hosts without slots', () => {
    expect(mergeHostSlots([])).toEqual([]);
    expect(mergeHostSlots([{ hostId: 'a', days: [] }])).toEqual([]);
  });

  it('unions slots, merging equal start+end and listing the hosts offering them', () => {
    const merged = mergeHostSlots([
      { hostId: 'a', days: [{ date: '2026-06-01', slots: [slot(0), slot(60)] }] },
      { hostId: 'b', days: [{ date: '2026-06-01', slots: [slot(30), slot(60)] }] },
    ]);
    expect(merged).toEqual([
      {
        date: '2026-06-01',
        slots: [
          { ...slot(0), hostIds: ['a'] },
          { ...slot(30), hostIds: ['b'] },
          { ...slot(60), hostIds: ['a', 'b'] },
        ],
      },
    ]);
  });

  it('takes the max seatsLeft and orders hosts by seatsLeft, then input order', () => {
    const merged = mergeHostSlots([
      { hostId: 'a', days: [{ date: '2026-06-01', slots: [slot(0, 1)] }] },
      { hostId: 'b', days: [{ date: '2026-06-01', slots: [slot(0, 3)] }] },
      { hostId: 'c', days: [{ date: '2026-06-01', slots: [slot(0, 1)] }] },
    ]);
    expect(merged[0]?.slots).toEqual([{ ...slot(0, 3), hostIds: ['b', 'a', 'c'] }]);
  });

  it('keeps slots with the same start but a different end apart', () => {
    const merged = mergeHostSlots([
      { hostId: 'a', days: [{ date: '2026-06-01', slots: [slot(0, 1, 60)] }] },
      { hostId: 'b', days: [{ date: '2026-06-01', slots: [slot(0, 1, 30)] }] },
    ]);
    expect(merged[0]?.slots.map((s) => [s.end, s.hostIds])).toEqual([
      [30, ['b']],
      [60, ['a']],
    ]);
  });

  it('sorts days by date and slots by start', () => {
    const merged = mergeHostSlots([
      { hostId: 'a', days: [{ date: '2026-06-02', slots: [slot(2000)] }] },
      { hostId: 'b', days: [{ date: '2026-06-01', slots: [slot(500), slot(100)] }, { date: '2026-06-02', slots: [slot(1500)] }] },
    ]);
    expect(merged.map((d) => [d.date, d.slots.map((s) => s.start)])).toEqual([
      ['2026-06-01', [100, 500]],
      ['2026-06-02', [1500, 2000]],
    ]);
  });
});
