/**
 * @slotkit/core: the pure scheduling engine. Weekly rules, overrides, blackouts, busy time and
 * booking policies in; bookable slots out. No I/O, no clock: `now` is always a parameter.
 */

export type {
  Availability,
  DateOverride,
  DaySlots,
  Interval,
  SharedSlot,
  Slot,
  SlotQuery,
  WeeklyRule,
  Weekday,
} from './types.ts';
export type { HostDaySlots, HostSlot } from './merge-host-slots.ts';

export { computeSlots } from './compute-slots.ts';
export { assertValidSlotQuery } from './validate-slot-query.ts';
export { mergeHostSlots } from './merge-host-slots.ts';
export { expandWeeklyRules } from './expand-weekly-rules.ts';
export { mergeIntervals } from './merge-intervals.ts';
export { subtractIntervals } from './subtract-intervals.ts';
export { intervalsOverlap } from './intervals-overlap.ts';
export {
  addDays,
  daysBetween,
  isValidLocalDate,
  isValidTimeZone,
  isValidWallTime,
  localDateOf,
  localTimeOf,
  minutesOfWallTime,
  startOfLocalDay,
  weekdayOf,
  zonedWallTimeToUtc,
  zoneOffsetAt,
} from './zoned-time.ts';
export { findRole, MAX_CHARGE_AMOUNT, priceBooking, type BookingPrice, type PriceRule, type PricingRules, type RolePrice, type SeatTier } from './pricing/price-booking.ts';
export { cancellationRefund, type CancellationPolicy } from './pricing/cancellation-refund.ts';
