import { describe, expect, it } from 'vitest';
import { cutCandidateSlots } from './cut-candidate-slots.ts';

const M = 60_000;

describe('cutCandidateSlots', () => {
  it('returns [] without windows', () => {
    expect(cutCandidateSlots([], 30 * M, 15 * M, 1, 0, Infinity)).toEqual([]);
  });

  it('steps from the window start and keeps slots fully inside (ending at the window end is fine)', () => {
    const slots = cutCandidateSlots([{ start: 0, end: 60 * M }], 30 * M, 15 * M, 2, -Infinity, Infinity);
    expect(slots).toEqual([
      { start: 0, end: 30 * M, seatsLeft: 2 },
      { start: 15 * M, end: 45 * M, seatsLeft: 2 },
      { start: 30 * M, end: 60 * M, seatsLeft: 2 },
    ]);
  });

  it('offers nothing in a window shorter than the duration', () => {
    expect(cutCandidateSlots([{ start: 0, end: 29 * M }], 30 * M, 15 * M, 1, -Infinity, Infinity)).toEqual([]);
  });

  it('keeps the grid of the window start when the earliest start is later', () => {
    const slots = cutCandidateSlots([{ start: 0, end: 120 * M }], 30 * M, 20 * M, 1, 25 * M, Infinity);
    expect(slots.map((s) => s.start / M)).toEqual([40, 60, 80]);
  });

  it('includes a start equal to earliest and excludes a start equal to latest', () => {
    const slots = cutCandidateSlots([{ start: 0, end: 120 * M }], 30 * M, 30 * M, 1, 30 * M, 60 * M);
    expect(slots.map((s) => s.start / M)).toEqual([30]);
  });

  it('lets a slot starting before latest run past it', () => {
    const slots = cutCandidateSlots([{ start: 0, end: 120 * M }], 60 * M, 30 * M, 1, 0, 31 * M);
    expect(slots.map((s) => [s.start / M, s.end / M])).toEqual([
      [0, 60],
      [30, 90],
    ]);
  });

  it('cuts each window on its own grid', () => {
    const slots = cutCandidateSlots([{ start: 0, end: 60 * M }, { start: 70 * M, end: 130 * M }], 30 * M, 30 * M, 1, 0, Infinity);
    expect(slots.map((s) => s.start / M)).toEqual([0, 30, 70, 100]);
  });
});
