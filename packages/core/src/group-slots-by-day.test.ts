import { describe, expect, it } from 'vitest';
import { groupSlotsByDay } from './group-slots-by-day.ts';

const H = 3_600_000;
const slot = (hour: number) => ({ start: hour * H, end: hour * H + H, seatsLeft: 1 });

describe('groupSlotsByDay', () => {
  const dates = ['2026-01-01', '2026-01-02', '2026-01-03'];
  const dayStarts = [0, 24 * H, 48 * H, 72 * H];

  it('returns [] without slots', () => {
    expect(groupSlotsByDay([], dates, dayStarts)).toEqual([]);
  });

  it('groups by half-open day bounds and omits empty days', () => {
    expect(groupSlotsByDay([slot(0), slot(23), slot(48), slot(71)], dates, dayStarts)).toEqual([
      { date: '2026-01-01', slots: [slot(0), slot(23)] },
      { date: '2026-01-03', slots: [slot(48), slot(71)] },
    ]);
  });

  it('drops slots outside the covered days', () => {
    expect(groupSlotsByDay([slot(-1), slot(24), slot(72)], dates, dayStarts)).toEqual([{ date: '2026-01-02', slots: [slot(24)] }]);
  });

  it('handles days of unequal length (DST)', () => {
    expect(groupSlotsByDay([slot(22), slot(23)], ['a', 'b'], [0, 23 * H, 48 * H])).toEqual([
      { date: 'a', slots: [slot(22)] },
      { date: 'b', slots: [slot(23)] },
    ]);
  });
});
