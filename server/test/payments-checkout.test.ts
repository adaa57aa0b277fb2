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
    // 31 minutes: Stripe wants 30 from when it receives the request, which is a little later.
    expect(payment.expiresAt).toBe('2026-11-30T06:31:00Z');
    const session = paid.stripe.sessions.get(sessionIdOf(payment.checkoutUrl))!;
    expect(payment.checkoutUrl).toBe(session.url);
    // What Stripe was asked for: idempotent by payment id, the seats at the unit price, the customer, and our ids.
    const request = paid.stripe.requests.find((r) => r.path === '/v1/checkout/sessions')!;
    expect(request.idempotencyKey).toBe(created.payment.id);
    expect(session.line_items).toEqual([{ name: 'Intro call, 1 Dec 2026, 10:00 (Europe/Berlin)', unit_amount: 4999, quantity: 2 }]);
    expect(session).toMatchObject({ amount_total: 9998, currency: 'eur', customer_email: 'grace@example.com', expires_at: Date.parse('2026-11-30T06:31:00Z') / 1000 });
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

  it('accepts only http(s) return URLs, on the workspace\'s allowed origins when it has any, and always Slotkit\'s own pages', async () => {
    const script = await book('2026-12-01T12:00:00Z', { returnUrl: 'javascript:alert(1)' });
    expect(script.status).toBe(422);
    expect(script.body.errors[0].path).toBe('returnUrl');
    await ws.admin('PATCH', '/v1/workspace', { allowedOrigins: ['https://shop.example'] });
    try {
      const elsewhere = await book('2026-12-01T12:00:00Z', { returnUrl: 'https://evil.example/thanks' });
      expect(elsewhere.status).toBe(422);
      expect(elsewhere.body.errors).toEqual([{ path: 'returnUrl', message: 'must be on one of the workspace\'s allowed origins' }]);
      expect((await book('2026-12-01T12:00:00Z', { returnUrl: 'https://shop.example/done' })).status).toBe(201);
      // The hosted booking page (on PUBLIC_URL) needs no allowed origin of its own.
      const hosted = await book('2026-12-01T12:30:00Z', { returnUrl: `https://book.example.com/book/${ws.slug}/intro-call` });
      expect(hosted.status).toBe(201);
      expect(paid.stripe.sessions.get(sessionIdOf(hosted.body.payment.checkoutUrl))!.success_url)
        .toBe(`https://book.example.com/book/${ws.slug}/intro-call?slotkit_booking=${hosted.body.booking.uid}&slotkit_payment=success`);
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
  it('answers 502 payment_provider_error with nothing booked or held when Checkout cannot start', async () => {
    paid.stripe.failNext(2, 500); // the request and its one retry
    const response = await book('2026-12-03T09:00:00Z');
    expect(response.status).toBe(502);
    expect(response.body.code).toBe('payment_provider_error');
    expect((await slotsOn('2026-12-03')).find((s) => s.start === '2026-12-03T09:00:00Z')?.seatsLeft).toBe(3);
    expect(await sql(server().dbUrl, `select b.status from booking b where b.start_at = '2026-12-03T09:00:00Z'`)).toEqual([]);
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

describe('Stripe is asked before the slot is taken', () => {
  const idempotent = (start: string, key: string, overrides: Record<string, unknown> = {}) =>
    server().request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start, overrides), headers: { 'idempotency-key': key } });
  let freeSlug: string;
  beforeAll(async () => {
    const free = await ws.admin('POST', '/v1/event-types', { slug: 'free-chat', title: 'Free chat', durations: [30], hostIds: [ws.hostId] });
    freeSlug = free.body.slug;
  });

  it('lets other bookings of the host through while Stripe is slow (no lock is held during the call)', async () => {
    const gate = paid.stripe.stall();
    const paying = idempotent('2026-12-04T09:00:00Z', 'slow-stripe-1');
    await gate.arrived;
    try {
      // Same host, another time: it needs the host's lock, which the paying request must not hold.
      const other = await Promise.race([
        book('2026-12-04T11:00:00Z', { eventType: freeSlug }),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 4000)),
      ]);
      expect(other?.status).toBe(201);
    } finally {
      gate.release();
    }
    const done = await paying;
    expect(done.status).toBe(201);
    expect(done.body.booking.status).toBe('pending_payment');
  });

  it('replays the same Checkout link for the same Idempotency-Key, with one session at Stripe', async () => {
    const first = await idempotent('2026-12-04T12:00:00Z', 'replay-1');
    const again = await idempotent('2026-12-04T12:00:00Z', 'replay-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.payment).toEqual(first.body.payment);
    expect(paid.stripe.requests.filter((r) => r.path === '/v1/checkout/sessions' && r.idempotencyKey === first.body.booking.payment.id)).toHaveLength(1);
  });

  it('answers 409 and expires the new session when the slot went while Stripe was asked', async () => {
    const start = '2026-12-04T13:00:00Z';
    const gate = paid.stripe.stall();
    const late = idempotent(start, 'too-late-1', { seats: 2 });
    const request = await gate.arrived;
    // Meanwhile another customer takes the seats.
    const quick = await book(start, { seats: 2, attendee: { name: 'Quick', email: 'quick@example.com' } });
    expect(quick.status).toBe(201);
    gate.release();
    const answer = await late;
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('slot_unavailable');
    const abandoned = [...paid.stripe.sessions.values()].find((s) => s.metadata.paymentId === request.idempotencyKey)!;
    expect(abandoned.status).toBe('expired');
    expect(await sql(server().dbUrl, 'select id from payment where id = $1', [request.idempotencyKey])).toEqual([]);
    expect((await slotsOn('2026-12-04')).find((s) => s.start === start)?.seatsLeft).toBe(1);
  });

  it('gives Stripe an expiry 30 minutes away even when the request reaches Stripe late, and ends hold and session together', async () => {
    const clock = server().clock.now;
    // The checks and a retry took 20 s: Stripe's clock reads later than the booking's `now`.
    paid.stripe.clock = () => new Date(clock().getTime() + 20_000);
    try {
      const response = await book('2026-12-04T14:00:00Z');
      expect(response.status).toBe(201);
      const session = paid.stripe.sessions.get(sessionIdOf(response.body.payment.checkoutUrl))!;
      expect(session.expires_at * 1000).toBe(Date.parse(response.body.payment.expiresAt));
      expect(session.expires_at - paid.stripe.clock().getTime() / 1000).toBeGreaterThanOrEqual(30 * 60);
    } finally {
      paid.stripe.clock = clock;
    }
  });

  it('refuses a total above what one payment may take with 422 on seats, in quotes and bookings', async () => {
    const big = await ws.admin('POST', '/v1/event-types', {
      slug: 'gala', title: 'Gala', durations: [30], hostIds: [ws.hostId], seats: 10_000, price: { amount: 99_999_999, currency: 'eur' },
    });
    expect(big.status).toBe(201);
    const quote = (seats: number) => server().request('GET', `/v1/public/${ws.slug}/event-types/gala/price?seats=${seats}`);
    expect((await quote(1)).body).toMatchObject({ amount: 99_999_999 });
    for (const seats of [2, 10_000]) {
      const refused = await quote(seats);
      expect(refused.status).toBe(422);
      expect(refused.body.errors[0].path).toBe('seats');
      const booking = await book('2026-12-04T15:00:00Z', { eventType: 'gala', seats });
      expect(booking.status).toBe(422);
      expect(booking.body.errors[0].path).toBe('seats');
    }
    const tooDear = await ws.admin('PATCH', `/v1/event-types/${big.body.id}`, { price: { amount: 100_000_000, currency: 'eur' } });
    expect(tooDear.status).toBe(422);
    expect(tooDear.body.errors[0].path).toBe('price.amount');
    const tier = await ws.admin('PATCH', `/v1/event-types/${big.body.id}`, { pricing: { roles: [{ role: 'vip', label: 'VIP', amount: 100_000_000 }], seatTiers: [{ minSeats: 2, amount: 100_000_000 }] } });
    expect(tier.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['pricing.roles.0.amount', 'pricing.seatTiers.0.amount']);
  });
});
