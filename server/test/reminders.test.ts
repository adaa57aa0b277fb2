import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningWorker } from '../src/jobs/worker.ts';
import { queueDrained, startTestWorker } from './fixtures/jobs.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

/**
 * Reminders fire at the right instants: the worker's clock is the test's, moved by hand, and
 * each tick sends exactly the reminders due by then. Without Resend, emails land in the outbox.
 */
let server: TestServer;
let worker: RunningWorker;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-30T06:00:00Z' });
  worker = await startTestWorker(server);
  ws = await seedWorkspace(server, { eventType: { reminders: [1440, 60] } });
});
afterAll(async () => {
  await worker.stop();
  await server.close();
});

async function reminders(uid: string) {
  await queueDrained(server);
  const list = await ws.admin('GET', `/v1/outbox?booking=${uid}&limit=100`);
  return (list.body.data as { kind: string; status: string; provider: string; createdAt: string }[]).filter((m) => m.kind === 'reminder');
}

async function tickAt(instant: string) {
  server.clock.set(instant);
  await worker.tick();
}

it('sends each reminder once, at its offset before the start, and re-plans them when the booking moves', async () => {
  const created = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-02T09:00:00Z') });
  expect(created.status).toBe(201);
  const uid = created.body.booking.uid as string;

  await tickAt('2026-12-01T08:59:59Z');
  expect(await reminders(uid)).toHaveLength(0);
  await tickAt('2026-12-01T09:00:00Z'); // 24 h before
  const first = await reminders(uid);
  expect(first).toHaveLength(1);
  expect(first[0]).toMatchObject({ status: 'sent', provider: 'outbox', createdAt: '2026-12-01T09:00:00Z' });
  await tickAt('2026-12-01T12:00:00Z'); // nothing new is due; the sent one is not sent again
  expect(await reminders(uid)).toHaveLength(1);

  // Moved to 16:00 Berlin the next day: a new 24 h reminder at 15:00 today, and the 1 h one at
  // 15:00 tomorrow instead of 08:00.
  const moved = await ws.admin('POST', `/v1/bookings/${uid}/reschedule`, { start: '2026-12-02T15:00:00Z' });
  expect(moved.status).toBe(200);
  await queueDrained(server);
  await tickAt('2026-12-01T14:59:00Z');
  expect(await reminders(uid)).toHaveLength(1);
  await tickAt('2026-12-01T15:00:00Z');
  expect(await reminders(uid)).toHaveLength(2);
  await tickAt('2026-12-02T08:00:00Z'); // the old 1 h instant: nothing
  expect(await reminders(uid)).toHaveLength(2);
  await tickAt('2026-12-02T14:00:00Z'); // 1 h before the new start
  const after = await reminders(uid);
  expect(after).toHaveLength(3);
  const email = await ws.admin('GET', `/v1/outbox/${(after[0] as unknown as { id: string }).id}`);
  expect(email.body.subject).toMatch(/^Reminder: Intro call with Ada Lovelace on Dec 2, 2026, 4:00 PM/);
  expect(email.body.text).toContain('/manage/');
});

it('drops the reminders of a cancelled booking', async () => {
  server.clock.set('2026-11-30T06:00:00Z');
  const created = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-03T10:00:00Z') });
  const uid = created.body.booking.uid as string;
  const cancelled = await server.request('POST', `/v1/public/bookings/${uid}/cancel`, { body: {}, headers: { 'x-manage-token': created.body.manageToken } });
  expect(cancelled.status).toBe(200);
  await queueDrained(server);
  await tickAt('2026-12-03T09:30:00Z');
  expect(await reminders(uid)).toHaveLength(0);
});

it('plans no reminder whose instant has already passed when the booking is made', async () => {
  server.clock.set('2026-12-04T08:30:00Z'); // 1 h 30 before: the 24 h reminder is past, the 1 h one is not
  const created = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-04T10:00:00Z') });
  expect(created.status).toBe(201);
  await queueDrained(server);
  await tickAt('2026-12-04T09:00:00Z');
  const sent = await reminders(created.body.booking.uid);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.createdAt).toBe('2026-12-04T09:00:00Z');
});
