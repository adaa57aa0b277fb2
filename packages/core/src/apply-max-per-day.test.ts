import { describe, expect, it } from 'vitest';
import { applyMaxPerDay } from './apply-max-per-day.ts';

const H = 3_600_000;
const dayStarts = [0, 24 * H, 48 * H, 72 * H];
const slot = (hour: number) => ({ start: hour * H, end: hour * H + H / 2, seatsLeft: 1 });

describe('applyMaxPerDay', () => {
  const slots = [slot(9), slot(10), slot(33), slot(34), slot(57)];

  it('keeps everything when no day is full', () => {
    expect(applyMaxPerDay(slots, dayStarts, [9 * H], 2)).toEqual(slots);
  });

  it('closes days whose booking count reached the limit (booked starts counted by day bounds)', () => {
    // Two bookings on day 1 (one exactly at its start), one on day 0.
    expect(applyMaxPerDay(slots, dayStarts, [24 * H, 40 * H, 5 * H], 2)).toEqual([slot(9), slot(10), slot(57)]);
  });

  it('counts a booking at a day end boundary in the next day', () => {
    expect(applyMaxPerDay(slots, dayStarts, [48 * H], 1)).toEqual([slot(9), slot(10), slot(33), slot(34)]);
  });

  it('ignores bookings outside the covered days', () => {
    expect(applyMaxPerDay(slots, dayStarts, [-1, 72 * H, 100 * H], 1)).toEqual(slots);
  });

  it('closes every day when the limit is 0', () => {
    expect(applyMaxPerDay(slots, dayStarts, [], 0)).toEqual([]);
  });
});
