import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

// Monday 2026-11-30 06:00Z; the seeded host works Mon–Fri 09:00–17:00 Europe/Berlin.
let server: TestServer;
let seed: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  server = await startTestServer();
  seed = await seedWorkspace(server);
});
afterAll(() => server.close());

/** The feed at `url` (as the admin API gave it) fetched from the test server. */
async function fetchFeed(url: string) {
  const path = new URL(url).pathname;
  return server.request('GET', path);
}

/** The feed's events as ical.js reads them. */
function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((c) => ({
      uid: c.getFirstPropertyValue('uid'),
      start: (c.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>).toJSDate().toISOString(),
      end: (c.getFirstPropertyValue('dtend') as InstanceType<typeof ICAL.Time>).toJSDate().toISOString(),
      status: c.getFirstPropertyValue('status'),
      sequence: Number(c.getFirstPropertyValue('sequence')),
      summary: c.getFirstPropertyValue('summary'),
    })),
  };
}

describe('host calendar feed', () => {
  let feedUrl: string;
  let uid: string;
  let token: string;

  it('gives admins a stable secret URL that lists the host\'s bookings as iCalendar', async () => {
    const feed = await seed.admin('GET', `/v1/hosts/${seed.hostId}/calendar-feed`);
    expect(feed.status).toBe(200);
    feedUrl = feed.body.url;
    expect(feedUrl).toMatch(new RegExp(`^${server.config.publicUrl}/v1/public/feeds/[\\w-]{43}\\.ics$`));
    expect((await seed.admin('GET', `/v1/hosts/${seed.hostId}/calendar-feed`)).body.url).toBe(feedUrl);

    const booked = await server.request('POST', `/v1/public/${seed.slug}/bookings`, {
      body: bookingBody('2026-12-01T09:00:00Z', { attendee: { name: 'Grace Hopper; Jr.', email: 'grace@example.com' } }),
    });
    expect(booked.status).toBe(201);
    uid = booked.body.booking.uid;
    token = booked.body.manageToken;

    const res = await fetchFeed(feedUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.text).not.toMatch(/^METHOD:/m);
    expect(res.text).toMatch(/\r\nREFRESH-INTERVAL;VALUE=DURATION:PT15M\r\n/);
    expect(res.text).toMatch(/\r\nX-PUBLISHED-TTL:PT15M\r\n/);
    const { calendar, events } = eventsOf(res.text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Ada Lovelace · Workspace ${seed.slug}`);
    expect(events).toEqual([{
      uid: `${uid}@slotkit`, start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T09:30:00.000Z', status: 'CONFIRMED', sequence: 0,
      summary: 'Intro call: Grace Hopper; Jr.',
    }]);
  });

  it('reflects a reschedule (same UID, higher SEQUENCE) and a cancellation (STATUS:CANCELLED)', async () => {
    const moved = await server.request('POST', `/v1/public/bookings/${uid}/reschedule?token=${token}`, { body: { start: '2026-12-02T10:00:00Z' } });
    expect(moved.status, moved.text).toBe(200);
    let { events } = eventsOf((await fetchFeed(feedUrl)).text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ uid: `${uid}@slotkit`, start: '2026-12-02T10:00:00.000Z', status: 'CONFIRMED' });
    const afterMove = events[0]!.sequence;
    expect(afterMove).toBeGreaterThan(0);

    const cancelled = await server.request('POST', `/v1/public/bookings/${uid}/cancel?token=${token}`, { body: { reason: 'sick' } });
    expect(cancelled.status).toBe(200);
    ({ events } = eventsOf((await fetchFeed(feedUrl)).text));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ uid: `${uid}@slotkit`, status: 'CANCELLED' });
    expect(events[0]!.sequence).toBeGreaterThan(afterMove);
  });

  it('lists only this host\'s bookings, and drops those that ended over 30 days ago', async () => {
    const other = await seedWorkspace(server);
    expect((await server.request('POST', `/v1/public/${other.slug}/bookings`, { body: bookingBody('2026-12-03T09:00:00Z') })).status).toBe(201);
    expect((await server.request('POST', `/v1/public/${seed.slug}/bookings`, { body: bookingBody('2026-12-03T11:00:00Z') })).status).toBe(201);
    const starts = () => fetchFeed(feedUrl).then((r) => eventsOf(r.text).events.map((e) => e.start));
    expect(await starts()).toEqual(['2026-12-02T10:00:00.000Z', '2026-12-03T11:00:00.000Z']);
    server.clock.set('2027-01-02T11:45:00Z'); // the Dec 3 booking (ends 11:30Z) ended 30 days and 15 minutes ago
    try {
      expect(await starts()).toEqual([]);
      server.clock.set('2027-01-02T11:15:00Z');
      expect(await starts()).toEqual(['2026-12-03T11:00:00.000Z']);
    } finally {
      server.clock.set('2026-11-30T06:00:00Z');
    }
  });

  it('answers 404 to a wrong, malformed or rotated token, and the rotated URL works', async () => {
    const path = new URL(feedUrl).pathname;
    const tokenOf = (p: string) => p.slice('/v1/public/feeds/'.length, -'.ics'.length);
    const good = tokenOf(path);
    const flipped = good.slice(0, -1) + (good.endsWith('A') ? 'B' : 'A');
    for (const bad of [flipped, 'nope', good.slice(0, 22), `${good}AA`]) {
      const res = await server.request('GET', `/v1/public/feeds/${bad}.ics`);
      expect(res.status, bad).toBe(404);
      expect(res.body.code).toBe('not_found');
    }
    const rotate = () => server.request('POST', `/v1/hosts/${seed.hostId}/calendar-feed/rotate`, { headers: { ...seed.auth, 'Idempotency-Key': 'rotate-once' } });
    const rotated = await rotate();
    expect(rotated.status).toBe(200);
    expect(rotated.body.url).not.toBe(feedUrl);
    expect((await rotate()).body.url).toBe(rotated.body.url); // a retry does not rotate again
    expect((await fetchFeed(feedUrl)).status).toBe(404);
    expect((await fetchFeed(rotated.body.url)).status).toBe(200);
    expect((await seed.admin('GET', `/v1/hosts/${seed.hostId}/calendar-feed`)).body.url).toBe(rotated.body.url);
    // A host that is archived no longer publishes its feed.
    expect((await seed.admin('DELETE', `/v1/hosts/${seed.hostId}`)).body.result).toBe('archived');
    expect((await fetchFeed(rotated.body.url)).status).toBe(404);
  });
});
