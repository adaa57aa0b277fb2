import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

// Fuzzes the public routes of a real server. Whatever arrives, the answer is never a 5xx,
// and every error is problem+json carrying one of the contract's codes (../shared/API.md).
// Set FUZZ_SEED to replay a failing run; fast-check prints the seed and counterexample.

const CODES = new Set([
  'validation_failed', 'not_found', 'unauthorized', 'forbidden', 'slot_unavailable', 'idempotency_conflict',
  'booking_not_modifiable', 'payments_not_configured', 'rate_limited', 'payload_too_large', 'internal',
]);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const runs = (numRuns: number) => ({ numRuns, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: true });

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
/** Bookings to cancel and reschedule with their real manage tokens. */
const managed: { uid: string; token: string }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ws = await seedWorkspace(server, {
    eventType: {
      seats: 2,
      questions: [
        { key: 'topic', label: 'Topic', type: 'text' },
        { key: 'plan', label: 'Plan', type: 'select', options: ['basic', 'pro'] },
        { key: 'ok', label: 'Agree', type: 'checkbox' },
      ],
    },
  });
  const paid = await ws.admin('POST', '/v1/event-types', { slug: 'paid', title: 'Paid', hostIds: [ws.hostId], price: { amount: 5000, currency: 'usd' } });
  expect(paid.status).toBe(201);
  for (let day = 7; day <= 11; day++) {
    for (const hour of ['09', '13']) {
      const res = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(`2026-12-${String(day).padStart(2, '0')}T${hour}:00:00Z`) });
      expect(res.status).toBe(201);
      managed.push({ uid: res.body.booking.uid, token: res.body.manageToken });
    }
  }
});
afterAll(() => server.close());

interface Sent { method: string; path: string; headers?: Record<string, string>; body?: string | Uint8Array<ArrayBuffer> }

/** Sends a request as given (no JSON helper: the body is exactly these bytes). */
async function send(req: Sent) {
  const response = await fetch(server.url + req.path, {
    method: req.method, headers: req.headers ?? {}, ...(req.body !== undefined ? { body: req.body } : {}),
  });
  const text = await response.text();
  let body: any;
  try { body = text ? JSON.parse(text) : undefined; } catch { body = undefined; }
  return { status: response.status, headers: response.headers, text, body };
}

/** The invariant: no 5xx; errors are problem+json with a known code and matching status. */
async function sane(req: Sent): Promise<number> {
  const res = await send(req);
  const what = () => `${req.method} ${req.path.slice(0, 300)} ${typeof req.body === 'string' ? req.body.slice(0, 300) : ''}\n-> ${res.status} ${res.text.slice(0, 300)}`;
  if (res.status >= 500) throw new Error(`server error: ${what()}`);
  if (res.status >= 400) {
    if (!res.headers.get('content-type')?.includes('application/problem+json')) throw new Error(`error is not problem+json: ${what()}`);
    if (!CODES.has(res.body?.code) || res.body.status !== res.status || typeof res.body.detail !== 'string') throw new Error(`bad problem body: ${what()}`);
    if (res.body.code === 'internal') throw new Error(`internal error: ${what()}`);
    if (/node_modules|\.ts:\d|\n\s+at |SQLSTATE|violates|syntax error|relation "/i.test(`${res.body.title} ${res.body.detail}`)) throw new Error(`internals leaked: ${what()}`);
  } else if (res.status >= 200 && res.status < 300 && res.status !== 204) {
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('json') && res.body === undefined) throw new Error(`unparseable success body: ${what()}`);
  }
  return res.status;
}

/** A JSON POST; values JSON cannot express (undefined, functions) go as an empty body. */
const post = (path: string, body: unknown, headers: Record<string, string> = {}): Sent => {
  const text = JSON.stringify(body);
  return { method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, ...(text !== undefined ? { body: text } : {}) };
};

// ---- Arbitraries -------------------------------------------------------------------------

const nasty = fc.constantFrom(
  '', ' ', '\u0000', 'a\u0000b', '\uFEFF', '\u202Etxt', '💥', 'ǅ', 'Ω', 'ß', '\uD800', '\uDFFF', 'e\u0301', '../../etc/passwd', '%00', '%',
  "'; drop table booking; --", '<script>alert(1)</script>', 'NaN', 'null', 'undefined', 'true', '__proto__', 'constructor', 'toString',
  '\r\n', '\t', '=1+2', '${7*7}', '{{7*7}}', 'x'.repeat(5001), 'é'.repeat(3000),
);
/** Text salted with control characters, NUL, BOM, RTL marks and non-characters. */
const controlText = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', 'é', '\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u2028', '\uFEFF', '\u202E', '\uFFFF'), minLength: 1, maxLength: 12 });
const anyString = fc.oneof(
  fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), nasty, controlText,
  fc.string({ minLength: 300, maxLength: 3000, unit: 'grapheme-ascii' }),
);
const instants = fc.oneof(
  fc.constantFrom(
    '2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z', '2026-12-01T08:00:00+01:00', '2026-02-30T10:00:00Z', '2026-13-01T00:00:00Z',
    '2026-12-01T24:00:00Z', '2026-12-01T09:00:60Z', '0000-01-01T00:00:00Z', '0000-01-01T00:00:00+23:59', '9999-12-31T23:59:00+14:00',
    '9999-12-31T23:59:59-23:59', '+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '2026-12-01', '2026-12-01T09:00:00',
    '2026-12-01T09:00:00.000000001Z', '2026-12-01T09:00:00.5Z', '2026-12-01t09:00:00z', '1969-12-31T23:59:59Z', '1970-01-01T00:00:00Z',
    'Tue, 01 Dec 2026 09:00:00 GMT', '2026-W49-2T09:00:00Z', '2026-11-29T09:00:00Z', '2028-12-01T09:00:00Z',
  ),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString().replace('.000Z', 'Z')),
  fc.date({ min: new Date('2026-11-29T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => new Date(Math.floor(d.getTime() / 1_800_000) * 1_800_000).toISOString().replace('.000Z', 'Z')),
);
const localDates = fc.oneof(
  fc.constantFrom('2026-12-01', '2026-12-07', '2026-02-30', '2026-02-29', '2024-02-29', '0000-01-01', '0001-01-01', '0001-01-02', '9999-12-31',
    '9999-12-29', '10000-01-01', '2026-1-1', '2026-12-01T00:00:00Z', '20261201', '-2026-12-01', '2026-12-32', '2026-00-10'),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date('2026-10-01T00:00:00Z'), max: new Date('2029-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const zones = fc.constantFrom('Europe/Berlin', 'UTC', 'utc', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/St_Johns',
  'Etc/GMT+12', 'Etc/GMT-14', '+05:30', '-23:59', '+24:00', 'EST5EDT', 'Mars/Olympus', 'Europe/berlin', 'europe/Berlin', 'GMT', 'Z', 'local');
const numbers = fc.oneof(
  fc.integer(), fc.constantFrom(-1, 0, -0, 1, 30, 45, 1.5, 1440, 1441, 10_000, 10_001, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const deep = (depth: number, leaf: unknown): unknown => Array.from({ length: depth }).reduce<unknown>((acc) => ({ a: acc }), leaf);
const values: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.boolean(), numbers, { arbitrary: anyString, weight: 4 }, instants, localDates, zones,
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }), fc.dictionary(anyString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.constantFrom(deep(200, 'x'), [[[[[]]]]], { name: 'x', email: 'x@example.com' }, ['a@example.com'], { __proto__: { polluted: true } },
    JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: { polluted: true } } }, 'intro-call', 'paid', 'ghost'),
  fc.jsonValue({ maxDepth: 3 }),
);
const FIELDS = ['eventType', 'start', 'duration', 'timezone', 'attendee', 'attendee.name', 'attendee.email', 'attendee.phone', 'attendee.extra',
  'answers', 'answers.topic', 'answers.plan', 'answers.ok', 'answers.__proto__', 'seats', 'guests', 'guests.0', 'metadata', 'metadata.utm',
  'host', 'extra', '__proto__'] as const;

/** A copy of `base` with `value` written at the dotted `path` (undefined deletes). */
function mutate(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (!next || typeof next !== 'object') Object.defineProperty(node, key, { value: {}, enumerable: true, writable: true, configurable: true });
    node = node[key] as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  if (value === undefined) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}
const validBooking = (start: string) => ({ ...bookingBody(start), duration: 30, answers: { topic: 'Hi', plan: 'pro', ok: true }, seats: 1, guests: ['bob@example.com'], metadata: { utm: 'x' } });
/** An offered start (weekday 08:00Z–15:30Z in Dec 2026), so many mutants reach the database. */
const offeredStart = fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 15 })).map(([day, half]) =>
  new Date(Date.UTC(2026, 11, day, 8, 30 * half)).toISOString().replace('.000Z', 'Z'));
const mutatedBooking = fc.tuple(offeredStart, fc.array(fc.tuple(fc.constantFrom(...FIELDS), values), { minLength: 1, maxLength: 3, size: 'xsmall' }))
  .map(([start, changes]) => changes.reduce((body, [path, value]) => mutate(body, path, value), validBooking(start) as Record<string, unknown>));

/** A path segment: encoded strings, raw malformed escapes, very long ones. */
const segment = fc.oneof(
  fc.string({ unit: 'grapheme' }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme-ascii', maxLength: 40 }).map((s) => s.replace(/[#?/\\\s]/g, (c) => encodeURIComponent(c))),
  fc.constantFrom('%', '%%', '%E0%A4%A', '%zz', '%00', '%2F', '%2e%2e', '%252F', '%F0%9F%92%A5', '%C0%AF', '%FF%FE', 'UPPER', 'intro-call', 'a'.repeat(5000),
    `bk_${'a'.repeat(29)}`, `bk_${'a'.repeat(30)}`, 'bk_', 'bk_%00', 'event-types', 'slots', '..', '.', 'calendar.ics', '00000000-0000-4000-8000-000000000000'),
  fc.string({ minLength: 500, maxLength: 3000, unit: 'grapheme-ascii' }).map(encodeURIComponent),
);
/** A query value, sometimes left raw (unencoded or malformed escapes). */
const queryValue = fc.oneof(localDates, zones, numbers.map(String), anyString, fc.uuid(), fc.constantFrom('%', '%zz', '%E0%A4%A', '', '[]', '{}', 'a&b', '1e3', '30.0', ' 30', '0x1e'));
const queryKeys = fc.constantFrom('from', 'to', 'timezone', 'duration', 'host', 'from[]', 'to[0]', 'from[a]', '__proto__', 'constructor', 'hasOwnProperty', 'x', '', '%', 'token');

/**
 * One query key or value, percent-encoded or left raw. Capped so the whole URL stays under
 * Node's 16 KB header limit (beyond it Node itself answers 431, before the app sees anything).
 */
function encodeQueryPart(s: string, raw: boolean): string {
  const encoded = raw
    ? s.replace(/[#\s&=]|[\uD800-\uDFFF]/g, (c) => (/[\uD800-\uDFFF]/.test(c) ? '%3F' : encodeURIComponent(c)))
    : encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '?'));
  return encoded.slice(0, 1200).replace(/%[0-9A-F]?$/i, '');
}
const slotQuery = fc.tuple(
  fc.array(fc.tuple(queryKeys, queryValue, fc.boolean()), { maxLength: 8 }),
  fc.subarray(['from=2026-12-01', 'to=2026-12-03', 'timezone=Europe/Berlin', 'duration=30']),
).map(([pairs, base]) => [...base, ...pairs.map(([k, v, raw]) => `${encodeQueryPart(k, raw)}=${encodeQueryPart(v, raw)}`)].join('&'));

/** Header-safe token variants: the real one, wrong ones, none. */
const tokenChoice = fc.oneof(
  fc.constant({ kind: 'valid-query' as const }), fc.constant({ kind: 'valid-header' as const }), fc.constant({ kind: 'none' as const }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }).map((t) => ({ kind: 'wrong' as const, token: t })),
);

// ---- Properties --------------------------------------------------------------------------

describe('fuzzing the public API', () => {
  it('survives arbitrary JSON sent to the booking route', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withObjectString: true })), async (value) => {
      await sane(post(`/v1/public/${ws.slug}/bookings`, value));
    }), runs(50));
  });

  it('survives targeted mutations of a valid booking body', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(mutatedBooking, fc.boolean(), async (body, idempotent) => {
      await sane(post(`/v1/public/${ws.slug}/bookings`, body, idempotent ? { 'idempotency-key': 'fuzz-key' } : {}));
    }), runs(80));
  });

  it('survives hostile text in every free-text field that reaches the database', { timeout: 120_000 }, async () => {
    const textFields = ['attendee.name', 'metadata.utm', 'metadata.note', 'answers.topic'] as const;
    const hostile = fc.oneof({ arbitrary: controlText, weight: 3 }, anyString);
    await fc.assert(fc.asyncProperty(offeredStart, fc.constantFrom(...textFields), hostile, async (start, field, text) => {
      await sane(post(`/v1/public/${ws.slug}/bookings`, mutate(validBooking(start), field, text)));
    }), runs(40));
  });

  it('survives random bodies, uids and tokens on cancel and reschedule', { timeout: 120_000 }, async () => {
    const rescheduleBody = fc.array(fc.tuple(fc.constantFrom('start', 'duration', 'reason', 'extra'), values), { maxLength: 2 })
      .map((changes) => changes.reduce((b, [k, v]) => mutate(b, k, v), { start: '2026-12-02T09:00:00Z' } as Record<string, unknown>));
    const cancelBody = fc.oneof(fc.constant({}), values.map((reason) => ({ reason })), fc.jsonValue());
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('cancel', 'reschedule'), fc.nat(managed.length - 1), fc.option(segment, { freq: 4 }), tokenChoice,
      fc.oneof(rescheduleBody, cancelBody, fc.anything()),
      async (action, index, randomUid, token, body) => {
        const target = managed[index]!;
        const uid = randomUid ?? target.uid;
        const query = token.kind === 'valid-query' ? `?token=${target.token}` : token.kind === 'wrong' ? `?token=${encodeURIComponent(token.token)}` : '';
        const headers: Record<string, string> = token.kind === 'valid-header' ? { 'x-manage-token': target.token } : {};
        await sane(post(`/v1/public/bookings/${uid}/${action}${query}`, body, headers));
      },
    ), runs(90));
  });

  it('survives random query strings on the slots route', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(slotQuery, fc.constantFrom('intro-call', 'paid'), async (query, slug) => {
      await sane({ method: 'GET', path: `/v1/public/${ws.slug}/event-types/${slug}/slots?${query}` });
    }), runs(80));
    // Valid dates at the ends of the calendar and in odd zones.
    await fc.assert(fc.asyncProperty(localDates, fc.integer({ min: 0, max: 61 }), zones, async (from, span, timezone) => {
      const to = /^\d{4}-\d{2}-\d{2}$/.test(from) && !Number.isNaN(Date.parse(from)) ? new Date(Date.parse(from) + span * 86_400_000).toISOString().slice(0, 10) : from;
      await sane({ method: 'GET', path: `/v1/public/${ws.slug}/event-types/intro-call/slots?from=${from}&to=${to}&timezone=${encodeURIComponent(timezone)}` });
    }), runs(40));
  });

  it('survives random path segments', { timeout: 120_000 }, async () => {
    const templates: ((s: string) => Sent)[] = [
      (s) => ({ method: 'GET', path: `/v1/public/${s}/event-types` }),
      (s) => ({ method: 'GET', path: `/v1/public/${ws.slug}/event-types/${s}` }),
      (s) => ({ method: 'GET', path: `/v1/public/${s}/event-types/intro-call/slots?from=2026-12-01&to=2026-12-02&timezone=UTC` }),
      (s) => ({ method: 'GET', path: `/v1/public/${ws.slug}/event-types/${s}/slots?from=2026-12-01&to=2026-12-02&timezone=UTC` }),
      (s) => ({ method: 'GET', path: `/v1/public/bookings/${s}?token=${managed[0]!.token}` }),
      (s) => ({ method: 'GET', path: `/v1/public/bookings/${s}/calendar.ics?token=x` }),
      (s) => post(`/v1/public/${s}/bookings`, bookingBody('2026-12-01T10:00:00Z')),
      (s) => post(`/v1/public/bookings/${s}/cancel?token=x`, {}),
      (s) => ({ method: 'GET', path: `/v1/public/${s}` }),
      (s) => ({ method: 'GET', path: `/v1/public/${ws.slug}/${s}` }),
    ];
    await fc.assert(fc.asyncProperty(fc.nat(templates.length - 1), segment, async (t, s) => {
      await sane(templates[t]!(s));
    }), runs(70));
  });

  it('answers malformed raw bodies with 4xx problems', { timeout: 120_000 }, async () => {
    const valid = JSON.stringify(bookingBody('2026-12-02T10:00:00Z'));
    const raws = [
      '', ' ', '\n', '{', '{"a":', '[', 'nul', 'tru', '"unterminated', '{"eventType":}', '\uFEFF{}', `\uFEFF${valid}`, '{}garbage', 'null', '[]', '0', '"str"',
      'true', '1e999', '-', '{"a":1,"a":2}', `${valid.slice(0, -1)},"eventType":"ghost"}`, '["a"', '{"a":NaN}', '{"a":Infinity}', '// c\n{}', "{'a':1}",
      '{"a":1,}', '{"attendee":"\\u0000"}', '{"eventType":"\\ud800"}', `${'['.repeat(30_000)}${']'.repeat(30_000)}`, `${'{"a":'.repeat(9_000)}1${'}'.repeat(9_000)}`,
      `{"attendee":{"name":"${'x'.repeat(150_000)}"}}`, '\u0000', '\x1f', valid.replace('"start"', '"start\\u0000"'),
    ];
    const types = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x',
      'application/vnd.api+json', 'application/merge-patch+json', 'application/json;;;', 'garbage', 'application/json; charset=latin1', 'text/json'];
    const paths = [`/v1/public/${ws.slug}/bookings`, `/v1/public/bookings/${managed[1]!.uid}/cancel?token=${managed[1]!.token}`,
      `/v1/public/bookings/${managed[2]!.uid}/reschedule?token=${managed[2]!.token}`];
    for (const path of paths) {
      for (const raw of raws) {
        const status = await sane({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body: raw });
        if (path === paths[0]) expect(status, raw.slice(0, 60)).toBeGreaterThanOrEqual(400); // none of these is a valid booking
      }
      for (const type of types) await sane({ method: 'POST', path, headers: { 'content-type': type }, body: valid.replace('10:00', '11:00') });
      // No content type at all (bytes), and an empty body with none.
      await sane({ method: 'POST', path, body: new TextEncoder().encode('{"reason":"x"}') });
      await sane({ method: 'POST', path });
    }
    // Random text as JSON.
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), fc.constantFrom(...paths), async (raw, path) => {
      await sane({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body: raw });
    }), runs(20));

    // A known path with a method it does not support is still a problem, not text/plain.
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await send({ method, path: paths[0]!, headers: { 'content-type': 'application/json' }, body: valid });
      expect(res.status, method).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.code).toBe('not_found');
    }
    expect((await send({ method: 'POST', path: '/v1/public/bookings/./reschedule?token=x', headers: { 'content-type': 'application/json' }, body: '{}' })).body.code).toBe('not_found');

    const tooBig = await send({ method: 'POST', path: paths[0]!, headers: { 'content-type': 'application/json' }, body: `{"a":"${'x'.repeat(150_000)}"}` });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('payload_too_large');
    const wrongType = await send({ method: 'POST', path: paths[0]!, headers: { 'content-type': 'text/plain' }, body: valid });
    expect(wrongType.status).toBe(422);
    const notJson = await send({ method: 'POST', path: paths[0]!, headers: { 'content-type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(422);
    expect(notJson.body.code).toBe('validation_failed');
  });

  it('handles the ends of the calendar: empty slots, unavailable starts', async () => {
    for (const [from, to, tz] of [['0001-01-01', '0001-01-03', 'UTC'], ['9999-12-25', '9999-12-31', 'Pacific/Kiritimati'], ['0001-01-01', '0001-01-01', 'America/Los_Angeles']]) {
      const res = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=${from}&to=${to}&timezone=${tz}`);
      expect(res.status, from).toBe(200);
      expect(res.body.days).toEqual([]);
    }
    const target = managed[managed.length - 2]!;
    for (const start of ['0000-01-01T00:00:00Z', '0000-01-01T00:00:00+23:59', '9999-12-31T23:59:00+14:00', '9999-12-31T23:30:00-23:59']) {
      const booked = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start) });
      expect(booked.status, start).toBe(409);
      expect(booked.body.code).toBe('slot_unavailable');
      const moved = await server.request('POST', `/v1/public/bookings/${target.uid}/reschedule?token=${target.token}`, { body: { start } });
      expect(moved.status, start).toBeLessThan(500);
      expect(['slot_unavailable', 'booking_not_modifiable']).toContain(moved.body.code);
    }
  });

  it('refuses NUL characters, which PostgreSQL cannot store, as 422 per field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ attendee: { name: 'Ada\u0000', email: 'ada@example.com' } }, 'attendee.name'],
      [{ metadata: { utm: 'x\u0000' } }, 'metadata.utm'],
      [{ answers: { topic: '\u0000' } }, 'answers.topic'],
    ];
    for (const [override, path] of cases) {
      const res = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2027-01-05T10:00:00Z', override) });
      expect(res.status, path).toBe(422);
      expect(res.body.errors).toEqual([{ path, message: expect.any(String) }]);
    }
    const key = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2027-01-05T10:00:00Z', { metadata: { 'a\u0000': 'b' } }) });
    expect(key.status).toBe(422);
    const target = managed.at(-1)!;
    const cancel = await server.request('POST', `/v1/public/bookings/${target.uid}/cancel?token=${target.token}`, { body: { reason: 'bye\u0000' } });
    expect(cancel.status).toBe(422);
    expect(cancel.body.errors).toEqual([{ path: 'reason', message: expect.any(String) }]);
    // The slot was not taken by any of them (January is out of the fuzzers' reach).
    const ok = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2027-01-05T10:00:00Z') });
    expect(ok.status).toBe(201);
  });

  it('still works normally after the fuzzing', async () => {
    const res = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=2027-01-04&to=2027-01-04&timezone=Europe/Berlin`);
    expect(res.status).toBe(200);
    expect(res.body.days[0].slots).toHaveLength(16);
    const booked = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2027-01-04T09:00:00Z') });
    expect(booked.status).toBe(201);
    // No prototype was polluted by `__proto__` keys.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
