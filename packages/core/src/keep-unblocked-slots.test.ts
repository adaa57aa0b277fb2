import { describe, expect, it } from 'vitest';
import { keepUnblockedSlots } from './keep-unblocked-slots.ts';

const M = 60_000;
const slot = (startMin: number, endMin: number) => ({ start: startMin * M, end: endMin * M, seatsLeft: 1 });

describe('keepUnblockedSlots', () => {
  it('keeps everything without blocked time and returns [] without slots', () => {
    expect(keepUnblockedSlots([slot(0, 30)], [], 0, 0)).toEqual([slot(0, 30)]);
    expect(keepUnblockedSlots([], [{ start: 0, end: M }], 10 * M, 10 * M)).toEqual([]);
  });

  it('rejects overlaps and keeps slots touching busy time', () => {
    const busy = [{ start: 60 * M, end: 90 * M }];
    const slots = [slot(0, 30), slot(30, 60), slot(45, 75), slot(60, 90), slot(89, 119), slot(90, 120)];
    expect(keepUnblockedSlots(slots, busy, 0, 0)).toEqual([slot(0, 30), slot(30, 60), slot(90, 120)]);
  });

  it('allows buffers that exactly touch busy time and rejects them one minute closer', () => {
    const busy = [{ start: 100 * M, end: 130 * M }];
    // bufferAfter 10: a slot ending at 90 widens to 100, touching busy.
    expect(keepUnblockedSlots([slot(60, 90)], busy, 0, 10 * M)).toHaveLength(1);
    expect(keepUnblockedSlots([slot(61, 91)], busy, 0, 10 * M)).toHaveLength(0);
    // bufferBefore 15: a slot starting at 145 widens to 130, touching busy.
    expect(keepUnblockedSlots([slot(145, 175)], busy, 15 * M, 0)).toHaveLength(1);
    expect(keepUnblockedSlots([slot(144, 174)], busy, 15 * M, 0)).toHaveLength(0);
  });

  it('sweeps many slots against many busy intervals', () => {
    const busy = [
      { start: 10 * M, end: 20 * M },
      { start: 50 * M, end: 55 * M },
      { start: 200 * M, end: 300 * M },
    ];
    const slots = Array.from({ length: 30 }, (_, i) => slot(i * 10, i * 10 + 10));
    const kept = keepUnblockedSlots(slots, busy, 0, 0).map((s) => s.start / M);
    const expected = slots
      .filter((s) => !busy.some((b) => b.start < s.end && s.start < b.end))
      .map((s) => s.start / M);
    expect(kept).toEqual(expected);
  });

  it('handles slots of different lengths in start order', () => {
    const busy = [{ start: 100 * M, end: 110 * M }];
    expect(keepUnblockedSlots([slot(0, 200), slot(10, 20), slot(120, 130)], busy, 0, 0)).toEqual([slot(10, 20), slot(120, 130)]);
  });
});
