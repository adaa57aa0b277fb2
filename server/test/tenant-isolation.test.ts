import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { allRoutes } from '../src/http/app.ts';
import { queueDrained, startTestWorker } from './fixtures/jobs.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';
import { insertPaidPayment } from './fixtures/paid-server.ts';
import { setupOwner } from './fixtures/sessions.ts';

// Two tenants on one server: B's owner key pointed at A's resources must see nothing and
// change nothing — every such request answers 404 `not_found`, never 403 or 2xx.
let server: TestServer;
type Workspace = Awaited<ReturnType<typeof seedWorkspace>>;
let a: Workspace;
let b: Workspace;

/** A's resources, by the kind of id a path parameter takes. */
const A = {} as {
  host: string; schedule: string; eventType: string; apiKey: string; apiKeySecret: string;
  booking: string; bookingToken: string; pending: string; secondHost: string; calendar: string;
  webhook: string; delivery: string; email: string; deadJob: string; member: string; payment: string;
};
let aSnapshot: Record<string, unknown>;

/** Everything of A an admin can read, to compare before and after B's attempts. */
async function snapshotOfA() {
  const get = async (path: string) => (await a.admin('GET', path)).body;
  return {
    workspace: await get('/v1/workspace'),
    hosts: await get('/v1/hosts'),
    archivedHosts: await get('/v1/hosts?archived=true'),
    schedules: await get('/v1/schedules'),
    archivedSchedules: await get('/v1/schedules?archived=true'),
    eventTypes: await get('/v1/event-types'),
    archivedEventTypes: await get('/v1/event-types?archived=true'),
    bookings: await get('/v1/bookings'),
    booking: await get(`/v1/bookings/${A.booking}`),
    pending: await get(`/v1/bookings/${A.pending}`),
    calendars: await get('/v1/calendars'),
    calendarFeed: await get(`/v1/hosts/${A.host}/calendar-feed`),
    webhooks: await get('/v1/webhooks'),
    deliveries: await get(`/v1/webhooks/${A.webhook}/deliveries`),
    outbox: await get('/v1/outbox?limit=100'),
    deadJobs: await get('/v1/jobs/failed'),
    members: await get('/v1/members'),
    payments: await get('/v1/payments'),
    apiKeys: (await get('/v1/api-keys')).data.map((k: { id: string; name: string; role: string }) => ({ id: k.id, name: k.name, role: k.role })),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  a = await seedWorkspace(server, { slug: 'tenant-a' });
  b = await seedWorkspace(server, { slug: 'tenant-b' });

  const second = await a.admin('POST', '/v1/hosts', { name: 'Alice OnlyInA', email: 'alice@only-a.test', timezone: 'Europe/Berlin', scheduleId: a.scheduleId });
  await a.admin('POST', '/v1/event-types', { slug: 'a-review', title: 'A review', hostIds: [second.body.id], requiresConfirmation: true });
  const key = await a.admin('POST', '/v1/api-keys', { name: 'A integration', role: 'admin' });
  const member = await a.admin('POST', '/v1/members', { email: 'staff@only-a.test', name: 'Staff OnlyInA', role: 'staff', hostIds: [a.hostId] });
  expect(member.status).toBe(201);
  // Port 9 refuses at once: the calendar exists with an error status, which is all this needs.
  const calendar = await a.admin('POST', '/v1/calendars', { hostId: a.hostId, name: 'OnlyInA feed', url: 'http://127.0.0.1:9/OnlyInA.ics' });
  expect(calendar.status).toBe(201);
  const webhook = await a.admin('POST', '/v1/webhooks', { url: 'http://127.0.0.1:9/OnlyInA-hook', events: ['booking.created'] });
  expect(webhook.status).toBe(201);
  const booked = await server.request('POST', '/v1/public/tenant-a/bookings', {
    body: bookingBody('2026-12-01T09:00:00Z', { attendee: { name: 'Secret A Customer', email: 'secret-a@example.com' } }),
  });
  const pending = await server.request('POST', '/v1/public/tenant-a/bookings', {
    body: bookingBody('2026-12-01T10:00:00Z', { eventType: 'a-review', attendee: { name: 'Pending A Customer', email: 'pending-a@example.com' } }),
  });
  expect(booked.status).toBe(201);
  expect(pending.status).toBe(201);
  // A worker turns A's bookings into emails and a (failing) webhook delivery, then stops.
  const worker = await startTestWorker(server);
  await queueDrained(server);
  await worker.stop();
  const deliveries = await a.admin('GET', `/v1/webhooks/${webhook.body.id}/deliveries`);
  const emails = await a.admin('GET', '/v1/outbox');
  // A dead job of A's, as a job that used up its attempts leaves it.
  const [job] = await server.orm.em.fork().execute<{ id: string }[]>(
    `select id::text as id from graphile_worker.add_job('email.send', ?::json, max_attempts => 1)`, [JSON.stringify({ workspaceId: (await a.admin('GET', '/v1/workspace')).body.id, messageId: emails.body.data[0].id })]);
  await server.orm.em.fork().execute(`update graphile_worker._private_jobs set attempts = 1, last_error = 'OnlyInA failure', run_at = now() + interval '1 day' where id = ?::bigint`, [job!.id]);
  Object.assign(A, {
    webhook: webhook.body.id, delivery: deliveries.body.data[0].id, email: emails.body.data[0].id, deadJob: job!.id,
    host: a.hostId, schedule: a.scheduleId, eventType: a.eventTypeId, apiKey: key.body.id, apiKeySecret: key.body.secret,
    booking: booked.body.booking.uid, bookingToken: booked.body.manageToken, pending: pending.body.booking.uid, secondHost: second.body.id,
    calendar: calendar.body.id, member: member.body.member.id, payment: await insertPaidPayment(server, booked.body.booking.uid),
  });
  // B has data of its own too, with the same event type slug.
  await server.request('POST', '/v1/public/tenant-b/bookings', { body: bookingBody('2026-12-02T09:00:00Z', { attendee: { name: 'B Customer', email: 'b@example.com' } }) });
  aSnapshot = await snapshotOfA();
});
afterAll(() => server.close());

const adminRoutes = () => allRoutes({ clock: () => server.clock.now(), config: loadConfig({}) }).filter((r) => r.auth.kind === 'admin');
const routeKey = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;

/** The path with A's ids in place of its parameters: the id kind comes from the collection segment. */
function pathForA(path: string): string {
  const match = /^\/v1\/([\w-]+)\/:(\w+)/.exec(path);
  if (!match) throw new Error(`no fixture for ${path}`);
  const ids: Record<string, string> = {
    hosts: A.host, schedules: A.schedule, 'event-types': A.eventType, 'api-keys': A.apiKey, bookings: A.booking, calendars: A.calendar,
    webhooks: A.webhook, outbox: A.email, jobs: A.deadJob, members: A.member, payments: A.payment,
  };
  const value = ids[match[1]!];
  if (!value) throw new Error(`tenant-isolation.test.ts has no resource of A for /v1/${match[1]}/:${match[2]}; add one`);
  return path.replace(`:${match[2]}`, value).replace(':deliveryId', A.delivery);
}

/**
 * Every parametrised admin route, with a body valid enough to pass validation. A route
 * added to the table without an entry here fails the coverage test below.
 */
const paramCases: Record<string, { body?: unknown }> = {
  'DELETE /v1/api-keys/:id': {},
  'GET /v1/hosts/:id': {},
  'PATCH /v1/hosts/:id': { body: { name: 'Hijacked by B' } },
  'DELETE /v1/hosts/:id': {},
  'POST /v1/hosts/:id/restore': {},
  'GET /v1/schedules/:id': {},
  'PATCH /v1/schedules/:id': { body: { name: 'Hijacked by B', weekly: [] } },
  'DELETE /v1/schedules/:id': {},
  'POST /v1/schedules/:id/restore': {},
  'GET /v1/event-types/:id': {},
  'PATCH /v1/event-types/:id': { body: { title: 'Hijacked by B', active: false } },
  'DELETE /v1/event-types/:id': {},
  'POST /v1/event-types/:id/restore': {},
  'GET /v1/bookings/:uid': {},
  'POST /v1/bookings/:uid/cancel': { body: { reason: 'B was here' } },
  'POST /v1/bookings/:uid/reschedule': { body: { start: '2026-12-01T13:00:00Z' } },
  'POST /v1/bookings/:uid/confirm': { body: {} },
  'POST /v1/bookings/:uid/decline': { body: { reason: 'B was here' } },
  'POST /v1/bookings/:uid/no-show': { body: {} },
  'POST /v1/bookings/:uid/complete': { body: {} },
  'POST /v1/bookings/:uid/notes': { body: { text: 'B was here' } },
  'GET /v1/calendars/:id': {},
  'PATCH /v1/calendars/:id': { body: { name: 'Hijacked by B' } },
  'DELETE /v1/calendars/:id': {},
  'POST /v1/calendars/:id/refresh': {},
  'GET /v1/hosts/:id/calendar-feed': {},
  'GET /v1/webhooks/:id': {},
  'PATCH /v1/webhooks/:id': { body: { url: 'https://b.example.com/hook' } },
  'DELETE /v1/webhooks/:id': {},
  'POST /v1/webhooks/:id/roll-secret': {},
  'GET /v1/webhooks/:id/deliveries': {},
  'GET /v1/webhooks/:id/deliveries/:deliveryId': {},
  'POST /v1/webhooks/:id/deliveries/:deliveryId/redeliver': {},
  'GET /v1/outbox/:id': {},
  'POST /v1/outbox/:id/retry': {},
  'POST /v1/jobs/:id/retry': {},
  'POST /v1/hosts/:id/calendar-feed/rotate': {},
  'GET /v1/members/:id': {},
  'PATCH /v1/members/:id': { body: { name: 'Hijacked by B', role: 'owner' } },
  'DELETE /v1/members/:id': {},
  'GET /v1/payments/:id': {},
  'POST /v1/payments/:id/refund': { body: { amount: 100, reason: 'B was here' } },
};

/** Every parameterless admin read, with the queries worth trying against A's ids. */
const listCases: Record<string, string[]> = {
  'GET /v1/workspace': [''],
  'GET /v1/api-keys': [''],
  'GET /v1/hosts': ['', '?archived=true'],
  'GET /v1/schedules': ['', '?archived=true'],
  'GET /v1/event-types': ['', '?archived=true'],
  'GET /v1/calendars': ['', '?hostId={host}'],
  'GET /v1/webhooks': [''],
  'GET /v1/outbox': ['', '?booking={booking}', '?status=sent'],
  'GET /v1/jobs/failed': [''],
  'GET /v1/analytics/bookings': ['?from=2026-11-01&to=2026-12-31', '?from=2026-11-01&to=2026-12-31&groupBy=month&timezone=Europe/Berlin'],
  'GET /v1/members': [''],
  'GET /v1/payments': ['', '?booking={booking}', '?status=succeeded'],
  'GET /v1/bookings': ['', '?status=confirmed,pending_confirmation,cancelled', '?eventType=intro-call', '?eventType=a-review', `?eventType={eventType}`, '?host={host}', '?host={secondHost}', '?q=secret', '?q={booking}', '?from=2026-12-01&to=2026-12-01'],
};

describe('tenant isolation', () => {
  it('covers every admin route of the table', () => {
    const routes = adminRoutes();
    const parametrised = routes.filter((r) => r.path.includes(':')).map(routeKey).sort();
    expect(Object.keys(paramCases).sort()).toEqual(parametrised);
    const reads = routes.filter((r) => !r.path.includes(':') && r.method === 'get').map(routeKey).sort();
    expect(Object.keys(listCases).sort()).toEqual(reads);
  });

  it('answers 404 to B for every route taking one of A\'s ids, and A is untouched', async () => {
    const visited: string[] = [];
    for (const route of adminRoutes().filter((r) => r.path.includes(':'))) {
      const key = routeKey(route);
      const testCase = paramCases[key];
      if (!testCase) throw new Error(`no case for ${key}`);
      const path = pathForA(route.path);
      const res = await b.admin(route.method.toUpperCase(), path, testCase.body);
      expect(res.status, `${key}: ${res.text}`).toBe(404);
      expect(res.body.code, key).toBe('not_found');
      expect(res.headers.get('content-type'), key).toContain('application/problem+json');
      // The handler itself said "not found" (not an unmatched route), and named nothing of A.
      expect(res.body.detail, key).toMatch(/^(Host|Schedule|Event type|API key|Booking|Calendar|Webhook endpoint|Webhook delivery|Email|Failed email|Failed job|Member|Payment) was not found\.$/);
      expect(res.text).not.toContain('OnlyInA');
      expect(res.text).not.toContain('Secret A');
      visited.push(key);
    }
    expect(visited.sort()).toEqual(Object.keys(paramCases).sort());

    expect(await snapshotOfA()).toEqual(aSnapshot);
    const snapshot = aSnapshot as { booking: { status: string; start: string; history: unknown[] }; pending: { status: string } };
    expect(snapshot.booking).toMatchObject({ status: 'confirmed', start: '2026-12-01T09:00:00Z' });
    expect(snapshot.booking.history).toHaveLength(1);
    expect(snapshot.pending.status).toBe('pending_confirmation');
    // A's key still works, A's host still offers slots, A's customer still manages the booking.
    expect((await server.request('GET', '/v1/workspace', { headers: { authorization: `Bearer ${A.apiKeySecret}` } })).status).toBe(200);
    const slots = await server.request('GET', '/v1/public/tenant-a/event-types/intro-call/slots?from=2026-12-01&to=2026-12-01&timezone=UTC');
    expect(slots.body.days[0].slots.map((s: { start: string }) => s.start)).not.toContain('2026-12-01T09:00:00Z');
    expect(slots.body.days[0].slots.map((s: { start: string }) => s.start)).toContain('2026-12-01T13:00:00Z');
    expect((await server.request('GET', `/v1/public/bookings/${A.booking}?token=${A.bookingToken}`)).body.status).toBe('confirmed');
  });

  it('shows B none of A\'s items in any list, whatever the filter', async () => {
    const secrets = [A.host, A.schedule, A.eventType, A.apiKey, A.booking, A.pending, A.secondHost, A.member, 'OnlyInA', 'only-a', 'Secret A', 'Pending A', 'tenant-a', 'a-review'];
    const fill = (q: string) => q.replace(/\{(\w+)\}/g, (_, k: keyof typeof A) => A[k]);
    for (const [key, queries] of Object.entries(listCases)) {
      const path = key.split(' ')[1]!;
      for (const query of queries) {
        const res = await b.admin('GET', path + fill(query));
        expect(res.status, `${path}${query}: ${res.text}`).toBe(200);
        for (const secret of secrets) expect(res.text, `${path}${query} leaks ${secret}`).not.toContain(secret);
      }
    }
    const csv = await server.request('GET', '/v1/bookings', { headers: { ...b.auth, accept: 'text/csv' } });
    expect(csv.status).toBe(200);
    for (const secret of secrets) expect(csv.text).not.toContain(secret);
    // B's own data is there.
    expect((await b.admin('GET', '/v1/bookings')).body.data.map((x: { attendee: { name: string } }) => x.attendee.name)).toEqual(['B Customer']);
    expect((await b.admin('GET', '/v1/workspace')).body.slug).toBe('tenant-b');
  });

  it('refuses A\'s ids inside B\'s request bodies', async () => {
    const paths = (res: { body: { errors?: { path: string }[] } }) => (res.body.errors ?? []).map((e) => e.path);
    const hostIds = await b.admin('POST', '/v1/event-types', { slug: 'steal', title: 'Steal', hostIds: [A.host] });
    expect(hostIds.status).toBe(422);
    expect(paths(hostIds)).toEqual(['hostIds']);
    const mixed = await b.admin('POST', '/v1/event-types', { slug: 'steal', title: 'Steal', hostIds: [b.hostId, A.secondHost] });
    expect(paths(mixed)).toEqual(['hostIds']);
    const schedule = await b.admin('POST', '/v1/event-types', { slug: 'steal', title: 'Steal', hostIds: [b.hostId], scheduleId: A.schedule });
    expect(paths(schedule)).toEqual(['scheduleId']);
    const patchHosts = await b.admin('PATCH', `/v1/event-types/${b.eventTypeId}`, { hostIds: [A.host] });
    expect(paths(patchHosts)).toEqual(['hostIds']);
    const hostSchedule = await b.admin('POST', '/v1/hosts', { name: 'Borrower', timezone: 'UTC', scheduleId: A.schedule });
    expect(paths(hostSchedule)).toEqual(['scheduleId']);
    const patchSchedule = await b.admin('PATCH', `/v1/hosts/${b.hostId}`, { scheduleId: A.schedule });
    expect(paths(patchSchedule)).toEqual(['scheduleId']);
    // Booking on behalf with A's host: no slot of B's event type belongs to A's host.
    const calendar = await b.admin('POST', '/v1/calendars', { hostId: A.host, name: 'Steal', url: 'http://127.0.0.1:9/x.ics' });
    expect(paths(calendar)).toEqual(['hostId']);
    // A's bookings in B's bulk action are each not found, as by uid in a path.
    const bulk = await b.admin('POST', '/v1/bookings/bulk', { action: 'cancel', uids: [A.booking, A.pending], reason: 'B was here' });
    expect(bulk.status).toBe(200);
    expect(bulk.body.results.map((r: { ok: boolean; error?: { code: string } }) => [r.ok, r.error?.code])).toEqual([[false, 'not_found'], [false, 'not_found']]);
    expect(bulk.text).not.toContain('Secret A');
    // Analytics filtered by A's host or event type: not found either.
    expect((await b.admin('GET', `/v1/analytics/bookings?from=2026-12-01&to=2026-12-31&host=${A.host}`)).status).toBe(404);
    expect((await b.admin('GET', `/v1/analytics/bookings?from=2026-12-01&to=2026-12-31&eventType=${A.eventType}`)).status).toBe(404);
    const onBehalf = await b.admin('POST', '/v1/bookings', bookingBody('2026-12-03T09:00:00Z', { host: A.host }));
    expect([409, 422]).toContain(onBehalf.status);
    // A customer of B's page cannot pick A's host either.
    const publicPick = await server.request('POST', '/v1/public/tenant-b/bookings', { body: bookingBody('2026-12-03T09:00:00Z', { host: A.host }) });
    expect([409, 422]).toContain(publicPick.status);
    const slots = await server.request('GET', `/v1/public/tenant-b/event-types/intro-call/slots?from=2026-12-03&to=2026-12-03&timezone=UTC&host=${A.host}`);
    expect(slots.status === 404 || (slots.status === 200 && slots.body.days.length === 0)).toBe(true);
    // A's event type slug is not reachable through B's public pages.
    expect((await server.request('GET', '/v1/public/tenant-b/event-types/a-review')).status).toBe(404);

    expect(await snapshotOfA()).toEqual(aSnapshot);
    expect((await b.admin('GET', `/v1/event-types/${b.eventTypeId}`)).body.hostIds).toEqual([b.hostId]);
    expect((await b.admin('GET', `/v1/hosts/${b.hostId}`)).body.scheduleId).toBe(b.scheduleId);
  });

  it('keeps sessions to their workspace: B\'s owner cannot sign in to or set up A, and B\'s session sees nothing of A', async () => {
    const bOwner = await setupOwner(server, b, 'b-owner-password');
    expect((await server.request('POST', '/v1/auth/setup', { body: { workspace: 'tenant-a', apiKey: b.apiKey, password: 'b-takes-over-a' } })).status).toBe(401);
    expect((await server.request('POST', '/v1/auth/login', { body: { workspace: 'tenant-a', email: 'owner@tenant-b.test', password: 'b-owner-password' } })).status).toBe(401);
    expect((await bOwner.request('GET', `/v1/members/${A.member}`)).status).toBe(404);
    expect((await bOwner.request('PATCH', `/v1/members/${A.member}`, { role: 'viewer' })).status).toBe(404);
    expect((await bOwner.request('GET', `/v1/bookings/${A.booking}`)).status).toBe(404);
    const members = await bOwner.request('GET', '/v1/members');
    expect(members.body.data.map((m: { email: string }) => m.email)).toEqual(['owner@tenant-b.test']);
    expect(await snapshotOfA()).toEqual(aSnapshot);
  });
});
