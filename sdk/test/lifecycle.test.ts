import { afterAll, beforeAll, expect, it } from 'vitest';
import { queueDrained, startTestWorker } from '../../server/test/fixtures/jobs.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../server/test/fixtures/webhook-receiver.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../../server/test/harness.ts';
import type { RunningWorker } from '../../server/src/jobs/worker.ts';
import { NotFoundError, Slotkit, ValidationError, verifyWebhook } from '../src/index.ts';

// Webhooks, outbox and dead jobs through the SDK, against a real server and job worker.
let server: TestServer;
let worker: RunningWorker;
let receiver: WebhookReceiver;
let slotkit: Slotkit;
let workspace: string;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  server = await startTestServer();
  worker = await startTestWorker(server);
  const seed = await seedWorkspace(server);
  workspace = seed.slug;
  slotkit = new Slotkit({ baseUrl: server.url, apiKey: seed.apiKey, maxRetries: 0 });
});
afterAll(async () => {
  await worker?.stop();
  await server?.close();
  await receiver?.close();
});

it('manages webhook endpoints, verifies what they receive, and reads the delivery log and the outbox', async () => {
  const created = await slotkit.webhooks.create({ url: receiver.url, events: ['booking.created'], description: 'shop' });
  expect(created.secret).toMatch(/^whsec_/);
  expect((await slotkit.webhooks.list()).data.map((w) => w.id)).toEqual([created.id]);
  expect(await slotkit.webhooks.update(created.id, { description: 'shop backend' })).toMatchObject({ description: 'shop backend' });
  await expect(slotkit.webhooks.create({ url: 'not a url', events: ['booking.created'] })).rejects.toBeInstanceOf(ValidationError);

  const booked = await slotkit.public(workspace).bookings.create({
    eventType: 'intro-call', start: '2026-12-01T09:00:00Z', timezone: 'Europe/Berlin', attendee: { name: 'Grace Hopper', email: 'grace@example.com' },
  });
  await queueDrained(server);
  const [request] = receiver.received;
  const event = await verifyWebhook({ payload: request!.body, header: request!.headers['slotkit-signature'] as string, secret: created.secret, now: server.clock.now().getTime() });
  expect(event.booking.uid).toBe(booked.booking.uid);

  const log = await slotkit.webhooks.deliveries(created.id);
  expect(log.data[0]).toMatchObject({ status: 'succeeded', eventId: event.id, lastStatusCode: 200 });
  const detail = await slotkit.webhooks.delivery(created.id, log.data[0]!.id);
  expect(detail.attemptLog).toHaveLength(1);
  await slotkit.webhooks.redeliver(created.id, log.data[0]!.id);
  await queueDrained(server);
  expect(receiver.received).toHaveLength(2);

  const rolled = await slotkit.webhooks.rollSecret(created.id);
  expect(rolled.secret).not.toBe(created.secret);

  const outbox = await slotkit.outbox.list({ booking: booked.booking.uid });
  expect(outbox.data.map((m) => m.kind).sort()).toEqual(['booking_confirmed', 'host_booking_new']);
  const email = await slotkit.outbox.get(outbox.data[0]!.id);
  expect(email.text.length).toBeGreaterThan(0);
  expect((await slotkit.jobs.failed()).data).toEqual([]);

  await slotkit.webhooks.delete(created.id);
  await expect(slotkit.webhooks.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
});
