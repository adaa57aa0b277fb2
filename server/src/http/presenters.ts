import type { IApiKey, IBookingEvent, IEventType, IHost, ISchedule, IWorkspace } from '../db/entities/index.ts';
import type { BookingListRow } from '../services/booking-list.ts';
import type { LoadedBooking } from '../services/bookings.ts';

const DAY_MS = 86_400_000;
const dayPrefixes = new Map<number, string>();
const MINUTE_TEXT = Array.from({ length: 1440 }, (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00Z`);

/**
 * Instants leave the API as UTC ISO strings with `Z`, to the second (milliseconds only when
 * present). Whole minutes, which every slot is, take a cached fast path: a 31-day slot list
 * holds thousands of them and `toISOString` was a tenth of the request's time.
 */
export function iso(date: Date | number): string {
  const ms = typeof date === 'number' ? date : date.getTime();
  if (ms % 60_000 === 0 && ms >= 0) {
    const day = Math.floor(ms / DAY_MS);
    let prefix = dayPrefixes.get(day);
    if (prefix === undefined) {
      prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
      if (dayPrefixes.size > 20_000) dayPrefixes.clear();
      dayPrefixes.set(day, prefix);
    }
    return prefix + MINUTE_TEXT[(ms - day * DAY_MS) / 60_000];
  }
  const text = new Date(ms).toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, 19)}Z` : text;
}

/** A workspace as the API shows it. */
export function presentWorkspace(w: IWorkspace) {
  return { id: w.id, slug: w.slug, name: w.name, timezone: w.timezone, allowedOrigins: w.allowedOrigins, branding: w.branding };
}

/** A host as the API shows it. */
export function presentHost(h: IHost) {
  return { id: h.id, name: h.name, email: h.email, timezone: h.timezone, scheduleId: h.schedule?.id ?? null, archived: h.archivedAt !== null };
}

/** A schedule as the API shows it. */
export function presentSchedule(s: ISchedule) {
  return { id: s.id, name: s.name, timezone: s.timezone, weekly: s.weekly, overrides: s.overrides, blackouts: s.blackouts, archived: s.archivedAt !== null };
}

/** An event type as customers see it. */
export function presentEventTypePublic(e: IEventType) {
  return {
    slug: e.slug, title: e.title, description: e.description, durations: e.durations, defaultDuration: e.defaultDuration,
    seats: e.seats, price: e.price,
    pricing: {
      roles: e.pricing.roles.map((r) => ({ role: r.role, label: r.label, amount: r.amount, codeRequired: Boolean(r.accessCode) })),
      seatTiers: e.pricing.seatTiers,
    },
    location: { kind: e.location.kind }, questions: e.questions, requiresConfirmation: e.requiresConfirmation,
  };
}

/** An event type as admins see it. */
export function presentEventType(e: IEventType) {
  return {
    ...presentEventTypePublic(e),
    pricing: e.pricing, cancellationPolicy: e.cancellationPolicy ?? null,
    location: e.location,
    id: e.id, hostIds: e.hosts.getItems().map((h) => h.id), scheduleId: e.schedule?.id ?? null, slotStep: e.slotStep,
    bufferBefore: e.bufferBefore, bufferAfter: e.bufferAfter, minNotice: e.minNotice, maxAdvanceDays: e.maxAdvanceDays,
    maxPerDay: e.maxPerDay, reminders: e.reminders, visibility: e.visibility, active: e.active, archived: e.archivedAt !== null,
  };
}

/** An API key without its secret. */
export function presentApiKey(k: IApiKey) {
  return { id: k.id, name: k.name, role: k.role, prefix: k.prefix, createdAt: iso(k.createdAt), lastUsedAt: k.lastUsedAt ? iso(k.lastUsedAt) : null };
}

/** A booking entity flattened like a list row, so one presenter serves both. */
function bookingRowOf(b: LoadedBooking): BookingListRow {
  return {
    id: b.id, uid: b.uid, status: b.status, start_at: b.startAt, end_at: b.endAt, timezone: b.timezone,
    attendee_name: b.attendeeName, attendee_email: b.attendeeEmail, attendee_phone: b.attendeePhone ?? null, seats: b.seats,
    guests: b.guests, answers: b.answers, metadata: b.metadata, price: b.price ?? null, payment: b.payment ?? null, location: b.location, sequence: b.sequence,
    cancel_reason: b.cancelReason ?? null, created_at: b.createdAt, updated_at: b.updatedAt,
    event_type_slug: b.eventType.slug, event_type_title: b.eventType.title, host_id: b.host.id, host_name: b.host.name,
  };
}

/** A booking list row as the API shows it. */
export function presentBookingRow(r: BookingListRow) {
  return {
    uid: r.uid, status: r.status,
    eventType: { slug: r.event_type_slug, title: r.event_type_title },
    host: { id: r.host_id, name: r.host_name },
    start: iso(r.start_at), end: iso(r.end_at), timezone: r.timezone,
    attendee: { name: r.attendee_name, email: r.attendee_email, phone: r.attendee_phone },
    seats: r.seats, guests: r.guests, answers: r.answers, metadata: r.metadata, price: r.price, payment: r.payment ?? null, location: r.location,
    sequence: r.sequence, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at), cancelReason: r.cancel_reason,
  };
}

/** A booking as the API shows it (and as webhooks and emails carry it). */
export type PresentedBooking = ReturnType<typeof presentBookingRow>;

/** A booking as the API shows it. */
export function presentBooking(b: LoadedBooking) {
  return presentBookingRow(bookingRowOf(b));
}

/** One audit-trail entry. */
export function presentBookingEvent(e: IBookingEvent) {
  return { at: iso(e.at), type: e.type, actor: e.actor, data: e.data };
}
