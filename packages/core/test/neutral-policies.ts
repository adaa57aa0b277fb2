import type { SlotQuery } from '../src/types.ts';

/** Every policy of a slot query switched off, for tests to override what they exercise. */
export const NEUTRAL_POLICIES = {
  now: 0,
  bufferBefore: 0,
  bufferAfter: 0,
  minNotice: 0,
  maxAdvanceDays: null,
  seats: 1,
  busy: [],
  sharedSlots: [],
  maxPerDay: null,
  bookedStarts: [],
} satisfies Partial<SlotQuery>;
