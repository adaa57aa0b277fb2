import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import { decodeKeysetCursor, keysetPage } from '../keyset-cursor.ts';

/** An outbox row as the API reads it. */
export interface OutboxRow {
  id: string;
  kind: string;
  recipient: string;
  recipient_role: string;
  locale: string;
  subject: string;
  status: string;
  provider: string | null;
  attempts: number;
  last_error: string | null;
  booking_uid: string | null;
  ics_method: string | null;
  created_at: string;
  sent_at: string | null;
  html?: string;
  text?: string;
  ics?: string | null;
}

/**
 * The condition that keeps a staff caller to emails of their hosts' bookings (`hostIds`, null:
 * every email). Booking emails carry manage links and account emails sign-in links, so staff
 * see no email of another host's booking and none without a booking.
 */
function scopeCondition(hostIds: readonly string[] | null): { sql: string; args: unknown[] } | null {
  return hostIds === null ? null : { sql: `b.host_id = any(string_to_array(?, ',')::uuid[])`, args: [hostIds.join(',')] };
}

const COLUMNS = `m.id, m.kind, m.recipient, m.recipient_role, m.locale, m.subject, m.status, m.provider, m.attempts, m.last_error,
  b.uid as booking_uid, m.ics_method, m.created_at, m.sent_at`;

/** One page of the workspace's emails (within `hostIds`, see above), newest first, optionally by status or booking. */
export async function listOutbox(
  em: EntityManager, workspaceId: string, hostIds: readonly string[] | null,
  filter: { status?: string | undefined; booking?: string | undefined }, page: { limit: number; cursor?: string | undefined },
) {
  const where = ['m.workspace_id = ?'];
  const args: unknown[] = [workspaceId];
  const scope = scopeCondition(hostIds);
  if (scope) { where.push(scope.sql); args.push(...scope.args); }
  if (filter.status) { where.push('m.status = ?'); args.push(filter.status); }
  if (filter.booking) { where.push('b.uid = ?'); args.push(filter.booking); }
  if (page.cursor) {
    const [at, id] = decodeKeysetCursor(page.cursor);
    where.push('(m.created_at, m.id) < (?, ?)');
    args.push(at, id);
  }
  const rows = await em.execute<OutboxRow[]>(
    `select ${COLUMNS} from outbox_message m left join booking b on b.id = m.booking_id
      where ${where.join(' and ')} order by m.created_at desc, m.id desc limit ?`, [...args, page.limit + 1]);
  return keysetPage(rows, page.limit, (row) => [row.created_at, row.id]);
}

/** What the API shows instead of an account email's body: its single-use link would let any reader take over the account. */
const HIDDEN_BODY = '(Hidden: this email holds a single-use sign-in link for its recipient only.)';

/**
 * One email with its HTML, text and invite (account emails without their bodies), or 404 when
 * there is none or it is outside `hostIds` (see above).
 */
export async function getOutboxMessage(em: EntityManager, workspaceId: string, hostIds: readonly string[] | null, id: string): Promise<OutboxRow> {
  const scope = scopeCondition(hostIds);
  const [row] = await em.execute<OutboxRow[]>(
    `select ${COLUMNS}, case when m.recipient_role = 'member' then ? else m.html end as html, case when m.recipient_role = 'member' then ? else m.text end as text, m.ics
       from outbox_message m left join booking b on b.id = m.booking_id where m.id = ? and m.workspace_id = ?${scope ? ` and ${scope.sql}` : ''}`,
    [HIDDEN_BODY, HIDDEN_BODY, id, workspaceId, ...(scope?.args ?? [])]);
  if (!row) throw AppError.notFound('Email');
  return row;
}
