import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueDrained, startTestWorker } from './fixtures/jobs.ts';
import { insertPaidPayment } from './fixtures/paid-server.ts';
import { inviteAndSignIn, setupOwner } from './fixtures/sessions.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

// Every role against every kind of action, through a dashboard session and through an API
// key of that role. Staff members act only on their hosts' bookings (and their emails); a
// staff key has no hosts, so it sees no bookings at all.
type Role = 'owner' | 'admin' | 'staff' | 'viewer';
type Via = 'session' | 'key';
type Client = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => ReturnType<TestServer['request']>;

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let ownHost: string;
let otherHost: string;
const clients = new Map<string, Client>();
const ROLES: Role[] = ['owner', 'admin', 'staff', 'viewer'];
const VIAS: Via[] = ['session', 'key'];

let slot = 0;
/** A fresh free start (Mon–Fri 09:00–17:00 Berlin = 08:00–16:00Z), one per call. */
function nextStart(): string {
  const day = Math.floor(slot / 16);
  const start = Date.parse('2026-12-07T08:00:00Z') + (Math.floor(day / 5) * 7 + (day % 5)) * 86_400_000 + (slot % 16) * 30 * 60_000;
  slot += 1;
  return new Date(start).toISOString().replace('.000Z', 'Z');
}

/** A confirmed booking with a given host, made by a customer. */
async function bookWith(hostId: string): Promise<string> {
  const res = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(nextStart(), { host: hostId }) });
  if (res.status !== 201) throw new Error(`booking failed: ${res.text}`);
  return res.body.booking.uid as string;
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await seedWorkspace(server);
  ownHost = ws.hostId;
  otherHost = (await ws.admin('POST', '/v1/hosts', { name: 'Other Host', timezone: 'Europe/Berlin', scheduleId: ws.scheduleId })).body.id;
  await ws.admin('PATCH', `/v1/event-types/${ws.eventTypeId}`, { hostIds: [ownHost, otherHost] });

  const sessions = {
    owner: await setupOwner(server, ws),
    admin: await inviteAndSignIn(server, ws, { email: 'admin@example.com', role: 'admin' }),
    staff: await inviteAndSignIn(server, ws, { email: 'staff@example.com', role: 'staff', hostIds: [ownHost] }),
    viewer: await inviteAndSignIn(server, ws, { email: 'viewer@example.com', role: 'viewer' }),
  };
  for (const role of ROLES) {
    const session = sessions[role];
    clients.set(`${role}:session`, (method, path, body, headers) => session.request(method, path, body, headers ? { headers } : {}));
    const secret = role === 'owner' ? ws.apiKey : (await ws.admin('POST', '/v1/api-keys', { name: `${role} key`, role })).body.secret as string;
    clients.set(`${role}:key`, (method, path, body, headers = {}) =>
      server.request(method, path, { headers: { authorization: `Bearer ${secret}`, ...headers }, ...(body !== undefined ? { body } : {}) }));
  }
});
afterAll(() => server.close());

/** What a role may do: the status it gets, by who it is and how it calls. */
type Expect = (role: Role, via: Via) => number;
const at = (min: Role, ok: number): Expect => (role) => (ROLES.indexOf(role) <= ROLES.indexOf(min) ? ok : 403);
/** Booking actions: staff+; a staff key (no hosts) and staff on another host's booking get 404. */
const bookingAction = (ok: number, host: 'own' | 'other'): Expect => (role, via) => {
  if (role === 'viewer') return 403;
  if (role === 'staff' && (via === 'key' || host === 'other')) return 404;
  return ok;
};
const bookingRead = (host: 'own' | 'other'): Expect => (role, via) => (role === 'staff' && (via === 'key' || host === 'other') ? 404 : 200);
/** Booking on behalf of a customer: staff only for their own hosts. */
const bookingCreate = (host: 'own' | 'other'): Expect => (role, via) => {
  if (role === 'viewer') return 403;
  if (role === 'staff' && (via === 'key' || host === 'other')) return 403;
  return 201;
};

let n = 0;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const cases: { name: string; expect: Expect; run: (client: Client) => ReturnType<Client> }[] = [
  { name: 'read hosts', expect: () => 200, run: (c) => c('GET', '/v1/hosts') },
  { name: 'read the workspace', expect: () => 200, run: (c) => c('GET', '/v1/workspace') },
  { name: 'create a host', expect: at('admin', 201), run: (c) => c('POST', '/v1/hosts', { name: `Host ${++n}`, timezone: 'UTC' }) },
  { name: 'change the workspace', expect: at('admin', 200), run: (c) => c('PATCH', '/v1/workspace', { name: `Renamed ${++n}` }) },
  { name: 'create an event type', expect: at('admin', 201), run: (c) => c('POST', '/v1/event-types', { slug: `type-${++n}`, title: 'T', durations: [30], hostIds: [ownHost] }) },
  { name: 'list members', expect: () => 200, run: (c) => c('GET', '/v1/members') },
  { name: 'invite a member', expect: at('admin', 201), run: (c) => c('POST', '/v1/members', { email: `invitee-${++n}@example.com`, role: 'viewer' }) },
  { name: 'list API keys', expect: at('admin', 200), run: (c) => c('GET', '/v1/api-keys') },
  { name: 'create an API key', expect: at('admin', 201), run: (c) => c('POST', '/v1/api-keys', { name: `key ${++n}`, role: 'viewer' }) },
  { name: 'read a booking of their host', expect: bookingRead('own'), run: async (c) => c('GET', `/v1/bookings/${await bookWith(ownHost)}`) },
  { name: 'read a booking of another host', expect: bookingRead('other'), run: async (c) => c('GET', `/v1/bookings/${await bookWith(otherHost)}`) },
  { name: 'cancel a booking of their host', expect: bookingAction(200, 'own'), run: async (c) => c('POST', `/v1/bookings/${await bookWith(ownHost)}/cancel`, { reason: 'r' }) },
  { name: 'cancel a booking of another host', expect: bookingAction(200, 'other'), run: async (c) => c('POST', `/v1/bookings/${await bookWith(otherHost)}/cancel`, {}) },
  { name: 'reschedule a booking of their host', expect: bookingAction(200, 'own'), run: async (c) => c('POST', `/v1/bookings/${await bookWith(ownHost)}/reschedule`, { start: nextStart() }) },
  { name: 'reschedule a booking of another host', expect: bookingAction(200, 'other'), run: async (c) => c('POST', `/v1/bookings/${await bookWith(otherHost)}/reschedule`, { start: nextStart() }) },
  { name: 'mark a booking of another host completed', expect: bookingAction(409, 'other'), run: async (c) => c('POST', `/v1/bookings/${await bookWith(otherHost)}/complete`, {}) },
  { name: 'book for their host', expect: bookingCreate('own'), run: (c) => c('POST', '/v1/bookings', bookingBody(nextStart(), { host: ownHost })) },
  { name: 'book for another host', expect: bookingCreate('other'), run: (c) => c('POST', '/v1/bookings', bookingBody(nextStart(), { host: otherHost })) },
  // Operations: staff read emails (scoped, see below); the rest shows every host's data, so it is admin+.
  { name: 'list emails', expect: at('staff', 200), run: (c) => c('GET', '/v1/outbox') },
  { name: 'retry an email', expect: at('admin', 404), run: (c) => c('POST', `/v1/outbox/${NO_SUCH_ID}/retry`) },
  { name: 'list dead jobs', expect: at('admin', 200), run: (c) => c('GET', '/v1/jobs/failed') },
  { name: 'retry a dead job', expect: at('admin', 404), run: (c) => c('POST', '/v1/jobs/999999999/retry') },
  { name: 'list webhooks', expect: at('admin', 200), run: (c) => c('GET', '/v1/webhooks') },
  { name: 'list webhook deliveries', expect: at('admin', 404), run: (c) => c('GET', `/v1/webhooks/${NO_SUCH_ID}/deliveries`) },
  { name: 'read a payment of their host', expect: bookingRead('own'), run: async (c) => c('GET', `/v1/payments/${await paidWith(ownHost)}`) },
  { name: 'read a payment of another host', expect: bookingRead('other'), run: async (c) => c('GET', `/v1/payments/${await paidWith(otherHost)}`) },
  { name: 'refund a payment of another host', expect: at('admin', 200), run: async (c) => c('POST', `/v1/payments/${await paidWith(otherHost)}/refund`, { amount: 100 }) },
];

/** The payment of a paid booking with a given host. */
async function paidWith(hostId: string): Promise<string> {
  return insertPaidPayment(server, await bookWith(hostId));
}

describe('role matrix', () => {
  for (const role of ROLES) {
    for (const via of VIAS) {
      it(`${role} via ${via === 'key' ? 'an API key' : 'a session'}`, async () => {
        const client = clients.get(`${role}:${via}`)!;
        const got: Record<string, number> = {};
        const want: Record<string, number> = {};
        for (const testCase of cases) {
          const res = await testCase.run(client);
          got[testCase.name] = res.status;
          want[testCase.name] = testCase.expect(role, via);
          if (res.status >= 400) expect(res.headers.get('content-type'), testCase.name).toContain('application/problem+json');
        }
        expect(got).toEqual(want);
      });
    }
  }
});

describe('what each role sees of bookings', () => {
  it('shows staff only their hosts\' bookings (list, CSV), a staff key none, and everyone else all', async () => {
    const own = await bookWith(ownHost);
    const other = await bookWith(otherHost);
    for (const role of ROLES) {
      for (const via of VIAS) {
        const client = clients.get(`${role}:${via}`)!;
        const seen = new Set<string>();
        let cursor: string | null = null;
        do {
          const page: any = await client('GET', `/v1/bookings?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
          expect(page.status).toBe(200);
          for (const b of page.body.data) seen.add(b.host.id);
          cursor = page.body.nextCursor;
        } while (cursor);
        const csv = await client('GET', '/v1/bookings', undefined, { accept: 'text/csv' });
        const label = `${role} via ${via}`;
        if (role === 'staff' && via === 'key') {
          expect([...seen], label).toEqual([]);
          expect(csv.text.trim().split('\r\n'), label).toHaveLength(1);
        } else if (role === 'staff') {
          expect([...seen], label).toEqual([ownHost]);
          expect(csv.text.includes(own), label).toBe(true);
          expect(csv.text.includes(other) || csv.text.includes('Other Host'), label).toBe(false);
        } else {
          expect([...seen].sort(), label).toEqual([ownHost, otherHost].sort());
          expect(csv.text.includes(other) && csv.text.includes(own), label).toBe(true);
        }
      }
    }
    // Filtering by another host does not widen a staff member's view.
    const filtered = await clients.get('staff:session')!('GET', `/v1/bookings?host=${otherHost}`);
    expect(filtered.body.data).toEqual([]);
  });

  it('shows staff only the payments of their hosts\' bookings, a staff key none, and everyone else all', async () => {
    const own = await bookWith(ownHost);
    const other = await bookWith(otherHost);
    const ownPayment = await insertPaidPayment(server, own);
    const otherPayment = await insertPaidPayment(server, other);
    for (const role of ROLES) {
      for (const via of VIAS) {
        const client = clients.get(`${role}:${via}`)!;
        const label = `${role} via ${via}`;
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: any = await client('GET', `/v1/payments?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
          expect(page.status, label).toBe(200);
          seen.push(...page.body.data.map((p: { id: string }) => p.id));
          cursor = page.body.nextCursor;
        } while (cursor);
        const byBooking = await client('GET', `/v1/payments?booking=${other}`);
        const visible = { own: seen.includes(ownPayment), other: seen.includes(otherPayment), otherByBooking: byBooking.body.data.length === 1 };
        if (role === 'staff' && via === 'key') expect(visible, label).toEqual({ own: false, other: false, otherByBooking: false });
        else if (role === 'staff') expect(visible, label).toEqual({ own: true, other: false, otherByBooking: false });
        else expect(visible, label).toEqual({ own: true, other: true, otherByBooking: true });
      }
    }
  });

  it('books for a staff member\'s only host when they name none', async () => {
    const res = await clients.get('staff:session')!('POST', '/v1/bookings', bookingBody(nextStart()));
    expect(res.status).toBe(201);
    expect(res.body.booking.host.id).toBe(ownHost);
    const history = await clients.get('staff:session')!('GET', `/v1/bookings/${res.body.booking.uid}`);
    expect(history.body.history[0].actor).toMatch(/^admin:member:/);
  });
});

describe('what each role sees of emails', () => {
  it('shows staff only the emails of their hosts\' bookings (no account emails), a staff key none; 404 for the rest', async () => {
    const own = await bookWith(ownHost);
    const other = await bookWith(otherHost);
    const worker = await startTestWorker(server);
    try {
      await queueDrained(server);
    } finally {
      await worker.stop();
    }
    const all: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await ws.admin('GET', `/v1/outbox?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...page.body.data);
      cursor = page.body.nextCursor;
    } while (cursor);
    const ownEmail = all.find((m) => m.bookingUid === own && m.recipientRole === 'customer');
    const otherEmail = all.find((m) => m.bookingUid === other && m.recipientRole === 'customer');
    const accountEmail = all.find((m) => m.kind === 'member_invite');
    expect(ownEmail && otherEmail && accountEmail).toBeTruthy();

    for (const role of ROLES) {
      for (const via of VIAS) {
        const client = clients.get(`${role}:${via}`)!;
        const label = `${role} via ${via}`;
        const list = await client('GET', '/v1/outbox?limit=100');
        const detail = async (id: string) => (await client('GET', `/v1/outbox/${id}`)).status;
        const byBooking = async (uid: string) => (await client('GET', `/v1/outbox?booking=${uid}`)).body.data?.length;
        if (role === 'viewer') {
          expect(list.status, label).toBe(403);
          expect(await detail(ownEmail.id), label).toBe(403);
        } else if (role === 'staff') {
          expect(list.status, label).toBe(200);
          const uids = new Set(list.body.data.map((m: { bookingUid: string | null }) => m.bookingUid));
          expect(uids.has(null), label).toBe(false);
          expect(uids.has(other), label).toBe(false);
          expect(uids.has(own), label).toBe(via === 'session');
          expect(await detail(otherEmail.id), label).toBe(404);
          expect(await detail(accountEmail.id), label).toBe(404);
          expect(await detail(ownEmail.id), label).toBe(via === 'session' ? 200 : 404);
          expect(await byBooking(other), label).toBe(0);
        } else {
          expect(list.status, label).toBe(200);
          expect(await detail(otherEmail.id), label).toBe(200);
          expect(await detail(accountEmail.id), label).toBe(200);
          expect(await byBooking(other), label).toBeGreaterThan(0);
        }
      }
    }
    // What the staff member reads of their own booking's email is the whole email, manage link included.
    const mine = await clients.get('staff:session')!('GET', `/v1/outbox/${ownEmail.id}`);
    expect(mine.body.text).toContain(own);
  });
});
