import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { allRoutes } from '../src/http/app.ts';
import { insertPaidPayment } from './fixtures/paid-server.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

// Every admin route that takes a body gets arbitrary JSON, and mutations of plausible fields
// (URLs, ids, dates), with real ids of the workspace in its path: the answer is never a 5xx.
// Set FUZZ_SEED to replay a failing run.
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  ws = await seedWorkspace(server, { slug: 'fuzz-ws' });
  const webhook = await ws.admin('POST', '/v1/webhooks', { url: 'https://hooks.example.com/x', events: ['booking.created'] });
  const member = await ws.admin('POST', '/v1/members', { email: 'fuzzed@example.com', role: 'viewer' });
  Object.assign(ids, { hosts: ws.hostId, schedules: ws.scheduleId, 'event-types': ws.eventTypeId, webhooks: webhook.body.id, members: member.body.member.id });
  // A real booking, so routes under /v1/bookings/:uid meet one (the notes route among them).
  ids.bookings = (await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-01T09:00:00Z') })).body.booking.uid;
  // A paid payment, so the refund route meets one.
  ids.payments = await insertPaidPayment(server, ids.bookings!);
});
afterAll(() => server.close());

/** Values that often break parsers: odd URLs, odd strings, odd numbers, nesting. */
const nasty = fc.oneof(
  fc.constantFrom('not a url', 'http://', 'https://user:pw@x.test/', 'ftp://x.test', 'http://[::1', 'webcal://x.test/a.ics', '', ' ', '\u0000', '\ud800',
    '2026-02-30', '25:99', 'Mars/Olympus', '00000000-0000-0000-0000-000000000000', '-1', '1e309', 'null', '[]', '{}'),
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.string(), fc.array(fc.string(), { maxLength: 3 }),
);
/** A valid value for each field some admin route takes, so one bad field meets otherwise valid neighbours. */
const valid: Record<string, unknown> = {
  url: 'https://hooks.example.com/a', events: ['booking.created'], name: 'Name', hostId: '', timezone: 'Europe/Berlin',
  weekly: [{ day: 'mon', start: '09:00', end: '17:00' }], overrides: [], blackouts: [], slug: 'fuzz', title: 'Fuzz', durations: [30],
  hostIds: [], start: '2026-12-01T09:00:00Z', reason: 'r', description: 'd', active: true, role: 'admin', allowedOrigins: [],
  branding: {}, email: 'a@example.com', scheduleId: null, reminders: [60], locale: 'en',
  workspace: 'fuzz-ws', password: 'a-valid-password', apiKey: 'sk_not_a_key', token: 'not-a-token',
  action: 'cancel', uids: ['bk_not_a_booking'], text: 'An internal note', amount: 100,
};
const field = (key: string) => fc.oneof({ weight: 2, arbitrary: fc.constant(key === 'hostId' ? ids.hosts : valid[key]) }, { weight: 1, arbitrary: nasty });
const body = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constant(null).chain(() => fc.record(Object.fromEntries(Object.keys(valid).map((key) => [key, field(key)])), { requiredKeys: [] })),
);

it('never answers a 5xx to any body on any admin route', { timeout: 180_000 }, async () => {
  const routes = allRoutes({ clock: () => server.clock.now(), config: loadConfig({}) })
    // Sign-in routes too: they take bodies from anyone.
    .filter((r) => (r.auth.kind === 'admin' || r.path.startsWith('/v1/auth/')) && r.body);
  expect(routes.length).toBeGreaterThan(10);
  for (const route of routes) {
    const collection = /^\/v1\/([\w-]+)/.exec(route.path)![1]!;
    const path = route.path.replace(/:(\w+)/g, () => ids[collection] ?? '00000000-0000-4000-8000-000000000000');
    await fc.assert(fc.asyncProperty(body, async (payload) => {
      const res = await server.request(route.method.toUpperCase(), path, { headers: { ...ws.auth, 'content-type': 'application/json' }, raw: JSON.stringify(payload) ?? 'null' });
      expect(res.status, `${route.method} ${route.path} ${JSON.stringify(payload)}: ${res.text}`).toBeLessThan(500);
    }), { numRuns: 40, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: true });
  }
});
