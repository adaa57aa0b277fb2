import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError } from '../../sdk/src/index.ts';
import { startWorker, type RunningWorker } from '../src/jobs/worker.ts';
import { createLogger } from '../src/logger.ts';
import { OutboxMailer } from '../src/services/email/mailer.ts';
import { eventually, queueDrained, startTestWorker } from './fixtures/jobs.ts';
import { startWebhookReceiver, type WebhookReceiver } from './fixtures/webhook-receiver.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

/**
 * Outbound webhooks end to end: a real worker POSTs signed events to a local receiver, which
 * checks them with the SDK's `verifyWebhook`; retries, give-up, the delivery log, redelivery.
 */
let server: TestServer;
let worker: RunningWorker;
let receiver: WebhookReceiver;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  server = await startTestServer({ env: { SLOTKIT_WEBHOOK_RETRY_SCHEDULE: '1,1' } });
  worker = await startTestWorker(server);
  ws = await seedWorkspace(server);
});
afterAll(async () => {
  await worker.stop();
  await server.close();
  await receiver.close();
});

const book = async (start: string) => {
  const response = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start) });
  expect(response.status).toBe(201);
  return response.body as { booking: { uid: string }; manageToken: string };
};
const eventsOfType = (type: string) => receiver.received.filter((r) => r.status === 200 && JSON.parse(r.body).type === type);

describe('endpoints', () => {
  it('shows the signing secret once, validates input, and hides other workspaces’ endpoints', async () => {
    const created = await ws.admin('POST', '/v1/webhooks', { url: 'https://hooks.example.com/slotkit', events: ['booking.created'] });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[\w-]{40,}$/);
    const got = await ws.admin('GET', `/v1/webhooks/${created.body.id}`);
    expect(got.body).toEqual({ ...created.body, secret: undefined, updatedAt: got.body.updatedAt });
    expect(JSON.stringify((await ws.admin('GET', '/v1/webhooks')).body)).not.toContain(created.body.secret);

    const bad = await ws.admin('POST', '/v1/webhooks', { url: 'ftp://example.com', events: ['booking.exploded'] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['events.0', 'url']);

    const other = await seedWorkspace(server);
    expect((await other.admin('GET', `/v1/webhooks/${created.body.id}`)).status).toBe(404);
    expect((await other.admin('DELETE', `/v1/webhooks/${created.body.id}`)).status).toBe(404);
    expect((await ws.admin('DELETE', `/v1/webhooks/${created.body.id}`)).status).toBe(200);
  });

  it('refuses loopback and private targets when private targets are not allowed (production)', async () => {
    const strict = await startTestServer({ env: { SLOTKIT_ALLOW_PRIVATE_TARGETS: 'false' }, dbUrl: server.dbUrl });
    try {
      const auth = { authorization: ws.auth.authorization };
      for (const url of ['http://127.0.0.1:9/hook', 'http://[::1]/hook', 'http://10.0.0.7/hook', 'http://169.254.169.254/latest', 'http://localhost:8080/x']) {
        const response = await strict.request('POST', '/v1/webhooks', { headers: auth, body: { url, events: ['booking.created'] } });
        expect(response.status, url).toBe(422);
      }
    } finally {
      await strict.close();
    }
  });
});

describe('deliveries', () => {
  let endpoint: { id: string; secret: string };

  /** The endpoint's delivery of a booking's creation. */
  const deliveryOf = async (uid: string) => {
    const log = await ws.admin('GET', `/v1/webhooks/${endpoint.id}/deliveries?limit=100`);
    return log.body.data.find((d: { payload: { type: string; booking: { uid: string } } }) => d.payload.booking.uid === uid && d.payload.type === 'booking.created');
  };

  beforeAll(async () => {
    const created = await ws.admin('POST', '/v1/webhooks', { url: receiver.url, events: ['booking.created', 'booking.rescheduled', 'booking.cancelled', 'booking.no_show', 'booking.completed', 'booking.confirmed'] });
    endpoint = created.body;
  });

  it('POSTs each booking change once, signed so the SDK verifies it', async () => {
    const { booking, manageToken } = await book('2026-12-01T09:00:00Z');
    await server.request('POST', `/v1/public/bookings/${booking.uid}/reschedule`, { body: { start: '2026-12-01T10:00:00Z' }, headers: { 'x-manage-token': manageToken } });
    await server.request('POST', `/v1/public/bookings/${booking.uid}/cancel`, { body: { reason: 'ill' }, headers: { 'x-manage-token': manageToken } });
    await eventually(() => receiver.received.length >= 3, 15_000, 'three deliveries');
    await queueDrained(server);
    // Deliveries run in parallel, so they may arrive in any order: receivers order by sequence.
    const bySequence = receiver.received.map((r) => JSON.parse(r.body)).sort((a, b) => a.booking.sequence - b.booking.sequence);
    expect(bySequence.map((e) => e.type)).toEqual(['booking.created', 'booking.rescheduled', 'booking.cancelled']);
    for (const request of receiver.received) {
      const event = await verifyWebhook({ payload: request.body, header: request.headers['slotkit-signature'] as string, secret: endpoint.secret, now: server.clock.now().getTime() });
      expect(event.id).toMatch(/^evt_/);
      expect(request.headers['slotkit-event-id']).toBe(event.id);
      expect(event.workspace).toBe(ws.slug);
      expect(event.booking.uid).toBe(booking.uid);
    }
    const [created, rescheduled, cancelled] = bySequence;
    expect(created.booking).toMatchObject({ status: 'confirmed', start: '2026-12-01T09:00:00Z', sequence: 0 });
    expect(rescheduled.booking).toMatchObject({ status: 'confirmed', start: '2026-12-01T10:00:00Z', sequence: 1 });
    expect(cancelled.booking).toMatchObject({ status: 'cancelled', cancelReason: 'ill', sequence: 2 });
    expect(created.createdAt).toBe(server.clock.now().toISOString());
  });

  it('a tampered body, another secret or an old signature fails verification', async () => {
    const request = receiver.received[0]!;
    const header = request.headers['slotkit-signature'] as string;
    const now = server.clock.now().getTime();
    await expect(verifyWebhook({ payload: request.body.replace('confirmed', 'cancelled'), header, secret: endpoint.secret, now })).rejects.toThrow(WebhookVerificationError);
    await expect(verifyWebhook({ payload: request.body, header, secret: 'whsec_other', now })).rejects.toThrow(/does not match/);
    await expect(verifyWebhook({ payload: request.body, header, secret: endpoint.secret, now: now + 301_000 })).rejects.toThrow(/too old/);
  });

  it('sends no_show, completed and confirmed events for admin actions', async () => {
    receiver.received.length = 0;
    const { booking } = await book('2026-12-02T09:00:00Z');
    server.clock.set('2026-12-02T09:40:00Z');
    expect((await ws.admin('POST', `/v1/bookings/${booking.uid}/no-show`, {})).status).toBe(200);
    const second = await server.request('POST', `/v1/bookings`, { headers: ws.auth, body: bookingBody('2026-12-03T09:00:00Z') });
    expect(second.status).toBe(201);
    server.clock.set('2026-12-03T09:40:00Z');
    expect((await ws.admin('POST', `/v1/bookings/${second.body.booking.uid}/complete`, {})).status).toBe(200);
    await eventually(() => eventsOfType('booking.completed').length === 1 && eventsOfType('booking.no_show').length === 1, 15_000, 'both events');
    await queueDrained(server);
    expect(eventsOfType('booking.no_show')).toHaveLength(1);
    expect(eventsOfType('booking.created')).toHaveLength(2);
    server.clock.set('2026-11-30T06:00:00Z');
  });

  it('retries while the receiver is down, logs each attempt, and delivers once it is back', async () => {
    receiver.received.length = 0;
    receiver.failWith = { status: 503, body: 'maintenance until 10:00' };
    const { booking } = await book('2026-12-04T09:00:00Z');
    await eventually(() => receiver.received.length >= 2, 15_000, 'two failed attempts'); // first try + first retry
    receiver.failWith = null;
    const delivery = await eventually(async () => {
      const found = await deliveryOf(booking.uid);
      return found?.status === 'succeeded' && found;
    }, 15_000, 'the delivery after recovery');
    expect(eventsOfType('booking.created')).toHaveLength(1);
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 3, lastStatusCode: 200, eventType: 'booking.created' });
    const detail = await ws.admin('GET', `/v1/webhooks/${endpoint.id}/deliveries/${delivery.id}`);
    expect(detail.body.attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([503, 503, 200]);
    expect(detail.body.attemptLog[0].responseSnippet).toBe('maintenance until 10:00');
    expect(detail.body.payload.type).toBe('booking.created');
  });

  it('gives up after the retry schedule, and a manual redelivery sends the same event again', async () => {
    receiver.received.length = 0;
    receiver.failWith = { status: 500, body: 'x'.repeat(5000) };
    const { booking } = await book('2026-12-04T11:00:00Z');
    const failed = await eventually(async () => {
      const found = await deliveryOf(booking.uid);
      return found?.status === 'failed' && found;
    }, 15_000, 'the delivery to fail');
    expect(failed).toMatchObject({ attempts: 3, lastStatusCode: 500, nextAttemptAt: null });
    const detail = await ws.admin('GET', `/v1/webhooks/${endpoint.id}/deliveries/${failed.id}`);
    expect(detail.body.attemptLog[0].responseSnippet).toHaveLength(1024);

    receiver.failWith = null;
    const redelivered = await ws.admin('POST', `/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/redeliver`, {});
    expect(redelivered.status).toBe(202);
    await eventually(() => receiver.received.some((r) => r.status === 200), 15_000, 'the redelivery');
    const again = receiver.received.find((r) => r.status === 200)!;
    expect(JSON.parse(again.body).id).toBe(failed.eventId);
    const after = await eventually(async () => {
      const one = await ws.admin('GET', `/v1/webhooks/${endpoint.id}/deliveries/${failed.id}`);
      return one.body.status === 'succeeded' && one;
    }, 15_000, 'the redelivery to be recorded');
    expect(after.body.attemptLog).toHaveLength(4);
  });

  it('an endpoint hears only the events it subscribed to', async () => {
    const narrow = await startWebhookReceiver();
    try {
      await ws.admin('POST', '/v1/webhooks', { url: narrow.url, events: ['booking.cancelled'] });
      const { booking, manageToken } = await book('2026-12-07T09:00:00Z');
      await server.request('POST', `/v1/public/bookings/${booking.uid}/cancel`, { body: {}, headers: { 'x-manage-token': manageToken } });
      await eventually(() => narrow.received.length === 1, 15_000, 'the cancellation');
      await queueDrained(server);
      expect(narrow.received.map((r) => JSON.parse(r.body).type)).toEqual(['booking.cancelled']);
    } finally {
      await narrow.close();
    }
  });

  it('a worker in production mode refuses to deliver to a private address, and logs why', async () => {
    await worker.stop();
    const strict = await startWorker({
      orm: server.orm, config: { ...server.config, allowPrivateTargets: false }, logger: createLogger('silent'), mailer: new OutboxMailer(), clock: server.clock.now,
    });
    try {
      receiver.received.length = 0;
      const { booking } = await book('2026-12-08T09:00:00Z');
      const blocked = await eventually(async () => {
        const found = await deliveryOf(booking.uid);
        return found?.attempts >= 1 && found;
      }, 15_000, 'an attempt');
      const detail = await ws.admin('GET', `/v1/webhooks/${endpoint.id}/deliveries/${blocked.id}`);
      expect(detail.body.attemptLog[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/^blocked_target/) });
      expect(receiver.received).toHaveLength(0);
    } finally {
      await strict.stop();
      worker = await startTestWorker(server);
    }
  });
});
