import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteAndSignIn } from './fixtures/sessions.ts';
import { sql } from './fixtures/sql.ts';
import { seedWorkspace, startTestServer, type TestServer } from './harness.ts';

// A dataset counted by hand. Europe/Berlin switches to summer time on Sunday 2026-03-29 at
// 02:00 (01:00Z): before it local = UTC+1, after it UTC+2. Hosts: Ada (A, seeded) and Bob (B);
// event types: intro-call (I, seeded) and deep-dive (D). Lead = hours from booking to start.
//
//       start (UTC)          Berlin local            host type status                lead
//  b1   2026-03-22T23:30Z    Mon 03-23 00:30         A    I    confirmed               1
//  b2   2026-03-23T08:00Z    Mon 03-23 09:00         A    I    completed              24
//  b3   2026-03-23T09:00Z    Mon 03-23 10:00         A    D    completed              48
//  b4   2026-03-24T08:00Z    Tue 03-24 09:00         B    D    cancelled               2
//  b5   2026-03-25T13:00Z    Wed 03-25 14:00         B    I    no_show                10
//  b6   2026-03-26T08:00Z    Thu 03-26 09:00         A    I    pending_confirmation    5
//  b7   2026-03-29T00:30Z    Sun 03-29 01:30 (CET)   B    I    pending_payment         3
//  b8   2026-03-29T01:30Z    Sun 03-29 03:30 (CEST)  B    D    confirmed               4
//  b9   2026-03-29T22:30Z    Mon 03-30 00:30         A    D    cancelled               6
//  b10  2026-03-30T07:00Z    Mon 03-30 09:00         A    I    completed              12
//  b11  2026-03-31T07:00Z    Tue 03-31 09:00         B    I    no_show                72
//  b12  2026-04-01T12:00Z    Wed 04-01 14:00         A    D    cancelled               8
//  b13  2026-04-02T07:30Z    Thu 04-02 09:30         B    D    confirmed              36
//  b14  2026-04-05T03:30Z    Sun 04-05 05:30         A    I    confirmed             100   (New York: Sat 04-04 23:30)
//  b15  2026-04-05T22:30Z    Mon 04-06 00:30         A    I    confirmed               7
//  b16  2026-03-20T10:00Z    Fri 03-20 11:00         B    I    confirmed               9
// Plus one booking of another workspace on 2026-03-24, which no answer may count.
const NOW = '2026-04-10T12:00:00Z';
let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let other: Awaited<ReturnType<typeof seedWorkspace>>;
let workspaceId: string;
let bob: string;
let deepDive: string;
const A = () => ws.hostId;
const I = () => ws.eventTypeId;

const ZERO = { pending_payment: 0, pending_confirmation: 0, confirmed: 0, cancelled: 0, completed: 0, no_show: 0 };
const counts = (c: Partial<typeof ZERO>) => ({ ...ZERO, ...c });

/** Inserts a booking row as the engine stores it, with a chosen creation time (the lead time). */
async function insertBooking(workspace: string, host: string, eventType: string, start: string, status: string, leadHours: number) {
  const startMs = Date.parse(start);
  await sql(server.dbUrl, `insert into booking (id, uid, workspace_id, event_type_id, host_id, status, start_at, end_at, timezone, attendee_name, attendee_email,
      seats, guests, answers, metadata, location, manage_token_hash, sequence, created_at, updated_at)
    values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, 'Europe/Berlin', 'Analytics Customer', 'a@example.com', 1, '[]', '{}', '{}', '{"kind":"video"}', $8, 0, $9, $9)`,
  [`bk_${randomBytes(10).toString('hex')}`, workspace, eventType, host, status, new Date(startMs), new Date(startMs + 30 * 60_000),
    randomBytes(32).toString('hex'), new Date(startMs - leadHours * 3_600_000)]);
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  ws = await seedWorkspace(server);
  other = await seedWorkspace(server);
  workspaceId = (await ws.admin('GET', '/v1/workspace')).body.id;
  bob = (await ws.admin('POST', '/v1/hosts', { name: 'Bob Builder', timezone: 'Europe/Berlin', scheduleId: ws.scheduleId })).body.id;
  deepDive = (await ws.admin('POST', '/v1/event-types', { slug: 'deep-dive', title: 'Deep dive', durations: [60], hostIds: [A(), bob] })).body.id;
  const rows: [string, string, string, string, number][] = [
    ['2026-03-22T23:30:00Z', A(), I(), 'confirmed', 1],
    ['2026-03-23T08:00:00Z', A(), I(), 'completed', 24],
    ['2026-03-23T09:00:00Z', A(), deepDive, 'completed', 48],
    ['2026-03-24T08:00:00Z', bob, deepDive, 'cancelled', 2],
    ['2026-03-25T13:00:00Z', bob, I(), 'no_show', 10],
    ['2026-03-26T08:00:00Z', A(), I(), 'pending_confirmation', 5],
    ['2026-03-29T00:30:00Z', bob, I(), 'pending_payment', 3],
    ['2026-03-29T01:30:00Z', bob, deepDive, 'confirmed', 4],
    ['2026-03-29T22:30:00Z', A(), deepDive, 'cancelled', 6],
    ['2026-03-30T07:00:00Z', A(), I(), 'completed', 12],
    ['2026-03-31T07:00:00Z', bob, I(), 'no_show', 72],
    ['2026-04-01T12:00:00Z', A(), deepDive, 'cancelled', 8],
    ['2026-04-02T07:30:00Z', bob, deepDive, 'confirmed', 36],
    ['2026-04-05T03:30:00Z', A(), I(), 'confirmed', 100],
    ['2026-04-05T22:30:00Z', A(), I(), 'confirmed', 7],
    ['2026-03-20T10:00:00Z', bob, I(), 'confirmed', 9],
  ];
  for (const [start, host, type, status, lead] of rows) await insertBooking(workspaceId, host, type, start, status, lead);
  const otherId = (await other.admin('GET', '/v1/workspace')).body.id;
  await insertBooking(otherId, other.hostId, other.eventTypeId, '2026-03-24T09:00:00Z', 'confirmed', 1);
});
afterAll(() => server.close());

const analytics = (query: string) => ws.admin('GET', `/v1/analytics/bookings?${query}`);
const BERLIN_TWO_WEEKS = 'from=2026-03-23&to=2026-04-05&timezone=Europe/Berlin';

describe('booking analytics', () => {
  it('counts two weeks around the DST change by ISO week in Europe/Berlin, every field exact', async () => {
    const res = await analytics(`${BERLIN_TWO_WEEKS}&groupBy=week`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      from: '2026-03-23', to: '2026-04-05', timezone: 'Europe/Berlin', groupBy: 'week',
      totals: {
        bookings: 14,
        byStatus: counts({ confirmed: 4, completed: 3, cancelled: 3, no_show: 2, pending_confirmation: 1, pending_payment: 1 }),
        cancellationRate: 0.2143, // 3 / 14
        noShowRate: 0.4, // 2 / (3 + 2)
        // Sorted leads 1 2 3 4 5 6 8 10 12 24 36 48 72 100: mean 331 / 14; median between 8 and 10; p90 at 11.7: 48 + 0.7 x 24.
        leadTimeHours: { mean: 23.64, median: 9, p90: 64.8 },
        revenue: [],
      },
      series: [
        // b1 (00:30 Monday local, still Sunday in UTC) to b8 (03:30 CEST on the 23-hour Sunday).
        { period: '2026-03-23', bookings: 8, byStatus: counts({ confirmed: 2, completed: 2, cancelled: 1, no_show: 1, pending_confirmation: 1, pending_payment: 1 }), revenue: [] },
        // b9 (Sunday 22:30Z, Monday in Berlin) to b14; b15 is Monday 04-06 locally.
        { period: '2026-03-30', bookings: 6, byStatus: counts({ confirmed: 2, completed: 1, cancelled: 2, no_show: 1 }), revenue: [] },
      ],
      byEventType: [
        { id: I(), slug: 'intro-call', title: 'Intro call', bookings: 8, cancelled: 0, revenue: [] },
        { id: deepDive, slug: 'deep-dive', title: 'Deep dive', bookings: 6, cancelled: 3, revenue: [] },
      ],
      byHost: [
        { id: A(), name: 'Ada Lovelace', bookings: 8, cancelled: 2, noShow: 0 },
        { id: bob, name: 'Bob Builder', bookings: 6, cancelled: 1, noShow: 2 },
      ],
      weekdayHour: [
        { weekday: 1, hour: 0, bookings: 2 }, { weekday: 1, hour: 9, bookings: 2 }, { weekday: 1, hour: 10, bookings: 1 },
        { weekday: 2, hour: 9, bookings: 2 }, { weekday: 3, hour: 14, bookings: 2 }, { weekday: 4, hour: 9, bookings: 2 },
        { weekday: 7, hour: 1, bookings: 1 }, { weekday: 7, hour: 3, bookings: 1 }, { weekday: 7, hour: 5, bookings: 1 },
      ],
    });
  });

  it('lists every day of the range, days without bookings as zeros', async () => {
    const res = await analytics(`${BERLIN_TWO_WEEKS}&groupBy=day`);
    expect(res.status).toBe(200);
    expect(res.body.series.map((s: { period: string; bookings: number }) => [s.period, s.bookings])).toEqual([
      ['2026-03-23', 3], ['2026-03-24', 1], ['2026-03-25', 1], ['2026-03-26', 1], ['2026-03-27', 0], ['2026-03-28', 0], ['2026-03-29', 2],
      ['2026-03-30', 2], ['2026-03-31', 1], ['2026-04-01', 1], ['2026-04-02', 1], ['2026-04-03', 0], ['2026-04-04', 0], ['2026-04-05', 1],
    ]);
    expect(res.body.series[4]).toEqual({ period: '2026-03-27', bookings: 0, byStatus: ZERO, revenue: [] });
    // The 23-hour day holds one booking before the clocks jump and one after.
    expect(res.body.series[6]).toEqual({ period: '2026-03-29', bookings: 2, byStatus: counts({ pending_payment: 1, confirmed: 1 }), revenue: [] });
    expect(res.body.totals.bookings).toBe(14);
  });

  it('buckets by month, empty months included, periods named by their first day', async () => {
    const res = await analytics('from=2026-02-01&to=2026-04-30&timezone=Europe/Berlin&groupBy=month');
    expect(res.status).toBe(200);
    // March: b16 and b1–b11 (b9 is 03-30 locally); April: b12–b15.
    expect(res.body.series.map((s: { period: string; bookings: number }) => [s.period, s.bookings])).toEqual([
      ['2026-02-01', 0], ['2026-03-01', 12], ['2026-04-01', 4],
    ]);
    expect(res.body.totals.bookings).toBe(16);
    // A week that starts before `from` is named by its Monday.
    const weeks = await analytics('from=2026-03-25&to=2026-03-31&timezone=Europe/Berlin&groupBy=week');
    expect(weeks.body.series.map((s: { period: string; bookings: number }) => [s.period, s.bookings])).toEqual([['2026-03-23', 4], ['2026-03-30', 3]]);
  });

  it('counts in the workspace zone by default, and in any requested zone', async () => {
    // The seeded workspace's zone is UTC: b1 falls on 03-22, b9 stays in the first week, b15 (04-05T22:30Z) is in.
    const utc = await analytics('from=2026-03-23&to=2026-04-05&groupBy=week');
    expect(utc.status).toBe(200);
    expect(utc.body.timezone).toBe('UTC');
    expect(utc.body.series.map((s: { period: string; bookings: number }) => [s.period, s.bookings])).toEqual([['2026-03-23', 8], ['2026-03-30', 6]]);
    expect(utc.body.weekdayHour).toContainEqual({ weekday: 7, hour: 22, bookings: 2 }); // b9 and b15
    // 23:30 on Saturday in New York is Sunday in UTC and in Berlin: it counts on the Saturday there.
    const ny = await analytics('from=2026-04-04&to=2026-04-04&timezone=America/New_York');
    expect(ny.body).toMatchObject({ groupBy: 'day', timezone: 'America/New_York', totals: { bookings: 1 }, series: [{ period: '2026-04-04', bookings: 1 }] });
    expect(ny.body.weekdayHour).toEqual([{ weekday: 6, hour: 23, bookings: 1 }]);
    expect(ny.body.totals.leadTimeHours).toEqual({ mean: 100, median: 100, p90: 100 });
  });

  it('filters by event type and host', async () => {
    const bobOnly = await analytics(`${BERLIN_TWO_WEEKS}&groupBy=week&host=${bob}`);
    expect(bobOnly.body.totals).toMatchObject({
      bookings: 6, byStatus: counts({ cancelled: 1, no_show: 2, pending_payment: 1, confirmed: 2 }), cancellationRate: 0.1667, noShowRate: 1,
      leadTimeHours: { mean: 21.17, median: 7, p90: 54 }, // 2 3 4 10 36 72: mean 127 / 6; median (4 + 10) / 2; p90 at 4.5: 36 + 0.5 x 36
    });
    expect(bobOnly.body.byHost).toEqual([{ id: bob, name: 'Bob Builder', bookings: 6, cancelled: 1, noShow: 2 }]);
    const deep = await analytics(`${BERLIN_TWO_WEEKS}&eventType=${deepDive}`);
    expect(deep.body.totals.bookings).toBe(6);
    expect(deep.body.totals.noShowRate).toBe(0); // one completed, no no-show
    expect(deep.body.byEventType).toEqual([{ id: deepDive, slug: 'deep-dive', title: 'Deep dive', bookings: 6, cancelled: 3, revenue: [] }]);
    const both = await analytics(`${BERLIN_TWO_WEEKS}&eventType=${deepDive}&host=${bob}`);
    expect(both.body.totals.bookings).toBe(3); // b4, b8, b13
    expect(both.body.weekdayHour).toEqual([{ weekday: 2, hour: 9, bookings: 1 }, { weekday: 4, hour: 9, bookings: 1 }, { weekday: 7, hour: 3, bookings: 1 }]);
  });

  it('answers zeros, null lead times and rates of 0 for a range without bookings', async () => {
    const res = await analytics('from=2026-05-01&to=2026-05-03&timezone=Europe/Berlin');
    expect(res.body).toEqual({
      from: '2026-05-01', to: '2026-05-03', timezone: 'Europe/Berlin', groupBy: 'day',
      totals: { bookings: 0, byStatus: ZERO, cancellationRate: 0, noShowRate: 0, leadTimeHours: null, revenue: [] },
      series: ['2026-05-01', '2026-05-02', '2026-05-03'].map((period) => ({ period, bookings: 0, byStatus: ZERO, revenue: [] })),
      byEventType: [], byHost: [], weekdayHour: [],
    });
  });

  it('counts neither as a booking nor as a cancellation a hold released unpaid (nobody was told of it)', async () => {
    // 2026-05-11..12: one released hold, one paid booking cancelled later and refunded, one confirmed.
    const paymentOf = (start: string, status: string) => sql(server.dbUrl,
      `update booking set payment = jsonb_build_object('id', gen_random_uuid()::text, 'status', $2::text) where start_at = $1 and workspace_id = $3`,
      [start, status, workspaceId]);
    await insertBooking(workspaceId, A(), I(), '2026-05-11T08:00:00Z', 'cancelled', 2);
    await paymentOf('2026-05-11T08:00:00Z', 'expired');
    await insertBooking(workspaceId, A(), I(), '2026-05-11T09:00:00Z', 'cancelled', 4);
    await paymentOf('2026-05-11T09:00:00Z', 'refunded');
    await insertBooking(workspaceId, A(), I(), '2026-05-12T08:00:00Z', 'confirmed', 6);
    await paymentOf('2026-05-12T08:00:00Z', 'succeeded');
    const res = await analytics('from=2026-05-11&to=2026-05-12&timezone=Europe/Berlin');
    expect(res.status, res.text).toBe(200);
    expect(res.body.totals).toMatchObject({ bookings: 2, byStatus: counts({ cancelled: 1, confirmed: 1 }), cancellationRate: 0.5, leadTimeHours: { mean: 5, median: 5 } });
    expect(res.body.series.map((d: { bookings: number }) => d.bookings)).toEqual([1, 1]);
    expect(res.body.byEventType).toEqual([expect.objectContaining({ id: I(), bookings: 2, cancelled: 1 })]);
    expect(res.body.byHost).toEqual([expect.objectContaining({ id: A(), bookings: 2, cancelled: 1 })]);
    expect(res.body.weekdayHour).toEqual([{ weekday: 1, hour: 11, bookings: 1 }, { weekday: 2, hour: 10, bookings: 1 }]);
  });

  it('shows a staff member only the bookings of their hosts', async () => {
    const staff = await inviteAndSignIn(server, ws, { email: 'bob@example.com', role: 'staff', hostIds: [bob] });
    const mine = await staff.request('GET', `/v1/analytics/bookings?${BERLIN_TWO_WEEKS}&groupBy=week`);
    expect(mine.status, mine.text).toBe(200);
    expect(mine.body.totals).toMatchObject({ bookings: 6, cancellationRate: 0.1667, noShowRate: 1 });
    expect(mine.body.byHost.map((h: { id: string }) => h.id)).toEqual([bob]);
    expect(mine.body.series.map((s: { bookings: number }) => s.bookings)).toEqual([4, 2]);
    // Another host's filter is not theirs to see: 404, as for a host that does not exist.
    const ada = await staff.request('GET', `/v1/analytics/bookings?${BERLIN_TWO_WEEKS}&host=${A()}`);
    expect(ada.status).toBe(404);
    // A staff API key belongs to no member, so it has no hosts.
    const key = await ws.admin('POST', '/v1/api-keys', { name: 'Staff key', role: 'staff' });
    const none = await server.request('GET', `/v1/analytics/bookings?${BERLIN_TWO_WEEKS}`, { headers: { authorization: `Bearer ${key.body.secret}` } });
    expect(none.body.totals).toMatchObject({ bookings: 0, leadTimeHours: null });
    expect(none.body.series.every((s: { bookings: number }) => s.bookings === 0)).toBe(true);
  });

  it('lets a viewer read, and refuses bad input with 422 and foreign or unknown ids with 404', async () => {
    const viewer = await ws.admin('POST', '/v1/api-keys', { name: 'Reporting', role: 'viewer' });
    const asViewer = await server.request('GET', `/v1/analytics/bookings?${BERLIN_TWO_WEEKS}`, { headers: { authorization: `Bearer ${viewer.body.secret}` } });
    expect(asViewer.status).toBe(200);
    expect(asViewer.body.totals.bookings).toBe(14);

    const invalid = async (query: string, path: string) => {
      const res = await analytics(query);
      expect(res.status, `${query}: ${res.text}`).toBe(422);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    };
    await invalid('from=2026-04-05&to=2026-04-04', 'to');
    await invalid('from=2026-01-01&to=2028-01-02', 'to'); // 732 days
    await invalid('from=2026-02-30&to=2026-03-01', 'from');
    await invalid('to=2026-03-01', 'from');
    await invalid(`${BERLIN_TWO_WEEKS}&groupBy=year`, 'groupBy');
    await invalid('from=2026-03-01&to=2026-03-02&timezone=Mars/Olympus', 'timezone');
    await invalid('from=2026-03-01&to=2026-03-02&host=ada', 'host');
    expect((await analytics('from=2026-01-01&to=2028-01-01')).status).toBe(200); // 731 days
    // The calendar's edges are ranges like any other (never a 500).
    for (const query of ['from=0001-01-01&to=0001-01-07&groupBy=week', 'from=9999-12-01&to=9999-12-31&groupBy=month&timezone=Pacific/Kiritimati']) {
      expect((await analytics(query)).status, query).toBe(200);
    }

    const notFound = async (query: string, what: string) => {
      const res = await analytics(`${BERLIN_TWO_WEEKS}&${query}`);
      expect(res.status, res.text).toBe(404);
      expect(res.body).toMatchObject({ code: 'not_found', detail: `${what} was not found.` });
    };
    await notFound(`eventType=${other.eventTypeId}`, 'Event type');
    await notFound(`host=${other.hostId}`, 'Host');
    await notFound('host=00000000-0000-4000-8000-000000000000', 'Host');
    // The other workspace sees its one booking only.
    const theirs = await other.admin('GET', `/v1/analytics/bookings?${BERLIN_TWO_WEEKS}`);
    expect(theirs.body.totals.bookings).toBe(1);
  });
});
