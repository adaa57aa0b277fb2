import type { Payment } from '@slotkit/sdk';

/** A payment status. */
export type PaymentStatus = Payment['status'];

/** Every payment status, in the order the filter offers them. */
export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['pending', 'succeeded', 'partially_refunded', 'refunded', 'failed', 'expired', 'disputed'];

/** Words for a payment status. */
export const STATUS_LABELS: Record<PaymentStatus, string> = {
  pending: 'Pending', succeeded: 'Paid', failed: 'Failed', expired: 'Expired', refunded: 'Refunded', partially_refunded: 'Partly refunded', disputed: 'Disputed',
};

/** The badge class of a status (the shared badge colours). */
export function statusBadge(status: PaymentStatus): string {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'pending') return 'pending';
  if (status === 'failed' || status === 'disputed' || status === 'expired') return 'failed';
  return '';
}
