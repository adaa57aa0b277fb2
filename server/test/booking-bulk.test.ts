import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWorker } from '../src/jobs/worker.ts';
import { emailsFor, webhookEventFor } from '../src/services/lifecycle/booking-effects.ts';
import { eventually, queueDrained, startTestWorker } from './fixtures/jobs.ts';
import { inviteAndSignIn } from './fixtures/sessions.ts';
import { startWebhookReceiver, type WebhookReceiver } from './fixtures/webhook-receiver.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

// Clock: Monday 2026-11-30 06:00Z. Ada works Mon–Fri 09:00–17:00 Berlin (08:00Z–16:00Z).
let server: TestServer;
let worker: RunningWorker;
let receiver: WebhookReceiver;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
const uid = {} as Record<'c1' | 'c2' | 'c3' | 'p1' | 'p2', string>;
const token = {} as Record<'c1', string>;

async function book(start: string, eventType = 'intro-call') {
  const res = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start, { eventType }) });
  expect(res.status, res.text).toBe(201);
  return res.body as { booking: { uid: string }; manageToken: string };
}

/** The webhook event types the receiver got for a booking, in order. */
function webhooksOf(bookingUid: string): string[] {
  return receiver.received.map((r) => JSON.parse(r.body) as { type: string; booking: { uid: string } })
    .filter((e) => e.booking.uid === bookingUid).map((e) => e.type);
}

/** The kinds of the emails planned for a booking, sorted. */
async function emailKinds(bookingUid: string): Promise<string[]> {
  const res = await ws.admin('GET', `/v1/outbox?booking=${bookingUid}&limit=100`);
  return res.body.data.map((m: { kind: string }) => m.kind).sort();
}

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-30T06:00:00Z' });
  receiver = await startWebhookReceiver();
  worker = await startTestWorker(server);
  ws = await seedWorkspace(server);
  await ws.admin('POST', '/v1/event-types', { slug: 'review', title: 'Review', durations: [30], hostIds: [ws.hostId], requiresConfirmation: true });
  const hook = await ws.admin('POST', '/v1/webhooks', { url: receiver.url, events: ['booking.cancelled', 'booking.confirmed'] });
  expect(hook.status).toBe(201);
  const c1 = await book('2026-12-01T08:00:00Z');
  uid.c1 = c1.booking.uid;
  token.c1 = c1.manageToken;
  uid.c2 = (await book('2026-12-01T09:00:00Z')).booking.uid;
  uid.c3 = (await book('2026-12-01T10:00:00Z')).booking.uid;
  uid.p1 = (await book('2026-12-02T08:00:00Z', 'review')).booking.uid;
  uid.p2 = (await book('2026-12-02T09:00:00Z', 'review')).booking.uid;
  expect((await ws.admin('POST', `/v1/bookings/${uid.c3}/cancel`, { reason: 'Earlier' })).status).toBe(200);
  await queueDrained(server);
});
afterAll(async () => {
  await worker.stop();
  await server.close();
  await receiver.close();
});

describe('bulk booking actions', () => {
  it('cancels each booking on its own: a result per uid, in order, and fan-out for the cancelled ones only', async () => {
    const res = await ws.admin('POST', '/v1/bookings/bulk', { action: 'cancel', uids: [uid.c1, uid.c3, 'bk_doesnotexist', uid.c2], reason: 'Office closed' });
    expect(res.status, res.text).toBe(200);
    const [first, already, unknown, last] = res.body.results;
    expect(first).toMatchObject({ uid: uid.c1, ok: true, booking: { uid: uid.c1, status: 'cancelled', cancelReason: 'Office closed' } });
    expect(already).toEqual({ uid: uid.c3, ok: false, error: { status: 409, code: 'booking_not_modifiable', detail: 'This booking is already cancelled.' } });
    expect(unknown).toEqual({ uid: 'bk_doesnotexist', ok: false, error: { status: 404, code: 'not_found', detail: 'Booking was not found.' } });
    expect(last).toMatchObject({ uid: uid.c2, ok: true, booking: { status: 'cancelled' } });
    // The failures changed nothing: c3 keeps its first reason.
    expect((await ws.admin('GET', `/v1/bookings/${uid.c3}`)).body).toMatchObject({ status: 'cancelled', cancelReason: 'Earlier' });

    await queueDrained(server);
    await eventually(() => webhooksOf(uid.c2).length === 1, 15_000, 'the webhook of c2');
    expect(webhooksOf(uid.c1)).toEqual(['booking.cancelled']);
    expect(webhooksOf(uid.c2)).toEqual(['booking.cancelled']);
    expect(webhooksOf(uid.c3)).toEqual(['booking.cancelled']); // from the single cancel, not again
    for (const booking of [uid.c1, uid.c2]) {
      expect(await emailKinds(booking)).toEqual(['booking_cancelled', 'booking_confirmed', 'host_booking_cancelled', 'host_booking_new']);
    }
    expect(await emailKinds(uid.c3)).toEqual(['booking_cancelled', 'booking_confirmed', 'host_booking_cancelled', 'host_booking_new']);
  });

  it('confirms and declines bookings awaiting confirmation, refusing the others', async () => {
    const confirm = await ws.admin('POST', '/v1/bookings/bulk', { action: 'confirm', uids: [uid.p1, uid.c1] });
    expect(confirm.body.results).toEqual([
      expect.objectContaining({ uid: uid.p1, ok: true, booking: expect.objectContaining({ status: 'confirmed' }) }),
      { uid: uid.c1, ok: false, error: { status: 409, code: 'booking_not_modifiable', detail: 'Only a booking pending confirmation can be confirmed.' } },
    ]);
    const decline = await ws.admin('POST', '/v1/bookings/bulk', { action: 'decline', uids: [uid.p2], reason: 'Fully booked' });
    expect(decline.body.results).toEqual([expect.objectContaining({ uid: uid.p2, ok: true, booking: expect.objectContaining({ status: 'cancelled', cancelReason: 'Fully booked' }) })]);
    await queueDrained(server);
    await eventually(() => webhooksOf(uid.p2).length === 1, 15_000, 'the webhook of p2');
    expect(webhooksOf(uid.p1)).toEqual(['booking.confirmed']);
    expect(webhooksOf(uid.p2)).toEqual(['booking.cancelled']);
    expect(await emailKinds(uid.p1)).toEqual(['booking_approved', 'booking_pending', 'host_booking_new', 'host_booking_pending']);
    expect(await emailKinds(uid.p2)).toEqual(['booking_declined', 'booking_pending', 'host_booking_pending']);
  });

  it('validates the request and needs staff or above', async () => {
    const paths = async (body: unknown) => {
      const res = await ws.admin('POST', '/v1/bookings/bulk', body);
      expect(res.status, res.text).toBe(422);
      return res.body.errors.map((e: { path: string }) => e.path);
    };
    expect(await paths({ action: 'cancel', uids: [] })).toEqual(['uids']);
    expect(await paths({ action: 'cancel', uids: Array.from({ length: 101 }, (_, i) => `bk_x${i}`) })).toEqual(['uids']);
    expect(await paths({ action: 'delete', uids: [uid.c1] })).toEqual(['action']);
    expect(await paths({ action: 'cancel', uids: ['not-a-uid'] })).toEqual(['uids.0']);
    const viewer = await ws.admin('POST', '/v1/api-keys', { name: 'Read only', role: 'viewer' });
    const refused = await server.request('POST', '/v1/bookings/bulk', { headers: { authorization: `Bearer ${viewer.body.secret}` }, body: { action: 'cancel', uids: [uid.c1] } });
    expect(refused.status).toBe(403);
  });

  it('lets a staff member act only on their hosts\' bookings; the others are not found', async () => {
    const other = await ws.admin('POST', '/v1/hosts', { name: 'Other Host', timezone: 'Europe/Berlin', scheduleId: ws.scheduleId });
    await ws.admin('POST', '/v1/event-types', { slug: 'other-call', title: 'Other call', durations: [30], hostIds: [other.body.id] });
    const theirs = (await book('2026-12-03T08:00:00Z', 'other-call')).booking.uid;
    const mine = (await book('2026-12-03T09:00:00Z')).booking.uid;
    const staff = await inviteAndSignIn(server, ws, { email: 'staff@example.com', role: 'staff', hostIds: [ws.hostId] });
    const res = await staff.request('POST', '/v1/bookings/bulk', { action: 'cancel', uids: [theirs, mine] });
    expect(res.status, res.text).toBe(200);
    expect(res.body.results.map((r: { ok: boolean; error?: { code: string } }) => [r.ok, r.error?.code])).toEqual([[false, 'not_found'], [true, undefined]]);
    expect((await ws.admin('GET', `/v1/bookings/${theirs}`)).body.status).toBe('confirmed');
    const note = await staff.request('POST', `/v1/bookings/${theirs}/notes`, { text: 'Not mine' });
    expect(note.status).toBe(404);
  });
});

describe('internal notes', () => {
  it('adds a note to the history without any email or webhook, and never shows it to the customer', async () => {
    await queueDrained(server);
    const emailsBefore = await emailKinds(uid.c1);
    const webhooksBefore = receiver.received.length;
    const keyId = (await ws.admin('GET', '/v1/api-keys')).body.data.find((k: { name: string }) => k.name === 'Owner key').id;

    const res = await ws.admin('POST', `/v1/bookings/${uid.c1}/notes`, { text: '  Customer called: will rebook in January.  ' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({ at: '2026-11-30T06:00:00Z', type: 'note', actor: `admin:${keyId}`, data: { text: 'Customer called: will rebook in January.' } });
    const detail = await ws.admin('GET', `/v1/bookings/${uid.c1}`);
    expect(detail.body.history.map((h: { type: string }) => h.type)).toEqual(['created', 'cancelled', 'note']);
    expect(detail.body.history.at(-1)).toEqual(res.body);

    const manage = await server.request('GET', `/v1/public/bookings/${uid.c1}?token=${token.c1}`);
    expect(manage.status).toBe(200);
    expect(manage.text).not.toContain('rebook in January');
    const ics = await server.request('GET', `/v1/public/bookings/${uid.c1}/calendar.ics?token=${token.c1}`);
    expect(ics.text).not.toContain('rebook in January');

    await queueDrained(server);
    expect(await emailKinds(uid.c1)).toEqual(emailsBefore);
    expect(receiver.received.length).toBe(webhooksBefore);
    // Were a fan-out job ever to carry a note, it would plan nothing.
    expect(emailsFor('note', 'confirmed')).toEqual([]);
    expect(webhookEventFor('note', 'confirmed')).toBeNull();
  });

  it('validates the text and needs staff or above', async () => {
    const bad = async (body: unknown) => (await ws.admin('POST', `/v1/bookings/${uid.c2}/notes`, body)).status;
    expect(await bad({ text: '   ' })).toBe(422);
    expect(await bad({ text: 'x'.repeat(5001) })).toBe(422);
    expect(await bad({})).toBe(422);
    expect(await bad({ text: 'ok', extra: true })).toBe(422);
    expect((await ws.admin('POST', '/v1/bookings/bk_doesnotexist/notes', { text: 'Hello' })).status).toBe(404);
    const viewer = await ws.admin('POST', '/v1/api-keys', { name: 'Viewer', role: 'viewer' });
    const refused = await server.request('POST', `/v1/bookings/${uid.c2}/notes`, { headers: { authorization: `Bearer ${viewer.body.secret}` }, body: { text: 'Hello' } });
    expect(refused.status).toBe(403);
    expect((await ws.admin('POST', `/v1/bookings/${uid.c2}/notes`, { text: 'x'.repeat(5000) })).status).toBe(201);
  });
});
