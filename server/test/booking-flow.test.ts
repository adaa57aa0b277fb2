import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-30T06:00:00Z' }); // a Monday, 07:00 in Berlin
  ws = await seedWorkspace(server);
});
afterAll(() => server.close());

const slots = (from: string, to: string, tz = 'Europe/Berlin') =>
  server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=${from}&to=${to}&timezone=${tz}`);

describe('public booking flow', () => {
  it('lists the public event types and one by slug', async () => {
    const list = await server.request('GET', `/v1/public/${ws.slug}/event-types`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((e: { slug: string }) => e.slug)).toEqual(['intro-call']);
    const one = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call`);
    expect(one.body).toMatchObject({ slug: 'intro-call', durations: [30], defaultDuration: 30, seats: 1, price: null });
    expect((await server.request('GET', `/v1/public/${ws.slug}/event-types/nope`)).body.code).toBe('not_found');
    expect((await server.request('GET', '/v1/public/no-such-workspace/event-types')).status).toBe(404);
  });

  it('offers 09:00–17:00 Berlin on weekdays in 30-minute slots, grouped by the viewer\'s date', async () => {
    const res = await slots('2026-11-30', '2026-12-06');
    expect(res.status).toBe(200);
    expect(res.body.timezone).toBe('Europe/Berlin');
    expect(res.body.days.map((d: { date: string }) => d.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    const monday = res.body.days[0].slots;
    expect(monday[0]).toEqual({ start: '2026-11-30T08:00:00Z', end: '2026-11-30T08:30:00Z', seatsLeft: 1 });
    expect(monday.at(-1).end).toBe('2026-11-30T16:00:00Z');
    expect(monday).toHaveLength(16);
    // A Tokyo viewer sees Monday's Berlin afternoon on Tuesday's date... and the late slots past midnight.
    const tokyo = await slots('2026-12-01', '2026-12-01', 'Asia/Tokyo');
    expect(tokyo.body.days[0].slots[0].start).toBe('2026-11-30T15:00:00Z');
  });

  it('rejects bad slot queries with per-field errors', async () => {
    const bad = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=2026-02-30&to=x&timezone=Mars/Base`);
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['from', 'timezone', 'to']);
    const long = await slots('2026-12-01', '2027-02-15');
    expect(long.body.errors[0]).toMatchObject({ path: 'to' });
    const reversed = await slots('2026-12-05', '2026-12-01');
    expect(reversed.status).toBe(422);
  });

  it('books a slot, removes it from the offer, and cancelling frees it at once', async () => {
    const created = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-01T09:00:00Z') });
    expect(created.status).toBe(201);
    expect(created.body.booking).toMatchObject({
      status: 'confirmed', start: '2026-12-01T09:00:00Z', end: '2026-12-01T09:30:00Z', seats: 1,
      eventType: { slug: 'intro-call', title: 'Intro call' }, host: { id: ws.hostId, name: 'Ada Lovelace' },
      attendee: { name: 'Grace Hopper', email: 'grace@example.com', phone: null }, cancelReason: null,
    });
    expect(created.body.manageToken.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    const starts = (await slots('2026-12-01', '2026-12-01')).body.days[0].slots.map((s: { start: string }) => s.start);
    expect(starts).not.toContain('2026-12-01T09:00:00Z');

    const again = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-01T09:00:00Z') });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('slot_unavailable');

    const { uid } = created.body.booking;
    const token = created.body.manageToken;
    const cancel = await server.request('POST', `/v1/public/bookings/${uid}/cancel?token=${token}`, { body: { reason: 'Plans changed' } });
    expect(cancel.body).toMatchObject({ status: 'cancelled', cancelReason: 'Plans changed' });
    const after = (await slots('2026-12-01', '2026-12-01')).body.days[0].slots.map((s: { start: string }) => s.start);
    expect(after).toContain('2026-12-01T09:00:00Z');
    const twice = await server.request('POST', `/v1/public/bookings/${uid}/cancel`, { headers: { 'x-manage-token': token }, body: {} });
    expect(twice.body.code).toBe('booking_not_modifiable');
  });

  it('manages a booking only with its token', async () => {
    const { body } = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-02T10:00:00Z') });
    const { uid } = body.booking;
    expect((await server.request('GET', `/v1/public/bookings/${uid}`)).status).toBe(404);
    expect((await server.request('GET', `/v1/public/bookings/${uid}?token=wrong`)).status).toBe(404);
    const seen = await server.request('GET', `/v1/public/bookings/${uid}?token=${body.manageToken}`);
    expect(seen.body.uid).toBe(uid);
  });

  it('reschedules keeping uid and manage link, raising the invite sequence, recording history', async () => {
    const { body } = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-03T09:00:00Z') });
    const { uid } = body.booking;
    const q = `token=${body.manageToken}`;
    // Moving by 15 minutes overlaps the booking's own old time: allowed.
    const moved = await server.request('POST', `/v1/public/bookings/${uid}/reschedule?${q}`, { body: { start: '2026-12-03T09:30:00Z' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ uid, start: '2026-12-03T09:30:00Z', end: '2026-12-03T10:00:00Z', sequence: 1, status: 'confirmed' });
    const starts = (await slots('2026-12-03', '2026-12-03')).body.days[0].slots.map((s: { start: string }) => s.start);
    expect(starts).toContain('2026-12-03T09:00:00Z');
    expect(starts).not.toContain('2026-12-03T09:30:00Z');

    const ics = await server.request('GET', `/v1/public/bookings/${uid}/calendar.ics?${q}`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.text).toContain('METHOD:REQUEST');
    expect(ics.text).toContain(`UID:${uid}@slotkit`);
    expect(ics.text).toContain('SEQUENCE:1');
    expect(ics.text).toContain('DTSTART:20261203T093000Z');

    await server.request('POST', `/v1/public/bookings/${uid}/cancel?${q}`, { body: {} });
    const cancelled = await server.request('GET', `/v1/public/bookings/${uid}/calendar.ics?${q}`);
    expect(cancelled.text).toContain('METHOD:CANCEL');
    expect(cancelled.text).toContain('SEQUENCE:2');
    expect(cancelled.text).toContain('STATUS:CANCELLED');

    const detail = await server.request('GET', `/v1/bookings/${uid}`, { headers: ws.auth });
    expect(detail.body.history.map((h: { type: string }) => h.type)).toEqual(['created', 'rescheduled', 'cancelled']);
    expect(detail.body.history[1].data).toEqual({ from: '2026-12-03T09:00:00.000Z', to: '2026-12-03T09:30:00.000Z' });
  });

  it('refuses slots outside the offer: off hours, unaligned, in the past, wrong duration', async () => {
    for (const start of ['2026-12-01T07:00:00Z', '2026-12-01T09:10:00Z', '2026-11-30T05:00:00Z', '2026-12-05T10:00:00Z']) {
      const res = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start) });
      expect(res.body.code, start).toBe('slot_unavailable');
    }
    const wrongDuration = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-01T10:00:00Z', { duration: 45 }) });
    expect(wrongDuration.body.errors).toEqual([{ path: 'duration', message: 'must be one of 30' }]);
  });

  it('validates the booking body field by field', async () => {
    const res = await server.request('POST', `/v1/public/${ws.slug}/bookings`, {
      body: { eventType: 'intro-call', start: 'tomorrow', timezone: 'Nowhere/City', attendee: { name: '', email: 'not-an-email' }, colour: 'red' },
    });
    expect(res.status).toBe(422);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['start', 'timezone', 'attendee.name', 'attendee.email']));
    expect(res.body.errors.some((e: { message: string }) => e.message.includes('colour'))).toBe(true);
    const unknownType = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-01T10:00:00Z', { eventType: 'ghost' }) });
    expect(unknownType.body.errors).toEqual([{ path: 'eventType', message: 'no such event type' }]);
  });

  it('cannot change a booking that has ended', async () => {
    const { body } = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-04T09:00:00Z') });
    server.clock.set('2026-12-04T10:00:00Z');
    try {
      const res = await server.request('POST', `/v1/public/bookings/${body.booking.uid}/cancel?token=${body.manageToken}`, { body: {} });
      expect(res.body.code).toBe('booking_not_modifiable');
    } finally {
      server.clock.set('2026-11-30T06:00:00Z');
    }
  });
});
