import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWorker } from '../src/jobs/worker.ts';
import { signedWebhookHeaders } from './fixtures/fake-stripe.ts';
import { eventually, queueDrained, startTestWorker } from './fixtures/jobs.ts';
import { sessionIdOf, startPaidServer, type PaidServer } from './fixtures/paid-server.ts';
import { sql } from './fixtures/sql.ts';
import { startWebhookReceiver, type WebhookReceiver } from './fixtures/webhook-receiver.ts';
import { bookingBody, seedWorkspace, startTestServer } from './harness.ts';

/**
 * Paid bookings through Stripe Checkout, with the real `stripe` SDK against a local fake of
 * Stripe's API: the hold, the hosted payment, signed webhooks in any order, replays, forgeries.
 */
let paid: PaidServer;
let worker: RunningWorker;
let receiver: WebhookReceiver;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  paid = await startPaidServer({ env: { PUBLIC_URL: 'https://book.example.com' } });
  worker = await startTestWorker(paid.server);
  receiver = await startWebhookReceiver();
  ws = await seedWorkspace(paid.server, { eventType: { price: { amount: 4999, currency: 'eur' }, seats: 3 } });
  const hook = await ws.admin('POST', '/v1/webhooks', { url: receiver.url, events: ['booking.created', 'payment.succeeded', 'payment.failed', 'payment.refunded'] });
  expect(hook.status).toBe(201);
});
afterAll(async () => {
  await worker.stop();
  await paid.close();
  await receiver.close();
});

const server = () => paid.server;
const book = (start: string, overrides: Record<string, unknown> = {}) => server().request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start, overrides) });
const booking = async (uid: string) => (await ws.admin('GET', `/v1/bookings/${uid}`)).body;
const slotsOn = async (date: string) => {
  const response = await server().request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=${date}&to=${date}&timezone=Europe/Berlin`);
  return (response.body.days[0]?.slots ?? []) as { start: string; seatsLeft: number }[];
};
const outbox = (uid: string) => sql<{ kind: string; recipient: string }>(server().dbUrl,
  'select o.kind, o.recipient from outbox_message o join booking b on b.id = o.booking_id where b.uid = $1 order by o.kind', [uid]);
const signed = (payload: string) => signedWebhookHeaders(payload, paid.stripe.webhookSecret);
const hooksOf = (uid: string) => receiver.received.map((r) => JSON.parse(r.body)).filter((body) => body.booking.uid === uid).map((body) => body.type as string);

describe('a paid booking', () => {
  it('holds the slot as pending_payment and answers with the Checkout link', async () => {
    const response = await book('2026-12-01T09:00:00Z', { seats: 2, returnUrl: 'https://shop.example/thanks?order=7' });
    expect(response.status).toBe(201);
    const { booking: created, payment } = response.body;
    expect(created.status).toBe('pending_payment');
    expect(created.price).toEqual({ amount: 9998, currency: 'eur' });
    expect(created.payment).toMatchObject({ status: 'pending' });
    expect(payment.expiresAt).toBe('2026-11-30T06:30:00Z');
    const session = paid.stripe.sessions.get(sessionIdOf(payment.checkoutUrl))!;
    expect(payment.checkoutUrl).toBe(session.url);
    // What Stripe was asked for: idempotent by payment id, the seats at the unit price, the customer, and our ids.
    const request = paid.stripe.requests.find((r) => r.path === '/v1/checkout/sessions')!;
    expect(request.idempotencyKey).toBe(created.payment.id);
    expect(session.line_items).toEqual([{ name: 'Intro call, 1 Dec 2026, 10:00 (Europe/Berlin)', unit_amount: 4999, quantity: 2 }]);
    expect(session).toMatchObject({ amount_total: 9998, currency: 'eur', customer_email: 'grace@example.com', expires_at: Date.parse('2026-11-30T06:30:00Z') / 1000 });
    expect(session.metadata).toEqual({ bookingUid: created.uid, paymentId: created.payment.id });
    expect(session.success_url).toBe(`https://shop.example/thanks?order=7&slotkit_booking=${created.uid}&slotkit_payment=success`);
    expect(session.cancel_url).toBe(`https://shop.example/thanks?order=7&slotkit_booking=${created.uid}&slotkit_payment=cancelled`);
    // The held seats are gone from the slot list; nobody is told of the booking yet.
    expect((await slotsOn('2026-12-01')).find((s) => s.start === '2026-12-01T09:00:00Z')?.seatsLeft).toBe(1);
    await queueDrained(server());
    expect(await outbox(created.uid)).toEqual([]);
    expect(hooksOf(created.uid)).toEqual([]);
  });

  it('is confirmed once paid on the hosted page: the customer returns to the manage page, emails and webhooks follow', async () => {
    const { body } = await book('2026-12-01T10:00:00Z');
    const uid = body.booking.uid as string;
    const page = await fetch(body.payment.checkoutUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<button type="submit">Pay</button>');
    const paying = await fetch(`${body.payment.checkoutUrl}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paying.status).toBe(303);
    const back = new URL(paying.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe(`https://book.example.com/manage/${uid}`);
    expect(back.searchParams.get('token')).toBe(body.manageToken);
    expect(back.searchParams.get('slotkit_payment')).toBe('success');
    expect(back.searchParams.get('slotkit_booking')).toBe(uid);

    const confirmed = await booking(uid);
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.payment).toEqual({ id: body.booking.payment.id, status: 'succeeded' });
    expect(confirmed.history.map((h: { type: string }) => h.type)).toEqual(['created', 'paid', 'booked']);
    await eventually(async () => (await outbox(uid)).length === 2, 15_000, 'the confirmation emails');
    expect(await outbox(uid)).toEqual([{ kind: 'booking_confirmed', recipient: 'grace@example.com' }, { kind: 'host_booking_new', recipient: 'ada@example.com' }]);
    await eventually(() => hooksOf(uid).length === 2, 15_000, 'the webhooks');
    expect(hooksOf(uid).sort()).toEqual(['booking.created', 'payment.succeeded']);
    const payment = await ws.admin('GET', `/v1/payments/${body.booking.payment.id}`);
    expect(payment.body).toMatchObject({ status: 'succeeded', amount: 4999, amountRefunded: 0, bookingUid: uid, paidAt: '2026-11-30T06:00:00Z' });
    expect(payment.body.stripePaymentIntentId).toMatch(/^pi_/);
    // The manage route offers no checkout for a paid booking.
    const again = await server().request('POST', `/v1/public/bookings/${uid}/checkout?token=${body.manageToken}`);
    expect(again.status).toBe(409);
  });

  it('accepts only http(s) return URLs, on the workspace\'s allowed origins when it has any', async () => {
    const script = await book('2026-12-01T12:00:00Z', { returnUrl: 'javascript:alert(1)' });
    expect(script.status).toBe(422);
    expect(script.body.errors[0].path).toBe('returnUrl');
    await ws.admin('PATCH', '/v1/workspace', { allowedOrigins: ['https://shop.example'] });
    try {
      const elsewhere = await book('2026-12-01T12:00:00Z', { returnUrl: 'https://evil.example/thanks' });
      expect(elsewhere.status).toBe(422);
      expect(elsewhere.body.errors).toEqual([{ path: 'returnUrl', message: 'must be on one of the workspace\'s allowed origins' }]);
      expect((await book('2026-12-01T12:00:00Z', { returnUrl: 'https://shop.example/done' })).status).toBe(201);
    } finally {
      await ws.admin('PATCH', '/v1/workspace', { allowedOrigins: [] });
    }
  });

  it('gives the Checkout link again through the manage route while unpaid', async () => {
    const { body } = await book('2026-12-01T11:00:00Z');
    const response = await server().request('POST', `/v1/public/bookings/${body.booking.uid}/checkout`, { headers: { 'x-manage-token': body.manageToken } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(body.payment);
  });
});

describe('Stripe webhooks', () => {
  it('processes a replayed event once', async () => {
    const { body } = await book('2026-12-02T09:00:00Z');
    const event = paid.stripe.pay(sessionIdOf(body.payment.checkoutUrl));
    expect(await paid.stripe.send(event)).toBe(200);
    expect(await paid.stripe.send(event)).toBe(200);
    const replay = await server().request('POST', '/v1/stripe/webhook', { raw: JSON.stringify(event), headers: signed(JSON.stringify(event)) });
    expect(replay.body).toEqual({ received: true, outcome: 'replayed' });
    const detail = await booking(body.booking.uid);
    expect(detail.history.filter((h: { type: string }) => h.type === 'paid')).toHaveLength(1);
    const [row] = await sql<{ n: string }>(server().dbUrl, 'select count(*) as n from stripe_event where id = $1', [event.id]);
    expect(row!.n).toBe('1');
  });

  it('changes nothing when `expired` comes after `completed`', async () => {
    const { body } = await book('2026-12-02T10:00:00Z');
    const sessionId = sessionIdOf(body.payment.checkoutUrl);
    const completed = paid.stripe.pay(sessionId);
    const expired = paid.stripe.event('checkout.session.expired', { ...completed.data.object, status: 'expired', payment_status: 'unpaid' });
    expect(await paid.stripe.send(completed)).toBe(200);
    expect(await paid.stripe.send(expired)).toBe(200);
    const detail = await booking(body.booking.uid);
    expect(detail.status).toBe('confirmed');
    expect(detail.payment.status).toBe('succeeded');
  });

  it('applies a `charge.refunded` that arrives before `completed` once the payment is known', async () => {
    const { body } = await book('2026-12-02T11:00:00Z');
    const sessionId = sessionIdOf(body.payment.checkoutUrl);
    const completed = paid.stripe.pay(sessionId);
    const intent = paid.stripe.sessions.get(sessionId)!.payment_intent!;
    const refunded = paid.stripe.event('charge.refunded', { ...paid.stripe.charge(intent), amount_refunded: 1000, refunded: false });
    const early = await server().request('POST', '/v1/stripe/webhook', { raw: JSON.stringify(refunded), headers: signed(JSON.stringify(refunded)) });
    expect(early.status).toBe(200);
    expect(early.body.outcome).toBe('waiting');
    expect(await paid.stripe.send(completed)).toBe(200);
    const payment = (await ws.admin('GET', `/v1/payments/${body.booking.payment.id}`)).body;
    expect(payment).toMatchObject({ status: 'partially_refunded', amountRefunded: 1000 });
    const detail = await booking(body.booking.uid);
    expect(detail.status).toBe('confirmed');
    expect(detail.history.map((h: { type: string }) => h.type)).toEqual(['created', 'paid', 'booked', 'refunded']);
    await eventually(() => hooksOf(body.booking.uid).includes('payment.refunded'), 15_000, 'payment.refunded');
  });

  it('refuses a forged signature with 400 and changes nothing', async () => {
    const { body } = await book('2026-12-02T12:00:00Z');
    const event = paid.stripe.pay(sessionIdOf(body.payment.checkoutUrl));
    expect(await paid.stripe.send(event, { secret: 'whsec_forged' })).toBe(400);
    const tampered = JSON.stringify({ ...event, id: 'evt_other' });
    const response = await server().request('POST', '/v1/stripe/webhook', { raw: tampered, headers: signed(JSON.stringify(event)) });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid_signature');
    const unsigned = await server().request('POST', '/v1/stripe/webhook', { raw: JSON.stringify(event), headers: { 'content-type': 'application/json' } });
    expect(unsigned.body.code).toBe('invalid_signature');
    const stale = await paid.stripe.send(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(stale).toBe(400);
    expect((await booking(body.booking.uid)).status).toBe('pending_payment');
    const [row] = await sql<{ n: string }>(server().dbUrl, 'select count(*) as n from stripe_event where id = $1', [event.id]);
    expect(row!.n).toBe('0');
  });

  it('records a failed payment attempt and keeps the hold (Checkout lets the customer retry)', async () => {
    const { body } = await book('2026-12-02T13:00:00Z');
    const session = paid.stripe.sessions.get(sessionIdOf(body.payment.checkoutUrl))!;
    const failed = paid.stripe.event('payment_intent.payment_failed', {
      id: 'pi_test_failed_1', object: 'payment_intent', metadata: session.payment_intent_metadata,
      last_payment_error: { code: 'card_declined', message: 'Your card was declined.' },
    });
    expect(await paid.stripe.send(failed)).toBe(200);
    let detail = await booking(body.booking.uid);
    expect(detail).toMatchObject({ status: 'pending_payment', payment: { status: 'failed' } });
    expect(detail.history.at(-1)).toMatchObject({ type: 'payment_failed', data: { code: 'card_declined' } });
    await eventually(() => hooksOf(body.booking.uid).includes('payment.failed'), 15_000, 'payment.failed');
    // The retry succeeds.
    expect(await paid.stripe.complete(session.id)).toBe(200);
    detail = await booking(body.booking.uid);
    expect(detail).toMatchObject({ status: 'confirmed', payment: { status: 'succeeded' } });
  });

  it('marks a disputed payment and records it in the history', async () => {
    const { body } = await book('2026-12-02T14:00:00Z');
    const sessionId = sessionIdOf(body.payment.checkoutUrl);
    await paid.stripe.complete(sessionId);
    const intent = paid.stripe.sessions.get(sessionId)!.payment_intent!;
    const dispute = paid.stripe.event('charge.dispute.created', { id: 'dp_test_1', object: 'dispute', amount: 4999, payment_intent: intent, reason: 'fraudulent', status: 'needs_response' });
    expect(await paid.stripe.send(dispute)).toBe(200);
    const detail = await booking(body.booking.uid);
    expect(detail.payment.status).toBe('disputed');
    expect(detail.history.at(-1)).toMatchObject({ type: 'disputed', data: { reason: 'fraudulent', amount: 4999 } });
  });
});

describe('when Stripe fails or is not needed', () => {
  it('answers 502 payment_provider_error and frees the slot when Checkout cannot start', async () => {
    paid.stripe.failNext(3, 500);
    const response = await book('2026-12-03T09:00:00Z');
    expect(response.status).toBe(502);
    expect(response.body.code).toBe('payment_provider_error');
    expect((await slotsOn('2026-12-03')).find((s) => s.start === '2026-12-03T09:00:00Z')?.seatsLeft).toBe(3);
    const [row] = await sql<{ status: string; cancel_reason: string }>(server().dbUrl,
      `select b.status, b.cancel_reason from booking b where b.start_at = '2026-12-03T09:00:00Z'`);
    expect(row).toEqual({ status: 'cancelled', cancel_reason: 'payment could not be started' });
    // Stripe is back: the same slot books.
    expect((await book('2026-12-03T09:00:00Z')).status).toBe(201);
  });

  it('books a 0 total as confirmed without asking Stripe', async () => {
    await ws.admin('PATCH', `/v1/event-types/${ws.eventTypeId}`, { pricing: { roles: [{ role: 'staff', label: 'Staff', amount: 0 }], seatTiers: [] } });
    const before = paid.stripe.requests.length;
    const response = await book('2026-12-03T10:00:00Z', { customerRole: 'staff' });
    expect(response.status).toBe(201);
    expect(response.body.payment).toBeNull();
    expect(response.body.booking).toMatchObject({ status: 'confirmed', price: { amount: 0, currency: 'eur' }, payment: null });
    expect(paid.stripe.requests.length).toBe(before);
  });

  it('answers 409 payments_not_configured without STRIPE_SECRET_KEY', async () => {
    const plain = await startTestServer();
    try {
      const other = await seedWorkspace(plain, { eventType: { price: { amount: 5000, currency: 'usd' } } });
      const response = await plain.request('POST', `/v1/public/${other.slug}/bookings`, { body: bookingBody('2026-12-01T09:00:00Z') });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('payments_not_configured');
      const hook = await plain.request('POST', '/v1/stripe/webhook', { raw: '{}', headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=x' } });
      expect(hook.body.code).toBe('payments_not_configured');
    } finally {
      await plain.close();
    }
  });
});
