import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningWorker } from '../src/jobs/worker.ts';
import { startFakeResend, type FakeResend } from './fixtures/fake-resend.ts';
import { eventually, queueDrained, startTestWorker } from './fixtures/jobs.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

/** What admins see and do when background work fails: failed emails, dead jobs, feed refreshes. */
let server: TestServer;
let worker: RunningWorker;
let resend: FakeResend;
let feed: Server;
let feedBody = '';
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ env: { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url } });
  worker = await startTestWorker(server);
  ws = await seedWorkspace(server);
  feed = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/calendar' }).end(feedBody); });
  feed.listen(0, '127.0.0.1');
  await new Promise((resolve) => feed.once('listening', resolve));
});
afterAll(async () => {
  await worker.stop();
  await server.close();
  await resend.close();
  feed.closeAllConnections();
  await new Promise((resolve) => feed.close(resolve));
});

it('an email job that used up its attempts is listed as dead, its email as failed, and both can be retried', async () => {
  resend.failNext(100);
  const created = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-01T09:00:00Z') });
  expect(created.status).toBe(201);
  // The fan-out plans the emails; their send jobs fail at Resend and retry with backoff.
  const failedEmail = await eventually(async () => {
    const list = await ws.admin('GET', '/v1/outbox?limit=10');
    return list.body.data.find((m: { lastError: string | null }) => m.lastError) as { id: string; status: string; lastError: string } | undefined;
  }, 15_000, 'a send to fail');
  expect(failedEmail.status).toBe('queued'); // not final: attempts remain
  expect(failedEmail.lastError).toMatch(/Resend refused the email/);

  // Use up the attempts of every waiting send job now, as a long outage would.
  await server.orm.em.fork().execute(
    `update graphile_worker._private_jobs set max_attempts = attempts + 1, run_at = now()
      where task_id = (select id from graphile_worker._private_tasks where identifier = 'email.send')`);
  const dead = await eventually(async () => {
    const list = await ws.admin('GET', '/v1/jobs/failed');
    return list.body.data.length === 2 && list.body.data;
  }, 15_000, 'two dead jobs');
  expect(dead[0]).toMatchObject({ task: 'email.send', lastError: expect.stringMatching(/Resend refused/) });
  const outbox = await ws.admin('GET', '/v1/outbox?status=failed');
  expect(outbox.body.data).toHaveLength(2);
  // Operators see it on /metrics too.
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  expect(metrics).toContain('slotkit_jobs_dead{task="email.send"} 2');
  expect(metrics).toContain('slotkit_emails{status="failed"} 2');
  // Another workspace sees none of it.
  const other = await seedWorkspace(server);
  expect((await other.admin('GET', '/v1/jobs/failed')).body.data).toEqual([]);
  expect((await other.admin('POST', `/v1/jobs/${dead[0].id}/retry`, {})).status).toBe(404);

  resend.failNext(0);
  // One email retried from the outbox; then every dead job revived (the retried email's own
  // dead job finds it sent and sends nothing).
  expect((await ws.admin('POST', `/v1/outbox/${outbox.body.data[0].id}/retry`, {})).status).toBe(202);
  await eventually(async () => (await ws.admin('GET', '/v1/outbox?status=sent')).body.data.length === 1, 15_000, 'the retried email');
  for (const job of dead) expect((await ws.admin('POST', `/v1/jobs/${job.id}/retry`, {})).status).toBe(202);
  await eventually(async () => (await ws.admin('GET', '/v1/outbox?status=sent')).body.data.length === 2, 15_000, 'both emails sent');
  await queueDrained(server);
  expect((await ws.admin('GET', '/v1/jobs/failed')).body.data).toEqual([]);
  expect(resend.emails).toHaveLength(2);
  expect(new Set(resend.emails.map((e) => e.subject)).size).toBe(2);
});

it('the worker refreshes external calendar feeds when they are due', async () => {
  const url = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/ada.ics`;
  feedBody = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', 'END:VCALENDAR', ''].join('\r\n');
  const created = await ws.admin('POST', '/v1/calendars', { hostId: ws.hostId, name: 'Ada (work)', url });
  expect(created.status).toBe(201);
  expect(created.body.busyCount).toBe(0);
  const slotsBefore = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=2026-12-08&to=2026-12-08&timezone=Europe/Berlin`);
  expect(slotsBefore.body.days[0].slots.some((s: { start: string }) => s.start === '2026-12-08T10:00:00Z')).toBe(true);

  feedBody = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', 'BEGIN:VEVENT', 'UID:dentist@test', 'DTSTAMP:20261120T000000Z',
    'DTSTART:20261208T100000Z', 'DTEND:20261208T110000Z', 'SUMMARY:Dentist', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
  server.clock.advance(14 * 60_000);
  await worker.tick();
  await queueDrained(server);
  expect((await ws.admin('GET', `/v1/calendars/${created.body.id}`)).body.busyCount).toBe(0); // not due yet
  server.clock.advance(2 * 60_000);
  await worker.tick();
  await eventually(async () => (await ws.admin('GET', `/v1/calendars/${created.body.id}`)).body.busyCount === 1, 15_000, 'the refresh');
  const slotsAfter = await server.request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=2026-12-08&to=2026-12-08&timezone=Europe/Berlin`);
  const starts = slotsAfter.body.days[0].slots.map((s: { start: string }) => s.start);
  expect(starts).not.toContain('2026-12-08T10:00:00Z');
  expect(starts).not.toContain('2026-12-08T10:30:00Z');
  expect(starts).toContain('2026-12-08T11:00:00Z');
});
