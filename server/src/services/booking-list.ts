import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookingStatus, PaymentStatus } from '../db/entities/index.ts';
import { jsonColumn } from '../db/raw-rows.ts';
import { decodeKeysetCursor, keysetPage, UUID } from './keyset-cursor.ts';

/** Filters of the admin booking list. */
export interface BookingFilter {
  status?: BookingStatus[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  eventType?: string | undefined;
  host?: string | undefined;
  q?: string | undefined;
  /** Only bookings of these hosts (a staff member's); `null` or absent: every host. */
  hostIds?: readonly string[] | null | undefined;
}

/** A row of the list, flat, as SQL returns it. */
export interface BookingListRow {
  id: string;
  uid: string;
  status: BookingStatus;
  start_at: Date;
  end_at: Date;
  timezone: string;
  attendee_name: string;
  attendee_email: string;
  attendee_phone: string | null;
  seats: number;
  guests: string[];
  answers: Record<string, string | boolean>;
  metadata: Record<string, string>;
  price: { amount: number; currency: string } | null;
  /** The latest payment's id and status (null for free bookings). */
  payment?: { id: string; status: PaymentStatus } | null;
  location: { kind: string; value?: string };
  sequence: number;
  cancel_reason: string | null;
  created_at: Date;
  updated_at: Date;
  event_type_slug: string;
  event_type_title: string;
  host_id: string;
  host_name: string;
}

/** A raw SQL row (timestamps as text, json maybe as text) as a typed row. */
function toRow(r: Record<string, unknown>): BookingListRow {
  return {
    ...(r as unknown as BookingListRow),
    start_at: new Date(r.start_at as string), end_at: new Date(r.end_at as string),
    created_at: new Date(r.created_at as string), updated_at: new Date(r.updated_at as string),
    guests: jsonColumn(r.guests), answers: jsonColumn(r.answers), metadata: jsonColumn(r.metadata), price: jsonColumn(r.price), payment: jsonColumn(r.payment), location: jsonColumn(r.location),
  };
}

/** Dates (`YYYY-MM-DD`, read as UTC midnight) or instants to a Date. */
function bound(value: string): Date {
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/**
 * One page of a workspace's bookings ordered by start (then id), with keyset paging so
 * pages stay stable while bookings are added.
 */
export async function listBookings(em: EntityManager, workspaceId: string, filter: BookingFilter, page: { limit: number; cursor?: string | undefined }) {
  const where = ['b.workspace_id = ?'];
  const args: unknown[] = [workspaceId];
  if (filter.status?.length) { where.push(`b.status in (${filter.status.map(() => '?').join(', ')})`); args.push(...filter.status); }
  if (filter.from) { where.push('b.end_at > ?'); args.push(bound(filter.from)); }
  if (filter.to) { where.push('b.start_at < ?'); args.push(filter.to.length === 10 ? new Date(bound(filter.to).getTime() + 86_400_000) : bound(filter.to)); }
  if (filter.eventType) {
    where.push(UUID.test(filter.eventType) ? 'e.id = ?' : 'e.slug = ?');
    args.push(filter.eventType);
  }
  if (filter.host) { where.push('b.host_id = ?'); args.push(filter.host); }
  if (filter.hostIds) {
    where.push(filter.hostIds.length ? `b.host_id in (${filter.hostIds.map(() => '?').join(', ')})` : 'false');
    args.push(...filter.hostIds);
  }
  if (filter.q) {
    where.push(`(b.attendee_name ilike ? or b.attendee_email ilike ? or b.uid = ?)`);
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    args.push(like, like, filter.q);
  }
  if (page.cursor) {
    const [at, id] = decodeKeysetCursor(page.cursor);
    where.push('(b.start_at, b.id) > (?, ?)');
    args.push(at, id);
  }
  const raw = await em.execute<Record<string, unknown>[]>(
    `select b.id, b.uid, b.status, b.start_at, b.end_at, b.timezone, b.attendee_name, b.attendee_email, b.attendee_phone, b.seats,
            b.guests, b.answers, b.metadata, b.price, b.payment, b.location, b.sequence, b.cancel_reason, b.created_at, b.updated_at,
            e.slug as event_type_slug, e.title as event_type_title, h.id as host_id, h.name as host_name
       from booking b join event_type e on e.id = b.event_type_id join host h on h.id = b.host_id
      where ${where.join(' and ')}
      order by b.start_at, b.id
      limit ?`,
    [...args, page.limit + 1],
  );
  return keysetPage(raw.map(toRow), page.limit, (row) => [row.start_at, row.id]);
}
