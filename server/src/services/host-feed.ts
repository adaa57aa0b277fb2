import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Host, type IHost } from '../db/entities/index.ts';
import { jsonColumn } from '../db/raw-rows.ts';
import { fold, icsTime, text } from './ical-format.ts';
import { getHost } from './hosts.ts';

/** Bookings that ended longer ago than this are left out of the feed. */
const FEED_HISTORY_DAYS = 30;
/** Enough for any real calendar; keeps one response bounded. */
const FEED_MAX_EVENTS = 5_000;
const DAY_MS = 86_400_000;
const MAC_BYTES = 16;

function mac(secretKey: string, hostId: string, version: number): Buffer {
  return createHmac('sha256', secretKey).update(`slotkit host feed\0${hostId}\0${version}`).digest().subarray(0, MAC_BYTES);
}

/**
 * The secret token of a host's feed: the host id and an HMAC of it with the feed version
 * under SECRET_KEY. Nothing is stored but the version, so admins can see the URL again;
 * raising the version (rotation) or changing SECRET_KEY makes older URLs stop working.
 */
export function feedTokenFor(secretKey: string, host: Pick<IHost, 'id' | 'calendarFeedVersion'>): string {
  const id = Buffer.from(host.id.replace(/-/g, ''), 'hex');
  return Buffer.concat([id, mac(secretKey, host.id, host.calendarFeedVersion)]).toString('base64url');
}

/** The public subscription address of a host's feed. */
export function feedUrlFor(publicUrl: string, secretKey: string, host: Pick<IHost, 'id' | 'calendarFeedVersion'>): string {
  return `${publicUrl}/v1/public/feeds/${feedTokenFor(secretKey, host)}.ics`;
}

/** The live host a feed token belongs to, or null for a wrong, rotated or foreign token. */
export async function hostOfFeedToken(em: EntityManager, secretKey: string, token: string) {
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== 16 + MAC_BYTES || raw.toString('base64url') !== token) return null;
  const hex = raw.subarray(0, 16).toString('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const host = await em.findOne(Host, { id, archivedAt: null }, { populate: ['workspace'] });
  if (!host) return null;
  return timingSafeEqual(raw.subarray(16), mac(secretKey, host.id, host.calendarFeedVersion)) ? host : null;
}

/** Gives a host a new feed URL; the old one stops working at once. */
export async function rotateHostFeed(em: EntityManager, workspaceId: string, hostId: string) {
  const host = await getHost(em, workspaceId, hostId);
  host.calendarFeedVersion += 1;
  await em.flush();
  return host;
}

interface FeedRow {
  uid: string;
  status: string;
  start_at: string;
  end_at: string;
  updated_at: string;
  sequence: number;
  attendee_name: string;
  attendee_email: string;
  attendee_phone: string | null;
  guests: unknown;
  location: unknown;
  event_type_title: string;
}

const EVENT_STATUS: Record<string, string> = {
  confirmed: 'CONFIRMED', completed: 'CONFIRMED', no_show: 'CONFIRMED',
  pending_payment: 'TENTATIVE', pending_confirmation: 'TENTATIVE', cancelled: 'CANCELLED',
};

/**
 * A host's bookings as an iCalendar subscription feed (RFC 5545 + RFC 7986 names): every
 * booking that ended at most 30 days ago, cancelled ones as STATUS:CANCELLED so subscribed
 * calendars drop them. No METHOD (a feed is not an iTIP message); the UID is the booking's,
 * as in the invites, so a calendar that got both shows one event.
 */
export async function hostCalendarFeed(em: EntityManager, host: IHost & { workspace: { id: string; name: string } }, now: Date): Promise<string> {
  const rows = await em.execute<FeedRow[]>(
    `select b.uid, b.status, b.start_at, b.end_at, b.updated_at, b.sequence, b.attendee_name, b.attendee_email, b.attendee_phone,
            b.guests, b.location, e.title as event_type_title
       from booking b join event_type e on e.id = b.event_type_id
      where b.workspace_id = ? and b.host_id = ? and b.end_at >= ?
      order by b.start_at, b.id
      limit ?`,
    [host.workspace.id, host.id, new Date(now.getTime() - FEED_HISTORY_DAYS * DAY_MS), FEED_MAX_EVENTS],
  );
  const name = `${host.name} · ${host.workspace.name}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Slotkit//Host feed//EN',
    'CALSCALE:GREGORIAN',
    `NAME:${text(name)}`,
    `X-WR-CALNAME:${text(name)}`,
    `X-WR-TIMEZONE:${host.timezone}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT15M',
    'X-PUBLISHED-TTL:PT15M',
  ];
  for (const row of rows) {
    const guests = jsonColumn<string[]>(row.guests);
    const location = jsonColumn<{ kind: string; value?: string }>(row.location);
    const description = [
      `${row.attendee_name} <${row.attendee_email}>`,
      row.attendee_phone ? `Phone: ${row.attendee_phone}` : '',
      guests.length ? `Guests: ${guests.join(', ')}` : '',
    ].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${row.uid}@slotkit`,
      `SEQUENCE:${row.sequence}`,
      `DTSTAMP:${icsTime(new Date(row.updated_at))}`,
      `LAST-MODIFIED:${icsTime(new Date(row.updated_at))}`,
      `DTSTART:${icsTime(new Date(row.start_at))}`,
      `DTEND:${icsTime(new Date(row.end_at))}`,
      `SUMMARY:${text(`${row.event_type_title}: ${row.attendee_name}`)}`,
      `DESCRIPTION:${text(description)}`,
      `STATUS:${EVENT_STATUS[row.status] ?? 'CONFIRMED'}`,
      ...(location.value ? [`LOCATION:${text(location.value)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
