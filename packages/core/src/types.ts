/**
 * Shared types of the slot engine. Instants are epoch milliseconds (UTC); intervals are
 * half-open `[start, end)`. Local dates are `YYYY-MM-DD`, wall-clock times `HH:mm`.
 */

/** A half-open interval of instants `[start, end)` in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** A day of the week as the API spells it. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** One working interval on a weekday, wall-clock in the schedule's zone; `end` may be `24:00`. */
export interface WeeklyRule {
  day: Weekday;
  start: string;
  end: string;
}

/** Replaces one local date's working intervals; an empty list closes the day. */
export interface DateOverride {
  date: string;
  intervals: { start: string; end: string }[];
}

/** When a host works: wall-clock rules in an IANA zone plus overrides and blackouts. */
export interface Availability {
  timezone: string;
  weekly: WeeklyRule[];
  overrides: DateOverride[];
  /** Absolute ranges with no availability at all (holidays, leave). */
  blackouts: Interval[];
}

/** An existing shared (group) slot of the same event type that may still take seats. */
export interface SharedSlot {
  start: number;
  end: number;
  seatsTaken: number;
}

/** Everything the engine needs to compute bookable slots for one host; every policy explicit. */
export interface SlotQuery {
  availability: Availability;
  /** First and last local date (inclusive) in `timezone` the caller wants slots for. */
  from: string;
  to: string;
  /** The viewer's IANA zone: the range and the grouping of slots into days use it. */
  timezone: string;
  /** The current instant; nothing in the engine reads the clock. */
  now: number;
  /** Slot length in minutes. */
  duration: number;
  /** Minutes between consecutive slot starts within a working interval. */
  step: number;
  /** Minutes that must remain free before a slot (the slot's own buffer). */
  bufferBefore: number;
  /** Minutes that must remain free after a slot. */
  bufferAfter: number;
  /** A slot never starts before `now + minNotice` minutes. */
  minNotice: number;
  /** A slot never starts at or after `now + maxAdvanceDays` days; null = no limit. */
  maxAdvanceDays: number | null;
  /** Capacity of one slot (1 = one-on-one). */
  seats: number;
  /**
   * Time the host cannot be booked: other bookings already widened by their own buffers,
   * payment holds, external calendar busy time. Unsorted is fine.
   */
  busy: Interval[];
  /**
   * Existing slots of this event type that still count seats (group bookings). They are
   * offered again with `seatsLeft = seats - seatsTaken` while that is positive, and block
   * other candidate slots like busy time (widened by this event type's buffers).
   * They must not also appear in `busy`, and each (start, end) appears once (one reservation per slot).
   */
  sharedSlots: SharedSlot[];
  /** At most this many bookings of the event type per host-local day; null = no limit. */
  maxPerDay: number | null;
  /** Starts of the host's active bookings of this event type, for `maxPerDay`. */
  bookedStarts: number[];
}

/** One bookable slot. */
export interface Slot {
  start: number;
  end: number;
  seatsLeft: number;
}

/** Slots of one local date in the viewer's zone; days without slots are omitted. */
export interface DaySlots {
  date: string;
  slots: Slot[];
}
