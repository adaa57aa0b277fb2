import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { jsonColumn } from '../../db/raw-rows.ts';
import type { Branding } from '../../db/entities/workspace.ts';
import type { PresentedBooking } from '../../http/presenters.ts';
import { enqueue } from '../../jobs/enqueue.ts';
import { calendarInvite } from '../calendar-invite.ts';
import { queueEmail } from '../email/outbox.ts';
import { renderEmail } from '../email/render.ts';
import { manageUrl } from '../links.ts';
import { manageTokenFor } from '../secrets.ts';
import { emailsFor, webhookEventFor, type PlannedEmail } from './booking-effects.ts';
import { planReminders } from './reminders.ts';

/** What the fan-out needs from the configuration. */
export interface FanoutDeps {
  secretKey: string;
  publicUrl: string;
  /** `Name <address>` emails are sent from; its address organizes invites of hosts without an email. */
  emailFrom: string;
}

/** A booking change as the job carries it: the booking as it was right after the change. */
export interface BookingChange {
  workspaceId: string;
  bookingEventId: number;
  booking: PresentedBooking;
}

interface ChangeRow {
  type: string;
  at: string;
  data: unknown;
  booking_id: string;
  manage_token_salt: string | null;
  locale: string | null;
  workspace_name: string;
  workspace_slug: string;
  branding: unknown;
  host_email: string | null;
  host_timezone: string;
}

/** The address part of `Name <address>`. */
function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

/** The public id of a webhook event: opaque, yet the same however often the fan-out runs. */
function webhookEventId(secretKey: string, bookingEventId: number): string {
  return `evt_${createHmac('sha256', secretKey).update(`slotkit webhook-event\0${bookingEventId}`).digest('base64url').slice(0, 24)}`;
}

/**
 * Plans everything one booking change causes, in one transaction: its emails (rendered now,
 * sent by `email.send` jobs), a webhook delivery per subscribed endpoint (`webhook.deliver`
 * jobs) and the booking's reminders. Safe to run twice: rows are keyed by the change, so a
 * retried job plans nothing new.
 */
export async function fanOutBookingChange(em: EntityManager, deps: FanoutDeps, change: BookingChange, now: Date): Promise<void> {
  await em.transactional(async (tx) => {
    const [row] = await tx.execute<ChangeRow[]>(
      `select e.type, e.at, e.data, b.id as booking_id, b.manage_token_salt, b.locale, w.name as workspace_name, w.slug as workspace_slug, w.branding,
              h.email as host_email, h.timezone as host_timezone
         from booking_event e join booking b on b.id = e.booking_id join workspace w on w.id = e.workspace_id join host h on h.id = b.host_id
        where e.id = ? and e.workspace_id = ?`,
      [change.bookingEventId, change.workspaceId],
    );
    if (!row) return; // the workspace or booking was deleted since
    const booking = change.booking;
    const eventData = jsonColumn<Record<string, unknown>>(row.data);
    for (const email of emailsFor(row.type, booking.status)) {
      const recipient = email.to === 'customer' ? booking.attendee.email : row.host_email;
      if (!recipient) continue;
      await planEmail(tx, deps, change, row, email, recipient, now, typeof eventData.from === 'string' ? eventData.from : undefined);
    }
    const webhookType = webhookEventFor(row.type, booking.status);
    if (webhookType) {
      const eventId = webhookEventId(deps.secretKey, change.bookingEventId);
      const body = JSON.stringify({
        id: eventId, type: webhookType, createdAt: new Date(row.at).toISOString(),
        workspace: row.workspace_slug, booking,
      });
      const deliveries = await tx.execute<{ id: string }[]>(
        `insert into webhook_delivery (id, workspace_id, endpoint_id, event_id, event_type, body, status, attempts, next_attempt_at, created_at)
         select gen_random_uuid(), ?, e.id, ?, ?, ?, 'pending', 0, ?, ? from webhook_endpoint e
          where e.workspace_id = ? and e.active and e.events @> ?::jsonb
         on conflict (endpoint_id, event_id) do nothing returning id`,
        [change.workspaceId, eventId, webhookType, body, now, now, change.workspaceId, JSON.stringify([webhookType])],
      );
      for (const delivery of deliveries) {
        await enqueue(tx, 'webhook.deliver', { workspaceId: change.workspaceId, deliveryId: delivery.id }, { jobKey: `webhook:${delivery.id}` });
      }
    }
    await planReminders(tx, row.booking_id, now);
  });
}

async function planEmail(tx: EntityManager, deps: FanoutDeps, change: BookingChange, row: ChangeRow, email: PlannedEmail, recipient: string, now: Date, previousStart?: string) {
  const booking = change.booking;
  const customer = email.to === 'customer';
  // Bookings from before manage links were emailed have no salt: their emails go without one.
  const link = customer && row.manage_token_salt ? manageUrl(deps.publicUrl, booking.uid, manageTokenFor(deps.secretKey, booking.uid, row.manage_token_salt)) : undefined;
  const ics = email.invite ? calendarInvite(booking, {
    organizerEmail: row.host_email ?? addressOf(deps.emailFrom), organizerName: booking.host.name, manageUrl: link,
  }) : null;
  const branding = jsonColumn<Branding>(row.branding);
  const rendered = renderEmail({
    kind: email.kind,
    locale: customer ? row.locale : null,
    timezone: customer ? booking.timezone : row.host_timezone,
    workspace: { name: row.workspace_name, accentColor: branding.accentColor },
    booking: {
      title: booking.eventType.title, hostName: booking.host.name, attendeeName: booking.attendee.name, attendeeEmail: booking.attendee.email,
      start: booking.start, end: booking.end, location: booking.location, cancelReason: booking.cancelReason,
    },
    previousStart: email.kind.endsWith('rescheduled') ? previousStart : undefined,
    manageUrl: link,
    hasInvite: ics !== null,
  });
  await queueEmail(tx, {
    workspaceId: change.workspaceId, bookingId: row.booking_id, dedupeKey: `change:${change.bookingEventId}:${email.kind}`, kind: email.kind,
    recipient, role: email.to, rendered, invite: ics && email.invite ? { ics, method: email.invite } : null,
  }, now);
}
