/**
 * Idempotency-Key on booking creation: a retried request gets the first answer again (same
 * booking, same manage token) and books nothing more; a reused key with another body is
 * refused; failures are not remembered; keys belong to one client and live at least 24 h.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFrom } from './fixtures/http-from.ts';
import { sql } from './fixtures/sql.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-30T06:00:00Z' });
});
afterAll(() => server.close());

const book = (workspace: string, body: unknown, key?: string) =>
  server.request('POST', `/v1/public/${workspace}/bookings`, { body, ...(key !== undefined ? { headers: { 'idempotency-key': key } } : {}) });

async function bookingCount(workspace: string): Promise<number> {
  const [row] = await sql<{ n: number }>(server.dbUrl,
    'select count(*)::int as n from booking b join workspace w on w.id = b.workspace_id where w.slug = $1', [workspace]);
  return row!.n;
}

describe('Idempotency-Key on POST /v1/public/{workspace}/bookings', () => {
  it('replays the first response for the same key and body, whatever the JSON key order', async () => {
    const ws = await seedWorkspace(server);
    const body = bookingBody('2026-12-01T09:00:00Z', { attendee: { name: 'Grace Hopper', email: 'grace@example.com' }, metadata: { utm_source: 'ads', ref: 'x' } });
    const first = await book(ws.slug, body, 'retry-1');
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();

    const again = await book(ws.slug, body, 'retry-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.body.manageToken).toBe(first.body.manageToken);

    // The same request written with its keys in another order, nested ones too.
    const reordered = `{"metadata":{"ref":"x","utm_source":"ads"},"attendee":{"email":"grace@example.com","name":"Grace Hopper"},`
      + `"timezone":"Europe/Berlin","start":"2026-12-01T09:00:00Z","eventType":"intro-call"}`;
    const shuffled = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { raw: reordered, headers: { 'content-type': 'application/json', 'idempotency-key': 'retry-1' } });
    expect(shuffled.status).toBe(201);
    expect(shuffled.headers.get('idempotent-replayed')).toBe('true');
    expect(shuffled.body.booking.uid).toBe(first.body.booking.uid);

    expect(await bookingCount(ws.slug)).toBe(1);
    // The replayed manage token really manages the one booking.
    const managed = await server.request('GET', `/v1/public/bookings/${again.body.booking.uid}?token=${again.body.manageToken}`);
    expect(managed.status).toBe(200);
  });

  it('keeps the stored response encrypted: neither manage tokens nor API key secrets sit in the table in clear', async () => {
    const ws = await seedWorkspace(server);
    const booked = await book(ws.slug, bookingBody('2026-12-01T15:00:00Z'), 'secret-check');
    const key = await server.request('POST', '/v1/api-keys', { headers: { ...ws.auth, 'idempotency-key': 'key-secret-check' }, body: { name: 'ci', role: 'staff' } });
    expect(key.status).toBe(201);
    const replayedKey = await server.request('POST', '/v1/api-keys', { headers: { ...ws.auth, 'idempotency-key': 'key-secret-check' }, body: { name: 'ci', role: 'staff' } });
    expect(replayedKey.body.secret).toBe(key.body.secret);
    const stored = JSON.stringify(await sql(server.dbUrl, 'select * from idempotency_record'));
    expect(stored).not.toContain(booked.body.manageToken);
    expect(stored).not.toContain(key.body.secret);
  });

  it('replays for the same workspace however its slug is spelled in the URL', async () => {
    const ws = await seedWorkspace(server);
    const first = await book(ws.slug, bookingBody('2026-12-01T15:30:00Z'), 'spelling');
    const encoded = ws.slug.replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`);
    const again = await server.request('POST', `/v1/public/${encoded}/bookings`, { body: bookingBody('2026-12-01T15:30:00Z'), headers: { 'idempotency-key': 'spelling' } });
    expect(again.status).toBe(201);
    expect(again.body.booking.uid).toBe(first.body.booking.uid);
  });

  it('treats records sealed under a rotated SECRET_KEY as expired instead of failing, and sweeps expired ones', async () => {
    const ws = await seedWorkspace(server);
    expect((await book(ws.slug, bookingBody('2026-12-01T14:00:00Z'), 'rotate')).status).toBe(201);
    const rotated = await startTestServer({ dbUrl: server.dbUrl, env: { SECRET_KEY: 'another-secret-key-of-at-least-32-characters' } });
    try {
      const again = await rotated.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-01T14:00:00Z'), headers: { 'idempotency-key': 'rotate' } });
      expect(again.body.code).toBe('slot_unavailable'); // not replayable, so it ran again: the slot is taken
    } finally {
      await rotated.close();
    }
    const { purgeExpiredIdempotencyRecords } = await import('../src/services/idempotency.ts');
    const before = (await sql<{ n: number }>(server.dbUrl, 'select count(*)::int as n from idempotency_record'))[0]!.n;
    expect(before).toBeGreaterThan(0);
    expect(await purgeExpiredIdempotencyRecords(server.orm.em.fork(), new Date('2026-12-30T00:00:00Z'))).toBe(before);
    expect((await sql<{ n: number }>(server.dbUrl, 'select count(*)::int as n from idempotency_record'))[0]!.n).toBe(0);
  });

  it('makes a retried cancel safe: the same key replays the first answer instead of 409, and needs the token', async () => {
    const ws = await seedWorkspace(server);
    const { body } = await book(ws.slug, bookingBody('2026-12-02T13:00:00Z'));
    const cancel = (token: string) => server.request('POST', `/v1/public/bookings/${body.booking.uid}/cancel?token=${token}`, { body: {}, headers: { 'idempotency-key': 'cancel-1' } });
    const first = await cancel(body.manageToken);
    expect(first.body.status).toBe('cancelled');
    const retry = await cancel(body.manageToken);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect((await cancel('not-the-token')).status).toBe(404);
  });

  it('refuses the same key with a different body and books nothing for it', async () => {
    const ws = await seedWorkspace(server);
    expect((await book(ws.slug, bookingBody('2026-12-01T10:00:00Z'), 'key-A')).status).toBe(201);
    const other = await book(ws.slug, bookingBody('2026-12-01T11:00:00Z'), 'key-A');
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('idempotency_conflict');
    expect(await bookingCount(ws.slug)).toBe(1);
    const slots = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=2026-12-01&to=2026-12-01&timezone=UTC`);
    expect(slots.body.days[0].slots.map((s: { start: string }) => s.start)).toContain('2026-12-01T11:00:00Z');
  });

  it('answers 10 simultaneous retries with one booking and ten identical 201s', async () => {
    const ws = await seedWorkspace(server);
    const payload = JSON.stringify(bookingBody('2026-12-02T09:00:00Z'));
    const pending = Array.from({ length: 10 }, () => fetch(`${server.url}/v1/public/${ws.slug}/bookings`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'double-click' }, body: payload,
    }));
    const answers = await Promise.all(pending.map(async (p) => {
      const response = await p;
      return { status: response.status, replayed: response.headers.get('idempotent-replayed'), body: await response.json() };
    }));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    for (const answer of answers) expect(answer.body).toEqual(answers[0]!.body);
    expect(answers.filter((a) => a.replayed === 'true')).toHaveLength(9);
    expect(await bookingCount(ws.slug)).toBe(1);
  });

  it('does not remember a failed attempt: the same key succeeds once the slot frees', async () => {
    const ws = await seedWorkspace(server);
    const start = '2026-12-02T13:00:00Z';
    const blocker = await book(ws.slug, bookingBody(start, { attendee: { name: 'First', email: 'first@example.com' } }));
    expect(blocker.status).toBe(201);

    const body = bookingBody(start, { attendee: { name: 'Second', email: 'second@example.com' } });
    const taken = await book(ws.slug, body, 'after-cancel');
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('slot_unavailable');
    const stillTaken = await book(ws.slug, body, 'after-cancel');
    expect(stillTaken.body.code).toBe('slot_unavailable');
    expect(stillTaken.headers.get('idempotent-replayed')).toBeNull();

    const cancel = await server.request('POST', `/v1/public/bookings/${blocker.body.booking.uid}/cancel?token=${blocker.body.manageToken}`, { body: {} });
    expect(cancel.body.status).toBe('cancelled');
    const booked = await book(ws.slug, body, 'after-cancel');
    expect(booked.status).toBe(201);
    expect(booked.body.booking.attendee.email).toBe('second@example.com');
    const replay = await book(ws.slug, body, 'after-cancel');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.booking.uid).toBe(booked.body.booking.uid);
  });

  it('accepts keys of 1 to 255 visible characters and refuses others with 422', async () => {
    const ws = await seedWorkspace(server);
    const tooLong = await book(ws.slug, bookingBody('2026-12-03T09:00:00Z'), 'k'.repeat(256));
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ path: 'Idempotency-Key' })]);
    const spaced = await book(ws.slug, bookingBody('2026-12-03T09:00:00Z'), 'has space');
    expect(spaced.status).toBe(422);
    expect(await bookingCount(ws.slug)).toBe(0);
    const longest = await book(ws.slug, bookingBody('2026-12-03T09:00:00Z'), 'k'.repeat(255));
    expect(longest.status).toBe(201);
  });

  it('scopes keys per client: admin API, another client address and another workspace never get a replay', async () => {
    const ws = await seedWorkspace(server);
    const body = bookingBody('2026-12-03T10:00:00Z');
    const customer = await book(ws.slug, body, 'shared-key');
    expect(customer.status).toBe(201);

    // The admin API with the same key and body runs the request itself: the slot is taken.
    const adminSame = await server.request('POST', '/v1/bookings', { body, headers: { ...ws.auth, 'idempotency-key': 'shared-key' } });
    expect(adminSame.status).toBe(409);
    expect(adminSame.body.code).toBe('slot_unavailable');
    // ... and with another body it books (no idempotency_conflict with the customer's key).
    const adminOther = await server.request('POST', '/v1/bookings', { body: bookingBody('2026-12-03T11:00:00Z'), headers: { ...ws.auth, 'idempotency-key': 'shared-key' } });
    expect(adminOther.status).toBe(201);
    expect(adminOther.headers.get('idempotent-replayed')).toBeNull();
    expect(adminOther.body.booking.uid).not.toBe(customer.body.booking.uid);

    // Another customer (another address) guessing the key must not receive the first one's manage token.
    const stranger = await requestFrom('127.0.0.2', `${server.url}/v1/public/${ws.slug}/bookings`, { method: 'POST', body, headers: { 'idempotency-key': 'shared-key' } });
    expect(stranger.status).toBe(409);
    expect(stranger.body.code).toBe('slot_unavailable');
    expect(JSON.stringify(stranger.body)).not.toContain(customer.body.manageToken);

    // The same key in another workspace is a new request.
    const ws2 = await seedWorkspace(server);
    const elsewhere = await book(ws2.slug, body, 'shared-key');
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.headers.get('idempotent-replayed')).toBeNull();
    expect(elsewhere.body.booking.uid).not.toBe(customer.body.booking.uid);
  });

  it('keeps a key for 24 hours, then lets it be used again', async () => {
    const ws = await seedWorkspace(server);
    const first = await book(ws.slug, bookingBody('2026-12-07T09:00:00Z'), 'daily');
    expect(first.status).toBe(201);
    try {
      server.clock.advance(24 * 3600_000 - 60_000);
      const late = await book(ws.slug, bookingBody('2026-12-07T09:00:00Z'), 'daily');
      expect(late.headers.get('idempotent-replayed')).toBe('true');
      expect(late.body.booking.uid).toBe(first.body.booking.uid);
      expect((await book(ws.slug, bookingBody('2026-12-07T10:00:00Z'), 'daily')).body.code).toBe('idempotency_conflict');

      server.clock.advance(2 * 60_000);
      const reused = await book(ws.slug, bookingBody('2026-12-07T10:00:00Z'), 'daily');
      expect(reused.status).toBe(201);
      expect(reused.headers.get('idempotent-replayed')).toBeNull();
    } finally {
      server.clock.set('2026-11-30T06:00:00Z');
    }
  });
});
