import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { ExternalCalendar, Host } from '../db/entities/index.ts';
import { AppError } from '../errors.ts';
import type { calendarInput } from '../http/schemas/calendar.ts';
import { decodeKeysetCursor, keysetPage } from './keyset-cursor.ts';
import { busyTimesOfFeed, FeedFormatError, type BusyTimes } from './ical-busy-times.ts';
import { outboundRequest, OutboundError } from './outbound-http.ts';
import { sealer, UNREADABLE } from './secrets.ts';

type CalendarInput = z.output<typeof calendarInput>;

/** How often a healthy feed is fetched again. */
export const REFRESH_INTERVAL_MS = 15 * 60_000;
/** The longest wait between attempts at a failing feed. */
const MAX_BACKOFF_MS = 6 * 60 * 60_000;
const FETCH_TIMEOUT_MS = 10_000;
const MAX_FEED_BYTES = 5 * 1024 * 1024;
/** Occurrences read from one feed at most (a runaway RRULE must not eat the worker). */
export const MAX_OCCURRENCES = 20_000;
const DAY_MS = 86_400_000;
/** Busy time is read from a day back (meetings in progress) to this far ahead. */
const HORIZON_DAYS = 400;

/** How a refresh may reach the network. */
export interface OutboundPolicy {
  /** Whether feeds may live on loopback or private addresses (config `allowPrivateTargets`). */
  allowPrivate: boolean;
  /** Defaults 10 s and 5 MB; tests shorten them. */
  timeoutMs?: number;
  maxBytes?: number;
}

/** What a refresh needs besides the database. */
export interface RefreshDeps {
  now: Date;
  outbound: OutboundPolicy;
  /** SECRET_KEY, which seals feed addresses. */
  secretKey: string;
}

/** What one refresh did; it never throws, so a job can log this and move on. */
export interface RefreshOutcome {
  calendarId: string;
  status: 'ok' | 'error' | 'missing';
  busyCount: number;
  error: string | null;
  /** An unexpected failure (database...), for the job's log. */
  cause?: unknown;
}

const urlSealer = (secretKey: string) => sealer(secretKey, 'external calendar url');

/**
 * The address as it may be shown: scheme, host and the last path segment when it looks like
 * a file name (`basic.ics`), never the secret parts in between or the query.
 */
export function maskFeedUrl(url: string): string {
  const parsed = new URL(url);
  const last = parsed.pathname.split('/').filter(Boolean).pop() ?? '';
  const showLast = /^[\w-]{1,20}\.[a-z]{2,5}$/i.test(last);
  // The column holds 255 characters; a host name alone may take 253.
  return `${parsed.protocol}//${parsed.host}/…${showLast ? `/${last}` : ''}`.slice(0, 255);
}

/** Waiting time before the next attempt after `failures` failed ones in a row (15 min doubling, at most 6 h). */
export function backoffMs(failures: number): number {
  return Math.min(REFRESH_INTERVAL_MS * 2 ** Math.max(failures - 1, 0), MAX_BACKOFF_MS);
}

/** An external calendar of the workspace, or 404. */
export async function getCalendar(em: EntityManager, workspaceId: string, id: string, options: { refresh?: boolean } = {}) {
  const calendar = await em.findOne(ExternalCalendar, { id, workspace: workspaceId }, { refresh: options.refresh ?? false });
  if (!calendar) throw AppError.notFound('Calendar');
  return calendar;
}

/** One page of the workspace's external calendars, oldest first (keyset paging). */
export async function listCalendars(em: EntityManager, workspaceId: string, page: { limit: number; cursor?: string | undefined; hostId?: string | undefined }) {
  const where: Record<string, unknown> = { workspace: workspaceId, ...(page.hostId ? { host: page.hostId } : {}) };
  if (page.cursor) {
    const [at, id] = decodeKeysetCursor(page.cursor);
    where.$or = [{ createdAt: { $gt: at } }, { createdAt: at, id: { $gt: id } }];
  }
  const rows = await em.find(ExternalCalendar, where, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: page.limit + 1 });
  return keysetPage(rows, page.limit, (row) => [row.createdAt, row.id]);
}

async function checkHost(em: EntityManager, workspaceId: string, hostId: string) {
  const host = await em.findOne(Host, { id: hostId, workspace: workspaceId, archivedAt: null });
  if (!host) throw AppError.validation([{ path: 'hostId', message: 'no such host in this workspace' }]);
}

/** Adds a feed to a host; it is due for a refresh at once. */
export async function createCalendar(em: EntityManager, workspaceId: string, input: CalendarInput, deps: { now: Date; secretKey: string }) {
  await checkHost(em, workspaceId, input.hostId);
  const calendar = em.create(ExternalCalendar, {
    workspace: workspaceId, host: input.hostId, name: input.name, urlSealed: urlSealer(deps.secretKey).seal(input.url), urlMasked: maskFeedUrl(input.url),
    status: 'pending', lastSyncedAt: null, lastError: null, failures: 0, nextRefreshAt: deps.now, busyCount: 0,
  });
  await em.flush();
  return calendar;
}

/**
 * Changes name, host or address. A new address or host drops the stored busy times (they
 * belonged to the old feed or host) and makes the calendar pending and due at once.
 */
export async function updateCalendar(em: EntityManager, workspaceId: string, id: string, patch: Partial<CalendarInput>, deps: { now: Date; secretKey: string }) {
  const calendar = await getCalendar(em, workspaceId, id);
  if (patch.hostId !== undefined) await checkHost(em, workspaceId, patch.hostId);
  const moved = (patch.url !== undefined) || (patch.hostId !== undefined && patch.hostId !== calendar.host.id);
  if (patch.name !== undefined) calendar.name = patch.name;
  if (patch.hostId !== undefined) em.assign(calendar, { host: patch.hostId });
  if (patch.url !== undefined) Object.assign(calendar, { urlSealed: urlSealer(deps.secretKey).seal(patch.url), urlMasked: maskFeedUrl(patch.url) });
  if (moved) {
    Object.assign(calendar, { status: 'pending', lastError: null, failures: 0, nextRefreshAt: deps.now, busyCount: 0 });
    await em.execute('delete from external_busy where calendar_id = ?', [calendar.id]);
  }
  await em.flush();
  return { calendar, needsRefresh: moved };
}

/** Removes a feed and its busy times. */
export async function deleteCalendar(em: EntityManager, workspaceId: string, id: string) {
  const calendar = await getCalendar(em, workspaceId, id);
  await em.remove(calendar).flush();
}

/**
 * Fetches and parses a feed: its busy times, or why it cannot be used in words an admin can
 * act on (becomes `lastError`).
 */
async function readFeed(url: string, hostTimezone: string, deps: RefreshDeps): Promise<{ busy: BusyTimes } | { failure: string }> {
  try {
    const response = await outboundRequest(url, {
      timeoutMs: deps.outbound.timeoutMs ?? FETCH_TIMEOUT_MS,
      maxBytes: deps.outbound.maxBytes ?? MAX_FEED_BYTES,
      onOverflow: 'error',
      allowPrivate: deps.outbound.allowPrivate,
      headers: { accept: 'text/calendar, */*;q=0.5' },
    });
    if (response.status < 200 || response.status > 299) {
      const hint = response.status === 404 || response.status === 410 ? ' (the address may have been reset; copy it again)' : '';
      return { failure: `The feed answered HTTP ${response.status}${hint}.` };
    }
    const now = deps.now.getTime();
    return { busy: busyTimesOfFeed(response.body, { from: now - DAY_MS, to: now + HORIZON_DAYS * DAY_MS, hostTimezone, maxOccurrences: MAX_OCCURRENCES }) };
  } catch (error) {
    if (error instanceof OutboundError) return { failure: `Could not fetch the feed: ${error.message}` };
    if (error instanceof FeedFormatError) return { failure: error.message };
    return { failure: 'The feed could not be read.' };
  }
}

/**
 * Fetches one feed (10 s, 5 MB, private addresses per `outbound.allowPrivate`), expands it
 * and replaces the host's busy times from it in one transaction. Any failure (HTTP error,
 * timeout, too large, not iCalendar) marks the calendar `error` with a readable `lastError`,
 * keeps the busy times of the last good refresh and backs off; it never throws.
 */
export async function refreshExternalCalendar(em: EntityManager, calendarId: string, deps: RefreshDeps): Promise<RefreshOutcome> {
  try {
    const calendar = await em.findOne(ExternalCalendar, { id: calendarId }, { populate: ['host'], refresh: true });
    if (!calendar) return { calendarId, status: 'missing', busyCount: 0, error: null };
    const sealedUrl = calendar.urlSealed;
    const url = urlSealer(deps.secretKey).open(sealedUrl);
    const read = url === UNREADABLE || typeof url !== 'string'
      ? { failure: 'The feed address can no longer be read (the server\'s SECRET_KEY changed); enter the address again.' }
      : await readFeed(url, calendar.host.timezone, deps);
    return await em.transactional(async (tx) => {
      // Locked, and re-read: the address may have changed (or the calendar gone) while fetching.
      const locked = await tx.findOne(ExternalCalendar, { id: calendarId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!locked) return { calendarId, status: 'missing' as const, busyCount: 0, error: null };
      if (locked.urlSealed !== sealedUrl || locked.host.id !== calendar.host.id) {
        return { calendarId, status: locked.status === 'ok' ? 'ok' as const : 'error' as const, busyCount: locked.busyCount, error: 'superseded by a change of address or host' };
      }
      if ('failure' in read) {
        const failure = read.failure;
        locked.failures += 1;
        Object.assign(locked, { status: 'error', lastError: failure, nextRefreshAt: new Date(deps.now.getTime() + backoffMs(locked.failures)) });
        await tx.flush();
        return { calendarId, status: 'error' as const, busyCount: locked.busyCount, error: failure };
      }
      const result = read.busy;
      await tx.execute('delete from external_busy where calendar_id = ?', [calendarId]);
      if (result.intervals.length) {
        const rows = JSON.stringify(result.intervals.map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString()]));
        await tx.execute(
          `insert into external_busy (calendar_id, host_id, start_at, end_at)
           select ?, ?, (e->>0)::timestamptz, (e->>1)::timestamptz from jsonb_array_elements(?::jsonb) e`,
          [calendarId, calendar.host.id, rows],
        );
      }
      const notes = [
        result.truncated ? `Only the first ${MAX_OCCURRENCES} occurrences were used.` : '',
        result.unreadableEvents ? `${result.unreadableEvents} event(s) could not be read and were skipped.` : '',
      ].filter(Boolean).join(' ');
      Object.assign(locked, {
        status: 'ok', lastSyncedAt: deps.now, lastError: notes || null, failures: 0,
        nextRefreshAt: new Date(deps.now.getTime() + REFRESH_INTERVAL_MS), busyCount: result.intervals.length,
      });
      await tx.flush();
      return { calendarId, status: 'ok' as const, busyCount: result.intervals.length, error: notes || null };
    });
  } catch (cause) {
    return { calendarId, status: 'error', busyCount: 0, error: 'The refresh failed unexpectedly.', cause };
  }
}

/**
 * Calendars (id and workspace) whose next refresh time has come, most overdue first (hosts
 * archived are left out). The worker's tick enqueues one `calendar.refresh` job per calendar
 * (job key `calendar:<id>`), so one slow feed (up to 10 s) delays no other and a calendar
 * still queued is not queued twice. Every refresh moves `nextRefreshAt` forward (15 min,
 * or the backoff after errors); two refreshes of one calendar at once are harmless (the
 * second waits on the row lock and replaces the busy times again).
 */
export async function dueCalendars(em: EntityManager, now: Date, limit = 100): Promise<{ id: string; workspaceId: string }[]> {
  // Archived hosts take no bookings, so their feeds wait until the host is restored.
  return em.execute<{ id: string; workspaceId: string }[]>(
    `select c.id, c.workspace_id as "workspaceId" from external_calendar c join host h on h.id = c.host_id
      where c.next_refresh_at <= ? and h.archived_at is null order by c.next_refresh_at, c.id limit ?`, [now, limit],
  );
}
