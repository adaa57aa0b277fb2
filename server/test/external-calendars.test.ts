import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueCalendars, refreshExternalCalendar } from '../src/services/external-calendars.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

// Monday 2026-11-30 06:00Z. The seeded host works Mon–Fri 09:00–17:00 Europe/Berlin
// (08:00–16:00Z in winter); intro calls are 30 minutes. Feeds come from a real HTTP server.
const busyFeed = readFileSync(new URL('./fixtures/ics/busy.ics', import.meta.url), 'utf8');

let server: TestServer;
let seed: Awaited<ReturnType<typeof seedWorkspace>>;
let feeds: Server;
let feedBase: string;
const feedHits: string[] = [];
/** What `/flaky.ics` answers. */
let flaky: 'ok' | '500' | 'garbage' | 'big' | 'hang' = 'ok';
let roundTripFeed = '';

beforeAll(async () => {
  feeds = createServer((req, res) => {
    feedHits.push(req.url ?? '');
    const path = req.url?.split('?')[0];
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    if (path === '/private-8c1f0e2d9a/busy.ics') return res.end(busyFeed);
    if (path === '/roundtrip.ics') return res.end(roundTripFeed);
    if (path !== '/flaky.ics') { res.statusCode = 404; return res.end(); }
    if (flaky === 'ok') return res.end(busyFeed);
    if (flaky === '500') { res.statusCode = 500; return res.end('oops'); }
    if (flaky === 'garbage') { res.setHeader('content-type', 'text/html'); return res.end('<html><body>Please sign in</body></html>'); }
    if (flaky === 'big') return res.end(busyFeed + 'X'.repeat(6 * 1024 * 1024));
    // 'hang': headers, then nothing.
    res.flushHeaders();
  });
  await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
  server = await startTestServer();
  seed = await seedWorkspace(server, { eventType: { maxAdvanceDays: 200 } });
});
afterAll(async () => {
  await server?.close();
  feeds.closeAllConnections();
  await new Promise((resolve) => feeds.close(resolve));
});

/** Slot starts (UTC `HH:mm`) per local date in Berlin. */
async function slotTimes(from: string, to: string): Promise<Record<string, string[]>> {
  const res = await server.request('GET', `/v1/public/${seed.slug}/event-types/intro-call/slots?from=${from}&to=${to}&timezone=Europe/Berlin`);
  expect(res.status, res.text).toBe(200);
  return Object.fromEntries(res.body.days.map((d: { date: string; slots: { start: string }[] }) => [d.date, d.slots.map((s) => s.start.slice(11, 16))]));
}

/** Every half-hour start of a winter working day, 08:00Z to 15:30Z, except `busy`. */
function workingDay(...busy: string[]): string[] {
  const all = Array.from({ length: 16 }, (_, i) => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
  return all.filter((t) => !busy.includes(t));
}

async function busyRows(calendarId: string): Promise<string[]> {
  const rows = await server.orm.em.fork().execute<{ start_at: Date | string; end_at: Date | string }[]>(
    'select start_at, end_at from external_busy where calendar_id = ? order by start_at', [calendarId]);
  return rows.map((r) => `${new Date(r.start_at).toISOString().slice(0, 16)}/${new Date(r.end_at).toISOString().slice(11, 16)}`);
}

describe('external busy calendars', () => {
  let calendarId: string;

  it('adds a feed, fetches it at once, and never shows its secret address', async () => {
    const secretUrl = `${feedBase}/private-8c1f0e2d9a/busy.ics`;
    const created = await seed.admin('POST', '/v1/calendars', { hostId: seed.hostId, name: 'Ada (Google)', url: secretUrl });
    expect(created.status, created.text).toBe(201);
    calendarId = created.body.id;
    expect(created.body).toMatchObject({
      hostId: seed.hostId, name: 'Ada (Google)', status: 'ok', lastError: null, lastSyncedAt: '2026-11-30T06:00:00Z',
      nextRefreshAt: '2026-11-30T06:15:00Z', url: `${feedBase}/…/busy.ics`,
    });
    for (const res of [created, await seed.admin('GET', `/v1/calendars/${calendarId}`), await seed.admin('GET', '/v1/calendars')]) {
      expect(res.text).not.toContain('private-8c1f0e2d9a');
    }
    const stored = await server.orm.em.fork().execute<{ url_sealed: string }[]>('select url_sealed from external_calendar where id = ?', [calendarId]);
    expect(stored[0]!.url_sealed).not.toContain('private-8c1f0e2d9a');
  });

  it('expands the feed: weekly with EXDATE and a moved occurrence, TZIDs across DST, all-day; free and cancelled skipped', async () => {
    const tuesdays: string[] = [];
    for (let t = Date.parse('2026-12-01T00:00:00Z'); t <= Date.parse('2027-04-06T00:00:00Z'); t += 7 * 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      if (date === '2026-12-08' || date === '2026-12-15') continue; // EXDATE, and the occurrence that moved
      // 10:00 Berlin wall clock: 09:00Z in winter, 08:00Z from the March 28 DST change on.
      tuesdays.push(date < '2027-03-28' ? `${date}T09:00/10:00` : `${date}T08:00/09:00`);
    }
    const expected = [
      ...tuesdays,
      '2026-12-16T13:00/14:00', // the moved occurrence: Wednesday 14:00 Berlin
      '2026-12-02T14:00/15:00', // 23:00 in a VTIMEZONE-defined Windows zone (+09:00)
      '2026-12-02T23:00/23:00', // all-day Dec 3 in the host's zone: [Dec 2 23:00Z, Dec 3 23:00Z)
      // 09:00 America/New_York (IANA name, no VTIMEZONE): EST, then EDT from March 14; the 22nd excluded by a UTC EXDATE.
      '2027-03-01T14:00/15:00', '2027-03-08T14:00/15:00', '2027-03-15T13:00/14:00',
    ].sort();
    expect(await busyRows(calendarId)).toEqual(expected);
    expect((await seed.admin('GET', `/v1/calendars/${calendarId}`)).body.busyCount).toBe(expected.length);
  });

  it('slots lose exactly the busy times, and nothing else', async () => {
    const days = await slotTimes('2026-12-01', '2026-12-16');
    expect(days).toEqual({
      '2026-12-01': workingDay('09:00', '09:30'),
      '2026-12-02': workingDay('14:00', '14:30'),
      // 2026-12-03: all-day event, no slots at all.
      '2026-12-04': workingDay(), // transparent and cancelled events leave the day free
      '2026-12-07': workingDay(),
      '2026-12-08': workingDay(), // EXDATE
      '2026-12-09': workingDay(),
      '2026-12-10': workingDay(),
      '2026-12-11': workingDay(),
      '2026-12-14': workingDay(),
      '2026-12-15': workingDay(), // the occurrence moved away...
      '2026-12-16': workingDay('13:00', '13:30'), // ...to here
    });
    // Across the DST change in New York (not yet in Berlin): 14:00Z, then 13:00Z.
    const march = await slotTimes('2027-03-08', '2027-03-15');
    expect(march['2027-03-08']).toEqual(workingDay('14:00', '14:30'));
    expect(march['2027-03-15']).toEqual(workingDay('13:00', '13:30'));
  });

  it('refuses a booking at an externally busy time with 409, and takes one beside it', async () => {
    const busy = await server.request('POST', `/v1/public/${seed.slug}/bookings`, { body: bookingBody('2026-12-01T09:30:00Z') });
    expect(busy.status).toBe(409);
    expect(busy.body.code).toBe('slot_unavailable');
    const onBehalf = await seed.admin('POST', '/v1/bookings', bookingBody('2026-12-03T10:00:00Z'));
    expect(onBehalf.status).toBe(409);
    const free = await server.request('POST', `/v1/public/${seed.slug}/bookings`, { body: bookingBody('2026-12-01T10:00:00Z') });
    expect(free.status, free.text).toBe(201);
    const transparent = await server.request('POST', `/v1/public/${seed.slug}/bookings`, { body: bookingBody('2026-12-04T09:00:00Z') });
    expect(transparent.status, transparent.text).toBe(201);
  });

  it('degrades gracefully: a broken feed reports its error, keeps the last good busy times, and booking still works', async () => {
    flaky = 'ok';
    const created = await seed.admin('POST', '/v1/calendars', { hostId: seed.hostId, name: 'Flaky', url: `${feedBase}/flaky.ics` });
    expect(created.body.status).toBe('ok');
    const id = created.body.id as string;
    const good = await busyRows(id);
    expect(good.length).toBeGreaterThan(10);

    const cases = [
      ['500', /HTTP 500/],
      ['garbage', /not valid iCalendar/],
      ['big', /larger than 5242880 bytes/],
    ] as const;
    for (const [mode, message] of cases) {
      flaky = mode;
      const refreshed = await seed.admin('POST', `/v1/calendars/${id}/refresh`);
      expect(refreshed.status, refreshed.text).toBe(200);
      expect(refreshed.body.status, mode).toBe('error');
      expect(refreshed.body.lastError, mode).toMatch(message);
      expect(refreshed.body.lastSyncedAt).toBe('2026-11-30T06:00:00Z');
      expect(await busyRows(id)).toEqual(good);
    }
    // A feed that never finishes: the job's timeout (shortened here) ends it.
    flaky = 'hang';
    const outcome = await refreshExternalCalendar(server.orm.em.fork(), id, {
      now: server.clock.now(), secretKey: server.config.secretKey, outbound: { allowPrivate: true, timeoutMs: 300 },
    });
    expect(outcome).toMatchObject({ status: 'error', error: expect.stringMatching(/No complete response within 0.3 s/) });
    const shown = await seed.admin('GET', `/v1/calendars/${id}`);
    expect(shown.body).toMatchObject({ status: 'error', lastError: expect.stringMatching(/No complete response/) });
    expect(await busyRows(id)).toEqual(good);

    // Slots and bookings keep working on the last good data.
    expect((await slotTimes('2026-12-22', '2026-12-22'))['2026-12-22']).toEqual(workingDay('09:00', '09:30'));
    expect((await server.request('POST', `/v1/public/${seed.slug}/bookings`, { body: bookingBody('2026-12-22T09:00:00Z') })).status).toBe(409);
    expect((await server.request('POST', `/v1/public/${seed.slug}/bookings`, { body: bookingBody('2026-12-22T11:00:00Z') })).status).toBe(201);

    flaky = 'ok';
    const healed = await seed.admin('POST', `/v1/calendars/${id}/refresh`);
    expect(healed.body).toMatchObject({ status: 'ok', lastError: null });
    await seed.admin('DELETE', `/v1/calendars/${id}`);
  });

  it('schedules refreshes: due every 15 minutes, backing off after errors', async () => {
    flaky = '500';
    const created = await seed.admin('POST', '/v1/calendars', { hostId: seed.hostId, name: 'Backoff', url: `${feedBase}/flaky.ics` });
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ status: 'error', nextRefreshAt: '2026-11-30T06:15:00Z' });
    const em = () => server.orm.em.fork();
    const at = (iso: string) => new Date(iso);
    expect((await dueCalendars(em(), at('2026-11-30T06:14:59Z'))).map((c) => c.id)).not.toContain(id);
    expect((await dueCalendars(em(), at('2026-11-30T06:15:00Z'))).map((c) => c.id)).toContain(id);
    const deps = (now: string) => ({ now: at(now), secretKey: server.config.secretKey, outbound: { allowPrivate: true } });
    await refreshExternalCalendar(em(), id, deps('2026-11-30T06:15:00Z'));
    expect((await seed.admin('GET', `/v1/calendars/${id}`)).body.nextRefreshAt).toBe('2026-11-30T06:45:00Z'); // 2nd failure: 30 min
    await refreshExternalCalendar(em(), id, deps('2026-11-30T06:45:00Z'));
    expect((await seed.admin('GET', `/v1/calendars/${id}`)).body.nextRefreshAt).toBe('2026-11-30T07:45:00Z'); // 3rd: 60 min
    flaky = 'ok';
    await refreshExternalCalendar(em(), id, deps('2026-11-30T07:45:00Z'));
    expect((await seed.admin('GET', `/v1/calendars/${id}`)).body).toMatchObject({ status: 'ok', nextRefreshAt: '2026-11-30T08:00:00Z' });
    expect((await dueCalendars(em(), at('2026-11-30T07:59:00Z'))).map((c) => c.id)).not.toContain(id);
    await seed.admin('DELETE', `/v1/calendars/${id}`);
  });

  it('stores exactly what ical.js reads back from a feed it wrote', async () => {
    const calendar = new ICAL.Component(['vcalendar', [], []]);
    calendar.addPropertyWithValue('version', '2.0');
    calendar.addPropertyWithValue('prodid', '-//Slotkit test//EN');
    const starts = ['2026-12-07T08:00:00Z', '2026-12-07T12:15:00Z', '2026-12-09T15:00:00Z', '2026-12-10T08:30:00Z'];
    starts.forEach((start, i) => {
      const vevent = new ICAL.Component('vevent');
      const event = new ICAL.Event(vevent);
      event.uid = `round-trip-${i}@example.com`;
      event.summary = `Round trip ${i}; with, special \\ characters`;
      event.startDate = ICAL.Time.fromJSDate(new Date(start), true);
      event.endDate = ICAL.Time.fromJSDate(new Date(Date.parse(start) + (i + 1) * 45 * 60_000), true);
      vevent.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(new Date('2026-11-01T00:00:00Z'), true));
      calendar.addSubcomponent(vevent);
    });
    roundTripFeed = calendar.toString();
    // What ical.js itself reads back from the text it wrote.
    const reread = new ICAL.Component(ICAL.parse(roundTripFeed)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
      .map((e) => `${e.startDate.toJSDate().toISOString().slice(0, 16)}/${e.endDate.toJSDate().toISOString().slice(11, 16)}`);
    const created = await seed.admin('POST', '/v1/calendars', { hostId: seed.hostId, name: 'Round trip', url: `webcal://127.0.0.1:${new URL(feedBase).port}/roundtrip.ics` });
    expect(created.body.status, created.text).toBe('error'); // webcal means https: this plain-http test server cannot answer it
    const fixed = await seed.admin('PATCH', `/v1/calendars/${created.body.id}`, { url: `${feedBase}/roundtrip.ics` });
    expect(fixed.body).toMatchObject({ status: 'ok', busyCount: 4, url: `${feedBase}/…/roundtrip.ics` });
    expect(await busyRows(created.body.id)).toEqual(reread.sort());
    expect(reread).toEqual(['2026-12-07T08:00/08:45', '2026-12-07T12:15/13:45', '2026-12-09T15:00/17:15', '2026-12-10T08:30/11:30']);
    await seed.admin('DELETE', `/v1/calendars/${created.body.id}`);
  });
});

describe('the calendar API', () => {
  it('validates input with field errors', async () => {
    const bad = await seed.admin('POST', '/v1/calendars', { hostId: '00000000-0000-4000-8000-000000000000', name: '', url: 'ftp://example.com/a.ics' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'url']);
    const noHost = await seed.admin('POST', '/v1/calendars', { hostId: '00000000-0000-4000-8000-000000000000', name: 'X', url: `${feedBase}/x.ics` });
    expect(noHost.status).toBe(422);
    expect(noHost.body.errors).toEqual([{ path: 'hostId', message: 'no such host in this workspace' }]);
    const creds = await seed.admin('POST', '/v1/calendars', { hostId: seed.hostId, name: 'X', url: 'https://user:pw@example.com/a.ics' });
    expect(creds.status).toBe(422);
  });

  it('pages the list with a cursor, filters by host, renames, and lets viewers read but not write', async () => {
    const second = await seed.admin('POST', '/v1/calendars', { hostId: seed.hostId, name: 'Second', url: `${feedBase}/private-8c1f0e2d9a/busy.ics` });
    expect(second.status).toBe(201);
    const first = await seed.admin('GET', '/v1/calendars?limit=1');
    expect(first.body.data).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const rest = await seed.admin('GET', `/v1/calendars?limit=100&cursor=${first.body.nextCursor}`);
    expect([...first.body.data, ...rest.body.data].map((c: { name: string }) => c.name)).toEqual(['Ada (Google)', 'Second']);
    expect(rest.body.nextCursor).toBeNull();
    expect((await seed.admin('GET', '/v1/calendars?cursor=bm9wZQ')).status).toBe(422);
    expect((await seed.admin('GET', `/v1/calendars?hostId=${seed.hostId}`)).body.data).toHaveLength(2);

    const renamed = await seed.admin('PATCH', `/v1/calendars/${second.body.id}`, { name: 'Renamed' });
    expect(renamed.body).toMatchObject({ name: 'Renamed', status: 'ok' });

    const key = await seed.admin('POST', '/v1/api-keys', { name: 'viewer', role: 'viewer' });
    const viewer = { authorization: `Bearer ${key.body.secret}` };
    expect((await server.request('GET', '/v1/calendars', { headers: viewer })).status).toBe(200);
    expect((await server.request('POST', `/v1/calendars/${second.body.id}/refresh`, { headers: viewer })).status).toBe(403);
    expect((await server.request('DELETE', `/v1/calendars/${second.body.id}`, { headers: viewer })).status).toBe(403);

    expect((await seed.admin('DELETE', `/v1/calendars/${second.body.id}`)).body).toEqual({ result: 'deleted' });
    expect((await seed.admin('GET', `/v1/calendars/${second.body.id}`)).status).toBe(404);
  });

  it('replays a create sent twice with one Idempotency-Key, and goes away with its host', async () => {
    const host = await seed.admin('POST', '/v1/hosts', { name: 'Temp', timezone: 'UTC', scheduleId: seed.scheduleId });
    const send = () => server.request('POST', '/v1/calendars', {
      headers: { ...seed.auth, 'Idempotency-Key': 'calendar-once' },
      body: { hostId: host.body.id, name: 'Temp feed', url: `${feedBase}/private-8c1f0e2d9a/busy.ics` },
    });
    const first = await send();
    const again = await send();
    expect(first.status, first.text).toBe(201);
    expect(first.body.status).toBe('ok');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect((await seed.admin('GET', `/v1/calendars?hostId=${host.body.id}`)).body.data).toHaveLength(1);
    expect((await busyRows(first.body.id)).length).toBeGreaterThan(0);
    expect((await seed.admin('DELETE', `/v1/hosts/${host.body.id}`)).body).toEqual({ result: 'deleted' });
    expect((await seed.admin('GET', `/v1/calendars/${first.body.id}`)).status).toBe(404);
    expect(await busyRows(first.body.id)).toEqual([]);
  });

  it('frees the busy time when the calendar is removed', async () => {
    const list = await seed.admin('GET', '/v1/calendars');
    for (const c of list.body.data) await seed.admin('DELETE', `/v1/calendars/${c.id}`);
    expect((await slotTimes('2026-12-02', '2026-12-03'))).toEqual({ '2026-12-02': workingDay(), '2026-12-03': workingDay() });
  });
});

describe('with private targets blocked (production)', () => {
  it('refuses a feed on a loopback address and never calls it', async () => {
    const strict = await startTestServer({ env: { SLOTKIT_ALLOW_PRIVATE_TARGETS: 'false' } });
    try {
      const ws = await seedWorkspace(strict);
      const before = feedHits.length;
      const created = await ws.admin('POST', '/v1/calendars', { hostId: ws.hostId, name: 'Inner', url: `${feedBase}/private-8c1f0e2d9a/busy.ics` });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'error', busyCount: 0 });
      expect(created.body.lastError).toMatch(/private, loopback or reserved/);
      const metadata = await ws.admin('POST', '/v1/calendars', { hostId: ws.hostId, name: 'Metadata', url: 'http://169.254.169.254/latest/meta-data/' });
      expect(metadata.body.lastError).toMatch(/private, loopback or reserved/);
      expect(feedHits.length).toBe(before);
    } finally {
      await strict.close();
    }
  });
});
