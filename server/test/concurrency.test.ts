/**
 * No overbooking under real concurrency: many simultaneous HTTP booking requests race for
 * one slot against real PostgreSQL, within one process and across two server processes.
 * Exactly as many succeed as there are seats; every loser gets 409 slot_unavailable, never
 * a 500; and the database agrees with the answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnChildServer, type ChildServer } from './fixtures/child-server.ts';
import { sql } from './fixtures/sql.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

const NOW = '2026-11-30T06:00:00Z'; // Monday 07:00 in Berlin
let server: TestServer;
let child: ChildServer | undefined;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
});
afterAll(async () => {
  await child?.stop();
  await server.close();
});

interface Answer { status: number; body: any }

/**
 * Fires every booking at once (all requests are created before any is awaited). Each
 * server's connection pool is opened first (30 concurrent /readyz), so the bookings meet
 * in PostgreSQL instead of queueing for new connections: most of them then wait together
 * on the host row lock.
 */
async function race(requests: { baseUrl: string; workspace: string; body: unknown }[]): Promise<Answer[]> {
  const servers = [...new Set(requests.map((r) => r.baseUrl))];
  await Promise.all(servers.flatMap((baseUrl) => Array.from({ length: 30 }, () => fetch(`${baseUrl}/readyz`).then((r) => r.text()))));
  const pending = requests.map(async ({ baseUrl, workspace, body }) => {
    const response = await fetch(`${baseUrl}/v1/public/${workspace}/bookings`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  });
  return Promise.all(pending);
}

function tally(answers: Answer[]) {
  const created = answers.filter((a) => a.status === 201);
  const rejected = answers.filter((a) => a.status === 409 && a.body.code === 'slot_unavailable');
  const other = answers.filter((a) => !created.includes(a) && !rejected.includes(a)).map((a) => `${a.status} ${a.body.code}`);
  return { created, rejected, other };
}

const attendee = (i: number) => ({ name: `Racer ${i}`, email: `racer${i}@example.com` });

/** Live (seat-holding) bookings and reservation seats of one event type at one start. */
async function liveAt(eventTypeId: string, start: string) {
  const [bookings] = await sql<{ n: number; seats: number }>(server.dbUrl,
    `select count(*)::int as n, coalesce(sum(seats), 0)::int as seats from booking
      where event_type_id = $1 and start_at = $2 and status in ('pending_payment', 'pending_confirmation', 'confirmed')`,
    [eventTypeId, start]);
  const [reserved] = await sql<{ seats: number }>(server.dbUrl,
    'select coalesce(sum(seats_taken), 0)::int as seats from slot_reservation where event_type_id = $1 and start_at = $2',
    [eventTypeId, start]);
  return { bookings: bookings!.n, bookedSeats: bookings!.seats, reservedSeats: reserved!.seats };
}

describe('concurrent bookings of one slot', () => {
  it('lets exactly one of 60 simultaneous requests take a one-seat slot', async () => {
    const ws = await seedWorkspace(server);
    const start = '2026-12-01T09:00:00Z';
    const answers = await race(Array.from({ length: 60 }, (_, i) => ({
      baseUrl: server.url, workspace: ws.slug, body: bookingBody(start, { attendee: attendee(i) }),
    })));
    const { created, rejected, other } = tally(answers);
    expect(other).toEqual([]);
    expect(created).toHaveLength(1);
    expect(rejected).toHaveLength(59);
    expect(await liveAt(ws.eventTypeId, start)).toEqual({ bookings: 1, bookedSeats: 1, reservedSeats: 1 });
    // The winner is the one the database kept.
    const [row] = await sql<{ uid: string }>(server.dbUrl, 'select uid from booking where event_type_id = $1 and start_at = $2', [ws.eventTypeId, start]);
    expect(row!.uid).toBe(created[0]!.body.booking.uid);
  });

  it('fills a 3-seat group slot exactly, with one seat or a mix of one and two seats per request', async () => {
    const ws = await seedWorkspace(server);
    const group = await ws.admin('POST', '/v1/event-types', { slug: 'group-class', title: 'Group class', durations: [60], seats: 3, hostIds: [ws.hostId] });
    expect(group.status).toBe(201);
    const book = (start: string, count: number, seats: (i: number) => number) => race(Array.from({ length: count }, (_, i) => ({
      baseUrl: server.url, workspace: ws.slug, body: bookingBody(start, { eventType: 'group-class', seats: seats(i), attendee: attendee(i) }),
    })));

    const oneSeat = '2026-12-02T09:00:00Z';
    const single = tally(await book(oneSeat, 50, () => 1));
    expect(single.other).toEqual([]);
    expect(single.created).toHaveLength(3);
    expect(single.rejected).toHaveLength(47);
    expect(await liveAt(group.body.id, oneSeat)).toEqual({ bookings: 3, bookedSeats: 3, reservedSeats: 3 });

    const mixedSlot = '2026-12-02T11:00:00Z';
    const mixed = tally(await book(mixedSlot, 50, (i) => (i % 2 ? 2 : 1)));
    expect(mixed.other).toEqual([]);
    const seatsGranted = mixed.created.reduce((sum, a) => sum + a.body.booking.seats, 0);
    // Some one-seat request always fits while fewer than 3 seats are taken, so the slot ends exactly full.
    expect(seatsGranted).toBe(3);
    expect(await liveAt(group.body.id, mixedSlot)).toEqual({ bookings: mixed.created.length, bookedSeats: 3, reservedSeats: 3 });

    // And customers see both slots as gone.
    const slots = await server.request('GET', `/v1/public/${ws.slug}/event-types/group-class/slots?from=2026-12-02&to=2026-12-02&timezone=UTC`);
    const starts = slots.body.days[0].slots.map((s: { start: string }) => s.start);
    expect(starts).not.toContain(oneSeat);
    expect(starts).not.toContain(mixedSlot);
  });

  it('lets only one of two event types win when one\'s buffer overlaps the other\'s slot on the same host', async () => {
    const ws = await seedWorkspace(server, { eventType: { slug: 'short-call', title: 'Short call', durations: [30], bufferAfter: 15 } });
    const long = await ws.admin('POST', '/v1/event-types', { slug: 'long-call', title: 'Long call', durations: [60], slotStep: 30, hostIds: [ws.hostId] });
    expect(long.status).toBe(201);
    // 09:00 Berlin short call blocks until 09:45 with its buffer; the 09:30 long call overlaps that.
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03']) {
      const shortStart = `${day}T08:00:00Z`;
      const longStart = `${day}T08:30:00Z`;
      const answers = await race(Array.from({ length: 50 }, (_, i) => ({
        baseUrl: server.url, workspace: ws.slug,
        body: i % 2 ? bookingBody(longStart, { eventType: 'long-call', attendee: attendee(i) }) : bookingBody(shortStart, { eventType: 'short-call', attendee: attendee(i) }),
      })));
      const { created, rejected, other } = tally(answers);
      expect(other, day).toEqual([]);
      expect(created, day).toHaveLength(1);
      expect(rejected, day).toHaveLength(49);
      const live = await sql(server.dbUrl,
        `select start_at from booking where host_id = $1 and (start_at at time zone 'UTC')::date = $2::date and status = 'confirmed'`, [ws.hostId, day]);
      expect(live, day).toHaveLength(1);
    }
    // No two seat-holding reservations of the host overlap, buffers included.
    const overlaps = await sql(server.dbUrl,
      `select a.id from slot_reservation a join slot_reservation b on a.host_id = b.host_id and a.id < b.id
        where a.host_id = $1 and a.seats_taken > 0 and b.seats_taken > 0
          and tstzrange(a.blocked_start, a.blocked_end) && tstzrange(b.blocked_start, b.blocked_end)`, [ws.hostId]);
    expect(overlaps).toEqual([]);
  });

  it('never fails (no deadlock) when cancels, reschedules and new bookings of one host run at once', async () => {
    const ws = await seedWorkspace(server);
    const days = ['2026-12-01', '2026-12-02', '2026-12-03'];
    const made = [];
    for (let i = 0; i < 12; i++) {
      const start = `${days[i % 3]}T${String(8 + Math.floor(i / 3)).padStart(2, '0')}:00:00Z`;
      const res = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start) });
      expect(res.status).toBe(201);
      made.push(res.body);
    }
    await Promise.all(Array.from({ length: 30 }, () => fetch(`${server.url}/readyz`).then((r) => r.text())));
    const calls = [
      ...made.slice(0, 6).map((b) => fetch(`${server.url}/v1/public/bookings/${b.booking.uid}/cancel?token=${b.manageToken}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })),
      ...made.slice(6).map((b, i) => fetch(`${server.url}/v1/public/bookings/${b.booking.uid}/reschedule?token=${b.manageToken}`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ start: `2026-12-04T${String(8 + i).padStart(2, '0')}:30:00Z` }),
      })),
      ...Array.from({ length: 18 }, (_, i) => fetch(`${server.url}/v1/public/${ws.slug}/bookings`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(bookingBody(`${days[i % 3]}T${String(12 + Math.floor(i / 3) % 4).padStart(2, '0')}:00:00Z`, { attendee: attendee(i) })),
      })),
    ];
    const statuses = await Promise.all(calls.map(async (p) => { const r = await p; await r.text(); return r.status; }));
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.slice(0, 12)).toEqual(Array(12).fill(200));
  });

  it('lets exactly one of 50 requests split across two server processes on one database win', async () => {
    const ws = await seedWorkspace(server);
    child = await spawnChildServer(server.dbUrl, NOW);
    // The second process really serves the same data.
    const seen = await fetch(`${child.url}/v1/public/${ws.slug}/event-types/intro-call`);
    expect(seen.status).toBe(200);

    const start = '2026-12-04T13:00:00Z';
    const answers = await race(Array.from({ length: 50 }, (_, i) => ({
      baseUrl: i % 2 ? child!.url : server.url, workspace: ws.slug, body: bookingBody(start, { attendee: attendee(i) }),
    })));
    const { created, rejected, other } = tally(answers);
    expect(other).toEqual([]);
    expect(created).toHaveLength(1);
    expect(rejected).toHaveLength(49);
    expect(await liveAt(ws.eventTypeId, start)).toEqual({ bookings: 1, bookedSeats: 1, reservedSeats: 1 });
  });
});
