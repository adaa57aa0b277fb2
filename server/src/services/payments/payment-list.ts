import type { EntityManager } from '@mikro-orm/postgresql';
import { Payment, Refund, type IPayment, type IRefund, type PaymentStatus } from '../../db/entities/index.ts';
import { AppError } from '../../errors.ts';
import { decodeKeysetCursor, keysetPage } from '../keyset-cursor.ts';

/** A payment with its booking's uid and its refunds, as presenters need it. */
export interface PaymentWithRefunds {
  payment: IPayment;
  bookingUid: string;
  refunds: IRefund[];
}

async function withRefunds(em: EntityManager, payments: IPayment[]): Promise<PaymentWithRefunds[]> {
  if (!payments.length) return [];
  const refunds = await em.find(Refund, { payment: { $in: payments.map((p) => p.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return payments.map((payment) => ({ payment, bookingUid: payment.booking.uid, refunds: refunds.filter((r) => r.payment.id === payment.id) }));
}

/**
 * The condition limiting payments to those of bookings of `hostIds` (`null`: every host), so
 * staff see and refund only their hosts' payments and are told nothing of others (404).
 */
export function paymentScope(hostIds: readonly string[] | null): Record<string, unknown> {
  return hostIds === null ? {} : { booking: { host: { $in: [...hostIds] } } };
}

/** One payment of the workspace (of a booking of `hostIds`) with its refunds, or 404. */
export async function getPayment(em: EntityManager, workspaceId: string, id: string, hostIds: readonly string[] | null): Promise<PaymentWithRefunds> {
  const payment = await em.findOne(Payment, { id, workspace: workspaceId, ...paymentScope(hostIds) }, { populate: ['booking'], refresh: true });
  if (!payment) throw AppError.notFound('Payment');
  return (await withRefunds(em, [payment]))[0]!;
}

/** A page of the workspace's payments (of bookings of `hostIds`), newest first, by status and booking uid. */
export async function listPayments(
  em: EntityManager, workspaceId: string, filter: { status?: PaymentStatus | undefined; booking?: string | undefined; hostIds: readonly string[] | null },
  page: { limit: number; cursor?: string | undefined },
) {
  const where: Record<string, unknown> = { workspace: workspaceId };
  if (filter.status) where.status = filter.status;
  if (filter.booking || filter.hostIds) {
    where.booking = { ...(filter.booking ? { uid: filter.booking } : {}), ...(filter.hostIds ? { host: { $in: [...filter.hostIds] } } : {}) };
  }
  if (page.cursor) {
    const [at, id] = decodeKeysetCursor(page.cursor);
    where.$or = [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: id } }];
  }
  const rows = await em.find(Payment, where, { populate: ['booking'], orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.limit + 1 });
  const result = keysetPage(rows, page.limit, (p) => [p.createdAt, p.id]);
  return { data: await withRefunds(em, result.data), nextCursor: result.nextCursor };
}
