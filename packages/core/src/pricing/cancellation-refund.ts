/** How much of a payment a customer gets back when cancelling, by how early they cancel. */
export interface CancellationPolicy {
  /** Cancelling at least this many hours before the start refunds everything. */
  fullRefundHours: number;
  /** Cancelling at least this many hours before the start (but later than the full window) refunds `partialRefundPercent`. */
  partialRefundHours: number;
  /** Percent (0–100) of the amount paid refunded in the partial window. */
  partialRefundPercent: number;
}

const HOUR = 3_600_000;

/**
 * The refund, in minor units, for a customer cancelling at `now` a booking starting at `start`,
 * of which `paid` was paid and `alreadyRefunded` given back. Hours are measured from `now` to the
 * start; each window includes its boundary (exactly `fullRefundHours` before is a full refund).
 * No policy means a full refund. A partial refund is `partialRefundPercent` of `paid` rounded
 * down to a whole minor unit (the customer never gets more than the stated percent; 33% of 1001
 * is 330), and no refund exceeds what is left.
 */
export function cancellationRefund(policy: CancellationPolicy | null, paid: number, alreadyRefunded: number, start: number, now: number): number {
  const left = Math.max(0, paid - alreadyRefunded);
  if (!policy) return left;
  const hours = (start - now) / HOUR;
  if (hours >= policy.fullRefundHours) return left;
  if (hours >= policy.partialRefundHours) return Math.min(left, Math.floor((paid * policy.partialRefundPercent) / 100));
  return 0;
}
