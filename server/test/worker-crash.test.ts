import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWorker } from '../src/jobs/worker.ts';
import { createLogger } from '../src/logger.ts';
import { ResendMailer } from '../src/services/email/mailer.ts';
import { startFakeResend, type FakeResend } from './fixtures/fake-resend.ts';
import { eventually } from './fixtures/jobs.ts';
import { spawnCli, type CliProcess } from './fixtures/run-cli.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

/**
 * Crash safety of the job queue with real `slotkit worker` processes: one is killed (SIGKILL)
 * while its emails are in flight, another takes over, and every email arrives exactly once
 * in effect (Resend dedupes the replays by our idempotency key, as it does in production).
 */
let server: TestServer;
let resend: FakeResend;
const workers: CliProcess[] = [];

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer();
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop('SIGKILL')));
  await server.close();
  await resend.close();
});

const workerEnv = () => ({
  DATABASE_URL: server.dbUrl, RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url, LOG_LEVEL: 'info',
  SLOTKIT_WORKER_STALE_AFTER: '1', SLOTKIT_WORKER_CONCURRENCY: '2',
});

it('several workers share the queue: every job runs once', async () => {
  const ws = await seedWorkspace(server);
  const mailer = new ResendMailer('re_test_key', resend.url);
  const pair = await Promise.all([0, 1].map(() => startWorker({ orm: server.orm, config: server.config, logger: createLogger('silent'), mailer, clock: server.clock.now })));
  try {
    const starts = Array.from({ length: 8 }, (_, i) => `2026-12-0${2 + Math.floor(i / 4)}T${String(9 + (i % 4)).padStart(2, '0')}:00:00Z`);
    await Promise.all(starts.map((start, i) => server.request('POST', `/v1/public/${ws.slug}/bookings`, {
      body: bookingBody(start, { attendee: { name: `Guest ${i}`, email: `guest${i}@example.com` } }) })));
    await eventually(() => resend.emails.length === 16, 20_000, '16 emails');
    await new Promise((resolve) => setTimeout(resolve, 500)); // any duplicate would arrive by now
    expect(resend.requests).toBe(16); // no email was even attempted twice
  } finally {
    await Promise.all(pair.map((w) => w.stop()));
  }
  resend.emails.length = 0;
  resend.requests = 0;
});

it('a worker killed mid-send loses no email and sends none twice', async () => {
  const ws = await seedWorkspace(server);
  const starts = ['2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z', '2026-12-01T11:00:00Z'];
  for (const [i, start] of starts.entries()) {
    const response = await server.request('POST', `/v1/public/${ws.slug}/bookings`, {
      body: bookingBody(start, { attendee: { name: `Customer ${i}`, email: `customer${i}@example.com` } }) });
    expect(response.status).toBe(201);
  }
  // Resend accepts each email on receipt but holds its answer: the first worker dies waiting.
  resend.delayMs = 2_000;
  const first = await spawnCli(['worker'], workerEnv(), /worker running/);
  workers.push(first);
  await eventually(() => resend.requests >= 2, 20_000, 'emails in flight');
  await first.stop('SIGKILL');
  const inFlight = resend.emails.length;
  expect(inFlight).toBeGreaterThanOrEqual(2);

  resend.delayMs = 0;
  const second = await spawnCli(['worker'], workerEnv(), /worker running/);
  workers.push(second);
  // 3 confirmations + 3 host emails, all marked sent in the outbox.
  await eventually(async () => {
    const [row] = await server.orm.em.fork().execute<{ sent: string; all: string }[]>(
      `select count(*) filter (where status = 'sent') as sent, count(*) as all from outbox_message
        where workspace_id = (select id from workspace where slug = ?)`, [ws.slug]);
    return Number(row?.sent) === 6 && Number(row?.all) === 6;
  }, 30_000, 'every email sent');
  expect(second.output()).toMatch(/released the jobs of silent workers/);
  // The emails in flight at the crash were sent again (the replay reached Resend) ...
  expect(resend.requests).toBeGreaterThan(resend.emails.length);
  // ... but Resend delivered each once: 6 emails, 6 distinct keys, one per recipient and kind.
  expect(resend.emails).toHaveLength(6);
  expect(new Set(resend.emails.map((e) => e.idempotencyKey)).size).toBe(6);
  for (let i = 0; i < 3; i++) expect(resend.emails.filter((e) => e.to === `customer${i}@example.com` || (Array.isArray(e.to) && e.to[0] === `customer${i}@example.com`))).toHaveLength(1);
  expect(resend.emails.filter((e) => (Array.isArray(e.to) ? e.to[0] : e.to) === 'ada@example.com')).toHaveLength(3);
});
