/**
 * Booking rules at their edges: daily limits while rescheduling, group capacity changes,
 * group slots of several lengths, archived types and hosts, field limits.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => { server = await startTestServer({ now: '2026-11-30T06:00:00Z' }); });
afterAll(() => server.close());

const book = (slug: string, body: unknown) => server.request('POST', `/v1/public/${slug}/bookings`, { body });

it('lets a booking move within its day when the daily limit is reached by itself', async () => {
  const ws = await seedWorkspace(server, { eventType: { maxPerDay: 1 } });
  const { body } = await book(ws.slug, bookingBody('2026-12-01T09:00:00Z'));
  const moved = await server.request('POST', `/v1/public/bookings/${body.booking.uid}/reschedule?token=${body.manageToken}`, { body: { start: '2026-12-01T12:00:00Z' } });
  expect(moved.status).toBe(200);
  expect(moved.body.start).toBe('2026-12-01T12:00:00Z');
  expect((await book(ws.slug, bookingBody('2026-12-01T14:00:00Z'))).body.code).toBe('slot_unavailable');
});

it('offers and sells the new seats at once when a group slot grows', async () => {
  const ws = await seedWorkspace(server, { eventType: { seats: 2 } });
  expect((await book(ws.slug, bookingBody('2026-12-01T09:00:00Z'))).status).toBe(201);
  await ws.admin('PATCH', `/v1/event-types/${ws.eventTypeId}`, { seats: 5 });
  const slots = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=2026-12-01&to=2026-12-01&timezone=UTC`);
  expect(slots.body.days[0].slots.find((s: { start: string }) => s.start === '2026-12-01T09:00:00Z').seatsLeft).toBe(4);
  expect((await book(ws.slug, bookingBody('2026-12-01T09:00:00Z', { seats: 4 }))).status).toBe(201);
  expect((await book(ws.slug, bookingBody('2026-12-01T09:00:00Z'))).body.code).toBe('slot_unavailable');
});

it('does not offer a group slot of another length as joinable', async () => {
  const ws = await seedWorkspace(server, { eventType: { seats: 3, durations: [60, 90], slotStep: 30 } });
  expect((await book(ws.slug, bookingBody('2026-12-01T09:00:00Z', { duration: 60 }))).status).toBe(201);
  const slots = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=2026-12-01&to=2026-12-01&timezone=UTC&duration=90`);
  const nine = slots.body.days[0].slots.find((s: { start: string }) => s.start === '2026-12-01T09:00:00Z');
  expect(nine).toBeUndefined();
  expect((await book(ws.slug, bookingBody('2026-12-01T09:00:00Z', { duration: 90 }))).body.code).toBe('slot_unavailable');
  // The same length still joins.
  expect((await book(ws.slug, bookingBody('2026-12-01T09:00:00Z', { duration: 60 }))).status).toBe(201);
});

it('keeps bookings of an archived event type on their own type, even when a new type takes the slug', async () => {
  const ws = await seedWorkspace(server);
  const { body } = await book(ws.slug, bookingBody('2026-12-01T09:00:00Z'));
  expect((await ws.admin('DELETE', `/v1/event-types/${ws.eventTypeId}`)).body.result).toBe('archived');
  expect((await ws.admin('POST', '/v1/event-types', { slug: 'intro-call', title: 'Long', durations: [120], hostIds: [ws.hostId] })).status).toBe(201);
  const moved = await server.request('POST', `/v1/public/bookings/${body.booking.uid}/reschedule?token=${body.manageToken}`, { body: { start: '2026-12-02T09:00:00Z' } });
  expect(moved.body.code).toBe('booking_not_modifiable');
  const detail = await server.request('GET', `/v1/bookings/${body.booking.uid}`, { headers: ws.auth });
  expect(detail.body).toMatchObject({ start: '2026-12-01T09:00:00Z', end: '2026-12-01T09:30:00Z', eventType: { title: 'Intro call' } });
});

it('still edits an event type after one of its hosts was archived', async () => {
  const ws = await seedWorkspace(server);
  await book(ws.slug, bookingBody('2026-12-01T09:00:00Z'));
  expect((await ws.admin('DELETE', `/v1/hosts/${ws.hostId}`)).body.result).toBe('archived');
  const patched = await ws.admin('PATCH', `/v1/event-types/${ws.eventTypeId}`, { title: 'Renamed' });
  expect(patched.status).toBe(200);
  expect(patched.body.title).toBe('Renamed');
  // Naming an archived host anew is refused.
  expect((await ws.admin('PATCH', `/v1/event-types/${ws.eventTypeId}`, { hostIds: [ws.hostId] })).body.errors[0].path).toBe('hostIds');
});

it('refuses emails longer than SMTP carries with a field error, not a 500', async () => {
  const ws = await seedWorkspace(server);
  const long = `${'a'.repeat(64)}@${'b'.repeat(190)}.example`;
  const res = await book(ws.slug, bookingBody('2026-12-01T09:00:00Z', { attendee: { name: 'Long', email: long } }));
  expect(res.status).toBe(422);
  expect(res.body.errors[0].path).toBe('attendee.email');
  expect((await ws.admin('POST', '/v1/hosts', { name: 'Long', email: long, timezone: 'UTC' })).status).toBe(422);
});

it('refuses text PostgreSQL cannot store (lone surrogates, NUL) with field errors, not a 500', async () => {
  const ws = await seedWorkspace(server);
  const res = await book(ws.slug, bookingBody('2026-12-01T09:00:00Z', { metadata: { utm: '\ud800' }, attendee: { name: 'a\u0000b', email: 'x@example.com' } }));
  expect(res.status).toBe(422);
  expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['attendee.name', 'metadata.utm']);
});
