import { describe, expect, it } from 'vitest';
import { offerSharedSlots } from './offer-shared-slots.ts';

const M = 60_000;
const windows = [{ start: 0, end: 480 * M }];
const shared = (startMin: number, endMin: number, seatsTaken: number) => ({ start: startMin * M, end: endMin * M, seatsTaken });

describe('offerSharedSlots', () => {
  it('returns [] without shared slots', () => {
    expect(offerSharedSlots([], 5, windows, [], 0, 0)).toEqual([]);
  });

  it('offers shared slots with free seats, sorted, with seatsLeft = seats - seatsTaken', () => {
    expect(offerSharedSlots([shared(120, 180, 3), shared(60, 120, 1)], 5, windows, [], 0, 0)).toEqual([
      { start: 60 * M, end: 120 * M, seatsLeft: 4 },
      { start: 120 * M, end: 180 * M, seatsLeft: 2 },
    ]);
  });

  it('drops full, overfull and empty shared slots', () => {
    expect(offerSharedSlots([shared(60, 120, 5), shared(200, 260, 7), shared(300, 300, 0)], 5, windows, [], 0, 0)).toEqual([]);
  });

  it('clamps negative seatsTaken so seatsLeft never exceeds seats', () => {
    expect(offerSharedSlots([shared(60, 120, -2)], 5, windows, [], 0, 0)[0]?.seatsLeft).toBe(5);
  });

  it('requires the slot to lie inside one working window (window edges included)', () => {
    const result = offerSharedSlots(
      [shared(0, 60, 0), shared(450, 480, 0), shared(460, 520, 0), shared(-10, 20, 0)],
      2,
      windows,
      [],
      0,
      0,
    );
    expect(result.map((s) => s.start / M)).toEqual([0, 450]);
  });

  it('drops slots whose buffered range overlaps busy time; touching is fine', () => {
    const busy = [{ start: 200 * M, end: 210 * M }];
    const result = offerSharedSlots([shared(140, 190, 0), shared(141, 191, 0), shared(220, 250, 0)], 2, windows, busy, 10 * M, 10 * M);
    expect(result.map((s) => s.start / M)).toEqual([140, 220]);
  });

  it('keeps one offer per start', () => {
    const result = offerSharedSlots([shared(60, 120, 4), shared(60, 120, 1)], 5, windows, [], 0, 0);
    expect(result).toEqual([{ start: 60 * M, end: 120 * M, seatsLeft: 4 }]);
  });
});
