import { Task } from '@lit/task';
import { SlotkitPublic } from '@slotkit/sdk';
import type { BookingCalendar } from './booking-calendar.ts';
import type { DateKey } from './date-key.ts';
import { isPriced } from './pricing.ts';
import { type Slot, SlotMonths } from './slot-months.ts';

/** How many months after an empty one the calendar looks for the next free day. */
const LOOKAHEAD_MONTHS = 3;

/**
 * What `<booking-calendar>` loads, as @lit/task tasks over the SDK: the event types, the one
 * being booked, the visible month's slots (the next month prefetched), the next free day when
 * the month is empty, the price of the seats and role chosen in the form, and the managed
 * booking. Every task passes its AbortSignal on, so a superseded request (another month,
 * another zone, another seat count) is aborted.
 */
export function bookingData(host: BookingCalendar) {
  const months = new SlotMonths();
  const clients = new Map<string, SlotkitPublic>();
  const onError = (error: unknown) => host.actions.report(error);
  /** The API client for a base URL (one per URL, kept). */
  const client = (api = host.apiBase) => {
    let found = clients.get(api);
    if (!found) clients.set(api, (found = new SlotkitPublic({ baseUrl: api, maxRetries: 1 })));
    return found;
  };
  const site = (api: string, ws: string) => client(api).public(ws);
  // Primitive task arguments: a fresh object each render would re-run a task forever.
  const slotArgs = () => [host.apiBase, host.workspace, type.value?.slug === host.slug ? host.slug : undefined, host.resolvedTimeZone, host._duration] as const;
  const slotQuery = (api: string, ws: string | undefined, slug: string | undefined, timezone: string, duration: number | undefined) =>
    (ws && slug ? { site: site(api, ws), scope: `${api}|${ws}`, eventType: slug, timezone, duration } : undefined);
  /** Whether a month has no slot left from today on. */
  const monthEmpty = (slots: ReadonlyMap<DateKey, Slot[]>) => {
    const today = host.today();
    return ![...slots.keys()].some((d) => d >= today);
  };

  const types = new Task(host, {
    args: () => [host.apiBase, host.workspace, !host.eventType && !host.bookingUid] as const,
    task: async ([api, ws, list], { signal }) => (list && ws ? (await site(api, ws).eventTypes.list({ signal })).data : undefined),
    onError,
  });
  const type = new Task(host, {
    args: () => [host.apiBase, host.workspace, host.slug] as const,
    task: ([api, ws, slug], { signal }) => (ws && slug ? site(api, ws).eventTypes.get(slug, { signal }) : undefined),
    onError,
  });
  const slots = new Task(host, {
    args: () => [...slotArgs(), host._month, host._refresh] as const,
    task: async ([api, ws, slug, zone, duration, month], { signal }) => {
      const query = slotQuery(api, ws, slug, zone, duration);
      if (!query || !month) return undefined;
      const found = await months.load(query, month, signal);
      months.prefetch(query, month);
      return found;
    },
    onError,
  });
  const next = new Task(host, {
    args: () => [...slotArgs(), host._month, slots.value] as const,
    task: async ([api, ws, slug, zone, duration, month, found], { signal }) => {
      const query = slotQuery(api, ws, slug, zone, duration);
      if (!query || !month || !found || !monthEmpty(found)) return undefined;
      return (await months.nextAvailable(query, month, LOOKAHEAD_MONTHS, signal)) ?? null;
    },
  });
  // Only on the form of a priced event type; another seat count or role aborts the last quote.
  const quote = new Task(host, {
    args: () => [host.apiBase, host.workspace, host._step === 'form' && type.value && isPriced(type.value) ? host.slug : undefined, host._seats, host._role] as const,
    task: ([api, ws, slug, seats, role], { signal }) => (ws && slug ? site(api, ws).eventTypes.quote(slug, { seats, ...(role ? { role } : {}) }, { signal }) : undefined),
    onError,
  });
  const booking = new Task(host, {
    args: () => [host.apiBase, host.bookingUid, host.token] as const,
    task: ([api, uid, token], { signal }) => (uid && token ? client(api).manage(uid, token).get({ signal }) : undefined),
    onError,
  });
  return { months, client, monthEmpty, types, type, slots, next, quote, booking };
}

/** The tasks and helpers `bookingData` returns. */
export type BookingData = ReturnType<typeof bookingData>;
