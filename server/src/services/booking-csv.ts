import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { iso } from '../http/presenters.ts';
import { listBookings, type BookingFilter, type BookingListRow } from './booking-list.ts';

const COLUMNS: [string, (r: BookingListRow) => unknown][] = [
  ['uid', (r) => r.uid], ['status', (r) => r.status], ['start', (r) => iso(r.start_at)], ['end', (r) => iso(r.end_at)],
  ['timezone', (r) => r.timezone], ['event_type', (r) => r.event_type_slug], ['host', (r) => r.host_name],
  ['attendee_name', (r) => r.attendee_name], ['attendee_email', (r) => r.attendee_email], ['attendee_phone', (r) => r.attendee_phone],
  ['seats', (r) => r.seats], ['guests', (r) => r.guests.join(' ')], ['answers', (r) => JSON.stringify(r.answers)],
  ['cancel_reason', (r) => r.cancel_reason], ['created_at', (r) => iso(r.created_at)],
];

/** One CSV field (RFC 4180), defused against spreadsheet formula injection. */
function field(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Streams every booking matching the filter as CSV, fetching 500 rows at a time. */
export function bookingsCsv(em: EntityManager, workspaceId: string, filter: BookingFilter): Readable {
  async function* lines() {
    yield COLUMNS.map(([name]) => name).join(',') + '\r\n';
    let cursor: string | undefined;
    do {
      const page = await listBookings(em, workspaceId, filter, { limit: 500, cursor });
      for (const row of page.data) yield COLUMNS.map(([, get]) => field(get(row))).join(',') + '\r\n';
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return Readable.from(lines());
}
