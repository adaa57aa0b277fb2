import type { EntityManager } from '@mikro-orm/postgresql';
import type { Location } from '../../db/entities/index.ts';
import type { Branding } from '../../db/entities/workspace.ts';
import { jsonColumn } from '../../db/raw-rows.ts';
import { queueEmail } from '../email/outbox.ts';
import { renderEmail } from '../email/render.ts';
import { manageUrl } from '../links.ts';
import { manageTokenFor } from '../secrets.ts';

/**
 * Plans a booking's reminders afresh from its current state: one per offset of its event type
 * (minutes before the start) still in the future, for a confirmed booking only. Unsent
 * reminders of an old time go; a reminder already sent for this very time is not planned again.
 */
export async function planReminders(em: EntityManager, bookingId: string, now: Date): Promise<void> {
  await em.execute('delete from reminder where booking_id = ? and sent_at is null', [bookingId]);
  await em.execute(
    `insert into reminder (id, workspace_id, booking_id, offset_minutes, due_at, sent_at)
     select gen_random_uuid(), b.workspace_id, b.id, o.minutes, b.start_at - make_interval(mins => o.minutes), null
       from booking b join event_type t on t.id = b.event_type_id
       cross join lateral (select distinct value::int as minutes from jsonb_array_elements_text(t.reminders)) o
      where b.id = ? and b.status = 'confirmed' and b.start_at - make_interval(mins => o.minutes) > ?
     on conflict (booking_id, offset_minutes, due_at) do nothing`,
    [bookingId, now],
  );
}

interface DueRow {
  id: string;
  workspace_id: string;
  booking_id: string;
  uid: string;
  manage_token_salt: string | null;
  start_at: string;
  end_at: string;
  timezone: string;
  locale: string | null;
  attendee_name: string;
  attendee_email: string;
  location: unknown;
  title: string;
  host_name: string;
  workspace_name: string;
  branding: unknown;
}

/** What sending reminders needs from the configuration. */
export interface ReminderDeps {
  secretKey: string;
  publicUrl: string;
}

/**
 * Turns reminders that are due at `now` into reminder emails (at most `limit` per call).
 * Several workers may call it at once: each due reminder is claimed by one of them (SKIP
 * LOCKED), and its email and the mark that it was sent commit together. A booking that has
 * started by then gets no reminder.
 */
export async function dispatchDueReminders(em: EntityManager, deps: ReminderDeps, now: Date, limit = 100): Promise<number> {
  return em.transactional(async (tx) => {
    const due = await tx.execute<DueRow[]>(
      `select r.id, r.workspace_id, r.booking_id, b.uid, b.manage_token_salt, b.start_at, b.end_at, b.timezone, b.locale, b.attendee_name, b.attendee_email,
              b.location, t.title, h.name as host_name, w.name as workspace_name, w.branding
         from reminder r join booking b on b.id = r.booking_id join event_type t on t.id = b.event_type_id
         join host h on h.id = b.host_id join workspace w on w.id = r.workspace_id
        where r.sent_at is null and r.due_at <= ? and b.status = 'confirmed' and b.start_at > ?
        order by r.due_at limit ? for update of r skip locked`,
      [now, now, limit],
    );
    for (const row of due) {
      const rendered = renderEmail({
        kind: 'reminder', locale: row.locale, timezone: row.timezone,
        workspace: { name: row.workspace_name, accentColor: jsonColumn<Branding>(row.branding).accentColor },
        booking: {
          title: row.title, hostName: row.host_name, attendeeName: row.attendee_name, attendeeEmail: row.attendee_email,
          start: new Date(row.start_at).toISOString(), end: new Date(row.end_at).toISOString(), location: jsonColumn<Location>(row.location), cancelReason: null,
        },
        manageUrl: row.manage_token_salt ? manageUrl(deps.publicUrl, row.uid, manageTokenFor(deps.secretKey, row.uid, row.manage_token_salt)) : undefined,
        hasInvite: false,
      });
      await queueEmail(tx, {
        workspaceId: row.workspace_id, bookingId: row.booking_id, dedupeKey: `reminder:${row.id}`, kind: 'reminder',
        recipient: row.attendee_email, role: 'customer', rendered, invite: null,
      }, now);
      await tx.execute('update reminder set sent_at = ? where id = ?', [now, row.id]);
    }
    return due.length;
  });
}
