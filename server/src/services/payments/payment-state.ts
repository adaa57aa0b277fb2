import type { EntityManager } from '@mikro-orm/postgresql';
import { Payment, type IPayment, type PaymentStatus } from '../../db/entities/index.ts';
import type { LoadedBooking } from '../bookings.ts';
import { loadBooking } from '../bookings.ts';

/** Statuses of a payment still waiting for the customer (a failed attempt may be retried in Checkout). */
export const OPEN_PAYMENT_STATUSES: readonly PaymentStatus[] = ['pending', 'failed'];
/** Statuses of a payment whose money Stripe took. */
export const PAID_PAYMENT_STATUSES: readonly PaymentStatus[] = ['succeeded', 'partially_refunded', 'refunded', 'disputed'];

/** Sets a payment's status and the booking's copy of it (bookings show it without a join). */
export function setPaymentStatus(payment: IPayment, booking: LoadedBooking, status: PaymentStatus): void {
  payment.status = status;
  booking.payment = { id: payment.id, status };
}

/** A paid payment's status once `amountRefunded` changed; a dispute stays visible until resolved. */
export function statusAfterRefunds(payment: IPayment): PaymentStatus {
  if (payment.status === 'disputed') return 'disputed';
  if (payment.amountRefunded >= payment.amount) return 'refunded';
  return payment.amountRefunded > 0 ? 'partially_refunded' : 'succeeded';
}

/**
 * Locks a payment's booking, then the payment (always in this order, like every booking
 * change), inside the caller's transaction. Null when the payment does not exist.
 */
export async function lockPayment(tx: EntityManager, paymentId: string): Promise<{ booking: LoadedBooking; payment: IPayment } | null> {
  const [row] = await tx.execute<{ uid: string; workspace_id: string }[]>(
    'select b.uid, p.workspace_id from payment p join booking b on b.id = p.booking_id where p.id = ?', [paymentId]);
  if (!row) return null;
  const booking = await loadBooking(tx, row.workspace_id, row.uid, true);
  await tx.execute('select id from payment where id = ? for update', [paymentId]);
  const payment = await tx.findOneOrFail(Payment, { id: paymentId }, { refresh: true });
  return { booking, payment };
}
