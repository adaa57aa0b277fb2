/**
 * What operators and browsers see around every request: health and readiness, Prometheus
 * metrics, request ids and JSON request logs, security headers, CORS only on public routes,
 * the body size limit, the booking rate limit, and a graceful stop that lets in-flight
 * requests finish before the port and the database close.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { migrate, openOrm, type Database } from '../src/db/database.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';
import { startServer } from '../src/server.ts';
import { requestFrom } from './fixtures/http-from.ts';
import { bookingBody, cloneDatabase, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-30T06:00:00Z' });
  ws = await seedWorkspace(server);
});
afterAll(() => server.close());

/** The real app with a logger that writes into `lines` and its own metrics, on loopback. */
async function observedApp() {
  const lines: string[] = [];
  const app = createApp({ orm: server.orm, config: server.config, logger: createLogger('info', (line) => lines.push(line)), clock: server.clock.now });
  const http: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => http.once('listening', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => { http.closeAllConnections(); http.close(() => resolve()); });
  return { lines, url, close };
}

describe('health and readiness', () => {
  it('answers /healthz and /readyz (database reachable, migrations applied)', async () => {
    const health = await server.request('GET', '/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    const ready = await server.request('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', pendingMigrations: [] });
  });
});

describe('metrics and logs', () => {
  it('keeps a host calendar feed token, the feed URL\'s only credential, out of the request log', async () => {
    const app = await observedApp();
    try {
      const feed = await server.request('GET', `/v1/hosts/${ws.hostId}/calendar-feed`, { headers: ws.auth });
      const path = new URL(feed.body.url).pathname;
      expect((await fetch(`${app.url}${path}`)).status).toBe(200);
      const logged = app.lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'request' && entry.path.startsWith('/v1/public/feeds/'));
      expect(logged.path).toBe('/v1/public/feeds/[redacted].ics');
      expect(app.lines.join('\n')).not.toContain(path.split('/').pop()!.replace('.ics', ''));
    } finally {
      await app.close();
    }
  });

  it('counts requests per route pattern and status, with a duration histogram', async () => {
    const app = await observedApp();
    try {
      for (let i = 0; i < 3; i++) expect((await fetch(`${app.url}/v1/public/${ws.slug}/event-types`)).status).toBe(200);
      expect((await fetch(`${app.url}/v1/public/no-such-workspace/event-types`)).status).toBe(404);
      expect((await fetch(`${app.url}/no/such/path`)).status).toBe(404);

      const response = await fetch(`${app.url}/metrics`);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      const route = '/v1/public/:workspace/event-types';
      expect(text).toContain('# TYPE slotkit_http_requests_total counter');
      expect(text).toContain(`slotkit_http_requests_total{method="GET",route="${route}",status="200"} 3\n`);
      expect(text).toContain(`slotkit_http_requests_total{method="GET",route="${route}",status="404"} 1\n`);
      expect(text).toContain('slotkit_http_requests_total{method="GET",route="unmatched",status="404"} 1\n');
      // Route patterns, never raw paths: a workspace slug must not become a label value.
      expect(text).not.toContain(ws.slug);

      expect(text).toContain('# TYPE slotkit_http_request_duration_seconds histogram');
      expect(text).toContain(`slotkit_http_request_duration_seconds_count{route="${route}"} 4\n`);
      expect(text).toContain(`slotkit_http_request_duration_seconds_bucket{route="${route}",le="+Inf"} 4\n`);
      const buckets = [...text.matchAll(new RegExp(`slotkit_http_request_duration_seconds_bucket\\{route="${route.replaceAll('/', '\\/')}",le="([^"]+)"\\} (\\d+)`, 'g'))]
        .map((m) => Number(m[2]));
      expect(buckets.length).toBeGreaterThan(5);
      expect(buckets).toEqual([...buckets].sort((a, b) => a - b)); // cumulative
    } finally {
      await app.close();
    }
  });

  it('writes one JSON line per request with its id, method, route and status, and no secrets', async () => {
    const app = await observedApp();
    try {
      const ok = await fetch(`${app.url}/v1/public/${ws.slug}/event-types/intro-call`, { headers: { 'x-request-id': 'trace-abc.123' } });
      const bad = await fetch(`${app.url}/v1/public/${ws.slug}/event-types/intro-call/slots?from=nope&to=2026-12-01&timezone=UTC`);
      const admin = await fetch(`${app.url}/v1/hosts`, { headers: ws.auth });
      expect([ok.status, bad.status, admin.status]).toEqual([200, 422, 200]);

      const entries = app.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const requests = entries.filter((e) => e.msg === 'request');
      expect(requests).toHaveLength(3);
      expect(requests[0]).toMatchObject({ level: 'info', requestId: 'trace-abc.123', method: 'GET', route: '/v1/public/:workspace/event-types/:slug', status: 200 });
      expect(requests[1]).toMatchObject({ requestId: bad.headers.get('x-request-id'), route: '/v1/public/:workspace/event-types/:slug/slots', status: 422 });
      expect(requests[2]).toMatchObject({ route: '/v1/hosts', status: 200 });
      for (const entry of requests) {
        expect(typeof entry.time).toBe('string');
        expect(typeof entry.ms).toBe('number');
      }
      expect(app.lines.join('\n')).not.toContain(ws.apiKey);
    } finally {
      await app.close();
    }
  });

  it('gives every response an X-Request-Id, echoing a sane incoming one and replacing others', async () => {
    const plain = await server.request('GET', '/healthz');
    expect(plain.headers.get('x-request-id')).toMatch(UUID);
    const other = await server.request('GET', '/healthz');
    expect(other.headers.get('x-request-id')).not.toBe(plain.headers.get('x-request-id'));

    const sane = await server.request('GET', `/v1/public/${ws.slug}/event-types`, { headers: { 'x-request-id': 'lb-7f3a_9.x' } });
    expect(sane.headers.get('x-request-id')).toBe('lb-7f3a_9.x');
    for (const insane of ['<script>alert(1)</script>', 'has spaces in it', 'x'.repeat(129)]) {
      const res = await server.request('GET', '/healthz', { headers: { 'x-request-id': insane } });
      expect(res.headers.get('x-request-id'), insane).toMatch(UUID);
    }
    // Errors carry the id in the body too, so a user can quote it.
    const missing = await server.request('GET', '/v1/public/nope/event-types', { headers: { 'x-request-id': 'support-42' } });
    expect(missing.headers.get('x-request-id')).toBe('support-42');
    expect(missing.body.requestId).toBe('support-42');
  });
});

describe('headers for browsers', () => {
  it('sends security headers on success and error responses', async () => {
    for (const path of ['/healthz', `/v1/public/${ws.slug}/event-types`, '/v1/hosts', '/no/such/path']) {
      const res = await server.request('GET', path);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it('allows cross-origin calls to public routes only', async () => {
    const preflight = await fetch(`${server.url}/v1/public/${ws.slug}/bookings`, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')!.toLowerCase().split(',')).toEqual(expect.arrayContaining(['content-type', 'idempotency-key']));

    const actual = await fetch(`${server.url}/v1/public/${ws.slug}/event-types`, { headers: { origin: 'https://shop.example' } });
    expect(actual.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(actual.headers.get('access-control-expose-headers')).toContain('X-Request-Id');

    const admin = await fetch(`${server.url}/v1/hosts`, { headers: { origin: 'https://shop.example', ...ws.auth } });
    expect(admin.status).toBe(200);
    expect(admin.headers.get('access-control-allow-origin')).toBeNull();
    const adminPreflight = await fetch(`${server.url}/v1/hosts`, {
      method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });
    expect(adminPreflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(adminPreflight.headers.get('access-control-allow-headers')).toBeNull();
  });
});

describe('limits', () => {
  it('refuses bodies over SLOTKIT_BODY_LIMIT with 413 payload_too_large, declared or streamed', async () => {
    const small = await startTestServer({ dbUrl: server.dbUrl, now: '2026-11-30T06:00:00Z', env: { SLOTKIT_BODY_LIMIT: '2048' } });
    try {
      const path = `/v1/public/${ws.slug}/bookings`;
      // Just under the limit is fine.
      const fits = bookingBody('2026-12-01T14:00:00Z', { metadata: { a: 'x'.repeat(450), b: 'y'.repeat(450), c: 'z'.repeat(450) } });
      expect(JSON.stringify(fits).length).toBeLessThan(2048);
      expect((await small.request('POST', path, { body: fits })).status).toBe(201);

      const big = bookingBody('2026-12-01T15:00:00Z', { metadata: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`k${i}`, 'x'.repeat(450)])) });
      const declared = await small.request('POST', path, { body: big });
      expect(declared.status).toBe(413);
      expect(declared.body.code).toBe('payload_too_large');

      // Chunked, without Content-Length: the limit holds while reading.
      const streamed = await new Promise<{ status: number; body: any }>((resolve, reject) => {
        const req = httpRequest(`${small.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => { text += chunk.toString(); });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
        });
        req.on('error', reject);
        const payload = JSON.stringify(big);
        for (let i = 0; i < payload.length; i += 500) req.write(payload.slice(i, i + 500));
        req.end();
      });
      expect(streamed.status).toBe(413);
      expect(streamed.body.code).toBe('payload_too_large');
      // Neither oversized request booked anything.
      const slots = await small.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=2026-12-01&to=2026-12-01&timezone=UTC`);
      expect(slots.body.days[0].slots.map((s: { start: string }) => s.start)).toContain('2026-12-01T15:00:00Z');
    } finally {
      await small.close();
    }
  });

  it('rate-limits booking creation per client address with 429 rate_limited and Retry-After', async () => {
    const limited = await startTestServer({ dbUrl: server.dbUrl, now: '2026-11-30T06:00:00Z', env: { SLOTKIT_BOOKING_RATE_LIMIT: '3' } });
    try {
      const path = `/v1/public/${ws.slug}/bookings`;
      for (const start of ['2026-12-02T08:00:00Z', '2026-12-02T08:30:00Z', '2026-12-02T09:00:00Z']) {
        expect((await limited.request('POST', path, { body: bookingBody(start) })).status).toBe(201);
      }
      const fourth = await limited.request('POST', path, { body: bookingBody('2026-12-02T09:30:00Z') });
      expect(fourth.status).toBe(429);
      expect(fourth.body.code).toBe('rate_limited');
      const retryAfter = Number(fourth.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);

      // Reading slots is not limited, and the refused booking took nothing.
      const slots = await limited.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=2026-12-02&to=2026-12-02&timezone=UTC`);
      expect(slots.status).toBe(200);
      expect(slots.body.days[0].slots.map((s: { start: string }) => s.start)).toContain('2026-12-02T09:30:00Z');

      // Another client address has its own allowance.
      const neighbour = await requestFrom('127.0.0.2', `${limited.url}${path}`, { method: 'POST', body: bookingBody('2026-12-02T10:00:00Z') });
      expect(neighbour.status).toBe(201);

      // Once the window has passed, the first client may book again.
      limited.clock.advance(retryAfter * 1000);
      expect((await limited.request('POST', path, { body: bookingBody('2026-12-02T09:30:00Z') })).status).toBe(201);
    } finally {
      await limited.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes in-flight requests, then closes the port and the database', async () => {
    const dbUrl = await cloneDatabase();
    const seeder = await startTestServer({ dbUrl });
    const shop = await seedWorkspace(seeder);
    await seeder.close();

    const orm = await openOrm(dbUrl);
    const db: Database = { orm, url: dbUrl, migrate: () => migrate(orm), close: () => orm.close(true) };
    const running = await startServer(db, loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), createLogger('silent'));
    const base = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
    try {
      const COUNT = 20;
      let received = 0;
      let finished = 0;
      const allReceived = new Promise<void>((resolve) => {
        running.server.on('request', (_req, res) => {
          res.on('finish', () => { finished += 1; });
          if (++received === COUNT) resolve();
        });
      });
      // Slot searches over the longest range (62 days) from the real today: real work per request.
      const today = new Date();
      const from = today.toISOString().slice(0, 10);
      const to = new Date(today.getTime() + 61 * 86_400_000).toISOString().slice(0, 10);
      const inFlight = Array.from({ length: COUNT }, () =>
        fetch(`${base}/v1/public/${shop.slug}/event-types/intro-call/slots?from=${from}&to=${to}&timezone=Europe/Berlin`)
          .then(async (res) => ({ status: res.status, body: await res.json() })));
      await allReceived;
      const finishedBeforeStop = finished;
      const stopped = running.stop();

      const answers = await Promise.all(inFlight);
      const answered = performance.now();
      await stopped;
      expect(finishedBeforeStop).toBeLessThan(COUNT); // the stop really overlapped work
      expect(answers.map((a) => a.status)).toEqual(Array(COUNT).fill(200));
      for (const answer of answers) expect(answer.body.days.length).toBeGreaterThan(20);
      // Stopped as soon as the work was done: the keep-alive connections of the in-flight
      // requests close with their responses instead of lingering until the client drops them.
      expect(performance.now() - answered).toBeLessThan(1_000);

      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
      expect(await orm.isConnected()).toBe(false);
    } finally {
      await running.stop();
    }
  });
});
