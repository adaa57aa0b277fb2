import { describe, expect, it } from 'vitest';
import { Slotkit } from './client.ts';
import { ConnectionError, InternalError, RateLimitedError, SlotUnavailableError, TimeoutError } from './errors.ts';
import { parseRetryAfter, retryDelay } from './request.ts';

interface Seen { url: string; method: string; headers: Record<string, string>; body: string | null }

/** A client over a scripted fetch: each call takes the next answer and is recorded. */
function scripted(answers: (Response | Error | ((init: RequestInit) => Promise<Response>))[], options: { maxRetries?: number; timeout?: number; apiKey?: string } = {}) {
  const seen: Seen[] = [];
  const sleeps: number[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    seen.push({ url: String(input), method: init.method ?? 'GET', headers: { ...(init.headers as Record<string, string>) }, body: (init.body as string | null) ?? null });
    const next = answers.shift();
    if (!next) throw new Error('no more scripted answers');
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next(init) : next;
  };
  const client = new Slotkit({
    baseUrl: 'https://api.test/', fetch: fetch as typeof globalThis.fetch, ...options,
    // Internal test hooks: no real waiting, no randomness.
    ...{ sleep: async (ms: number) => { sleeps.push(ms); }, random: () => 0.5 },
  });
  return { client, seen, sleeps };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers } });
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: 'about:blank', title: code, status, code, detail: `detail of ${code}`, ...extra });
const booking = { booking: { uid: 'bk_1' }, manageToken: 'tok', payment: null };
const body = { eventType: 'intro-call', start: '2026-12-01T08:00:00Z', timezone: 'Europe/Berlin', attendee: { name: 'Ada', email: 'ada@example.com' } };

describe('request', () => {
  it('retries a 503 and returns the later success', async () => {
    const { client, seen, sleeps } = scripted([problem(503, 'internal'), json(200, { data: [] })]);
    await expect(client.public('acme').eventTypes.list()).resolves.toEqual({ data: [] });
    expect(seen).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
  });

  it('sends one Idempotency-Key per POST and reuses it on every retry', async () => {
    const { client, seen } = scripted([problem(500, 'internal'), new TypeError('fetch failed'), json(201, booking), json(201, booking)]);
    await client.public('acme').bookings.create(body);
    await client.public('acme').bookings.create(body);
    const keys = seen.map((s) => s.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[3]).not.toBe(keys[0]);
    expect(seen.every((s) => s.body === JSON.stringify(body))).toBe(true);
  });

  it('uses the caller\'s idempotency key when given, and sends none on GET', async () => {
    const { client, seen } = scripted([json(201, booking), json(200, { data: [] })]);
    await client.public('acme').bookings.create(body, { idempotencyKey: 'order-42' });
    await client.public('acme').eventTypes.list();
    expect(seen[0]!.headers['idempotency-key']).toBe('order-42');
    expect(seen[1]!.headers).not.toHaveProperty('idempotency-key');
  });

  it('waits as long as Retry-After says on 429', async () => {
    const limited = problem(429, 'rate_limited');
    limited.headers.set('retry-after', '7');
    const { client, seen, sleeps } = scripted([limited, json(201, booking)]);
    await client.public('acme').bookings.create(body);
    expect(sleeps).toEqual([7000]);
    expect(seen).toHaveLength(2);
  });

  it('throws RateLimitedError with retryAfter once retries run out', async () => {
    const limited = problem(429, 'rate_limited');
    limited.headers.set('retry-after', '3');
    const { client, seen } = scripted([limited], { maxRetries: 0 });
    const error = await client.public('acme').bookings.create(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 3 });
    expect(seen).toHaveLength(1);
  });

  it('never retries 409 slot_unavailable or other 4xx', async () => {
    const { client, seen } = scripted([problem(409, 'slot_unavailable'), problem(404, 'not_found')]);
    await expect(client.public('acme').bookings.create(body)).rejects.toBeInstanceOf(SlotUnavailableError);
    await expect(client.public('acme').eventTypes.get('nope')).rejects.toMatchObject({ status: 404, code: 'not_found' });
    expect(seen).toHaveLength(2);
  });

  it('backs off exponentially with a cap and gives up after maxRetries', async () => {
    const { client, seen, sleeps } = scripted(Array.from({ length: 5 }, () => problem(502, 'internal')), { maxRetries: 4 });
    await expect(client.workspace.get()).rejects.toBeInstanceOf(InternalError);
    expect(seen).toHaveLength(5);
    expect(sleeps).toEqual([375, 750, 1500, 3000]);
  });

  it('turns network failures into ConnectionError after retrying', async () => {
    const { client, seen } = scripted([new TypeError('fetch failed'), new TypeError('fetch failed')], { maxRetries: 1 });
    await expect(client.workspace.get()).rejects.toBeInstanceOf(ConnectionError);
    expect(seen).toHaveLength(2);
  });

  it('times out an attempt with TimeoutError', async () => {
    const hang = (init: RequestInit) => new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const { client, seen } = scripted([hang, hang], { timeout: 20, maxRetries: 1 });
    const error = await client.workspace.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ status: 0, code: 'timeout' });
    expect(seen).toHaveLength(2);
  });

  it('a per-call timeout overrides the client one', async () => {
    const hang = (init: RequestInit) => new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(new Error('aborted'))));
    const { client } = scripted([hang], { timeout: 60_000, maxRetries: 0 });
    await expect(client.workspace.get({ timeout: 10 })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('rejects with the caller\'s abort reason and does not retry', async () => {
    const controller = new AbortController();
    const hang = (init: RequestInit) => new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    const { client, seen } = scripted([hang, hang]);
    const pending = client.workspace.get({ signal: controller.signal });
    controller.abort(new Error('user left'));
    await expect(pending).rejects.toThrow('user left');
    expect(seen).toHaveLength(1);
    await expect(client.workspace.get({ signal: controller.signal })).rejects.toThrow('user left');
    expect(seen).toHaveLength(1);
  });

  it('sends the API key on admin routes only, and the manage token as a header', async () => {
    const { client, seen } = scripted([json(200, {}), json(200, { data: [] }), json(200, { uid: 'bk_1' })], { apiKey: 'sk_test' });
    await client.workspace.get();
    await client.public('acme').eventTypes.list();
    await client.manage('bk_1', 'secret token').get();
    expect(seen[0]!.headers.authorization).toBe('Bearer sk_test');
    expect(seen[1]!.headers).not.toHaveProperty('authorization');
    expect(seen[2]!.headers['x-manage-token']).toBe('secret token');
    expect(seen.map((s) => s.url)).toEqual(['https://api.test/v1/workspace', 'https://api.test/v1/public/acme/event-types', 'https://api.test/v1/public/bookings/bk_1']);
    expect(client.manage('bk_1', 'a/b').calendarUrl()).toBe('https://api.test/v1/public/bookings/bk_1/calendar.ics?token=a%2Fb');
  });

  it('builds slot queries and encodes path segments', async () => {
    const { client, seen } = scripted([json(200, { timezone: 'UTC', duration: 30, days: [] })]);
    await client.public('acme').slots.list({ eventType: 'a b', from: '2026-12-01', to: '2026-12-07', timezone: 'Europe/Berlin', duration: 30 });
    expect(seen[0]!.url).toBe('https://api.test/v1/public/acme/event-types/a%20b/slots?from=2026-12-01&to=2026-12-07&timezone=Europe%2FBerlin&duration=30');
  });

  it('follows cursors in listAll', async () => {
    const { client, seen } = scripted([
      json(200, { data: [{ uid: 'bk_1' }, { uid: 'bk_2' }], nextCursor: 'c2' }),
      json(200, { data: [{ uid: 'bk_3' }], nextCursor: null }),
    ]);
    const uids: string[] = [];
    for await (const b of client.bookings.listAll({ status: 'confirmed', limit: 2 })) uids.push(b.uid);
    expect(uids).toEqual(['bk_1', 'bk_2', 'bk_3']);
    expect(seen.map((s) => new URL(s.url).search)).toEqual(['?status=confirmed&limit=2', '?status=confirmed&limit=2&cursor=c2']);
  });
});

describe('retry timing', () => {
  it('caps the backoff and keeps jitter within half the step', () => {
    expect(retryDelay(0, undefined, () => 0)).toBe(250);
    expect(retryDelay(0, undefined, () => 0.999)).toBeCloseTo(500, 0);
    expect(retryDelay(10, undefined, () => 1)).toBe(8000);
    expect(retryDelay(0, 2, () => 0)).toBe(2000);
    expect(retryDelay(0, 3600, () => 0)).toBe(60_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('5')).toBe(5);
    expect(parseRetryAfter('Tue, 01 Dec 2026 08:00:10 GMT', Date.parse('2026-12-01T08:00:00Z'))).toBe(10);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
