import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWorker } from '../src/jobs/worker.ts';
import { eventually, queueDrained, startTestWorker } from './fixtures/jobs.ts';
import { sessionIdOf, startPaidServer, type PaidServer } from './fixtures/paid-server.ts';
import { bookingBody, seedWorkspace } from './harness.ts';

/**
 * The slot a paid booking holds: real concurrent payers against PostgreSQL, a hold that ends
 * with no webhook at all (the worker ends it on the business clock), and a payment that
 * completes after its hold ended (the slot is taken again if free, else the money goes back).
 */
const NOW = '2026-11-30T06:00:00Z';
let paid: PaidServer;
let worker: RunningWorker;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  paid = await startPaidServer({ now: NOW });
  worker = await startTestWorker(paid.server);
  ws = await seedWorkspace(paid.server, { eventType: { price: { amount: 2500, currency: 'usd' }, seats: 2 } });
});
afterAll(async () => {
  await worker.stop();
  await paid.close();
});

const server = () => paid.server;
const book = (start: string, overrides: Record<string, unknown> = {}) => server().request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start, overrides) });
const booking = async (uid: string) => (await ws.admin('GET', `/v1/bookings/${uid}`)).body;
const seatsLeft = async (start: string) => {
  const date = start.slice(0, 10);
  const response = await server().request('GET', `/v1/public/${ws.slug}/event-types/intro-call/slots?from=${date}&to=${date}&timezone=UTC`);
  return ((response.body.days[0]?.slots ?? []) as { start: string; seatsLeft: number }[]).find((s) => s.start === start)?.seatsLeft ?? 0;
};

describe('the hold', () => {
  it('lets exactly one of many concurrent payers hold the last seat', async () => {
    const start = '2026-12-01T09:00:00Z';
    expect((await book(start)).status).toBe(201); // one seat of two is held
    await Promise.all(Array.from({ length: 20 }, () => fetch(`${server().url}/readyz`).then((r) => r.text())));
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => book(start, { attendee: { name: `Payer ${i}`, email: `payer${i}@example.com` } })));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'slot_unavailable')).toBe(true);
    expect(answers.filter((a) => a.status !== 201 && a.status !== 409)).toEqual([]);
    expect(await seatsLeft(start)).toBe(0);
    // Sessions open before the slot is taken: the losers' are expired at once, so only the two holds can be paid.
    const sessions = [...paid.stripe.sessions.values()].filter((s) => s.line_items[0]?.name.includes('1 Dec 2026'));
    expect(sessions.filter((s) => s.status === 'open')).toHaveLength(2);
    expect(sessions.filter((s) => s.status !== 'open').every((s) => s.status === 'expired')).toBe(true);
  });

  it('ends with no webhook once the clock passes it: the worker expires the session and frees the slot', async () => {
    const start = '2026-12-02T09:00:00Z';
    const { body } = await book(start, { seats: 2 });
    expect(await seatsLeft(start)).toBe(0);
    server().clock.advance(30 * 60_000);
    await worker.tick();
    expect((await booking(body.booking.uid)).status).toBe('pending_payment');
    server().clock.advance(60_000); // the hold's expiry, to the second
    await worker.tick();
    const ended = await booking(body.booking.uid);
    expect(ended).toMatchObject({ status: 'cancelled', cancelReason: 'payment not completed', payment: { status: 'expired' } });
    expect(ended.history.map((h: { type: string }) => h.type)).toEqual(['created', 'hold_released']);
    expect(paid.stripe.sessions.get(sessionIdOf(body.payment.checkoutUrl))!.status).toBe('expired');
    expect(paid.stripe.requests.some((r) => r.path === `/v1/checkout/sessions/${sessionIdOf(body.payment.checkoutUrl)}/expire`)).toBe(true);
    expect(await seatsLeft(start)).toBe(2);
    // Nobody was told of a booking that never was.
    await queueDrained(server());
    const manage = await server().request('POST', `/v1/public/bookings/${body.booking.uid}/checkout?token=${body.manageToken}`);
    expect(manage.status).toBe(409);
  });
});

describe('the hold job', () => {
  it('ends the hold when it runs (queued at creation for the expiry, on the database clock)', async () => {
    const start = '2026-12-02T10:00:00Z';
    const { body } = await book(start, { seats: 2 });
    const key = `payment-hold:${body.booking.payment.id}`;
    const [job] = await server().orm.em.fork().execute<{ delay: number }[]>(
      'select extract(epoch from run_at - created_at)::int as delay from graphile_worker._private_jobs where key = ?', [key]);
    expect(job!.delay).toBe(31 * 60);
    server().clock.advance(31 * 60_000);
    // The database's half hour, skipped: the job is due now.
    await server().orm.em.fork().execute('update graphile_worker._private_jobs set run_at = now() where key = ?', [key]);
    await eventually(async () => (await booking(body.booking.uid)).status === 'cancelled', 15_000, 'the hold job');
    expect(await seatsLeft(start)).toBe(2);
  });
});

describe('a payment completing after its hold ended', () => {
  /** A booking whose hold ended here while the customer was still paying, Stripe being unreachable at that moment. */
  async function lateBooking(start: string, seats = 2) {
    const { body } = await book(start, { seats });
    const sessionId = sessionIdOf(body.payment.checkoutUrl);
    const completed = paid.stripe.pay(sessionId); // paid at Stripe, but the webhook is late
    server().clock.advance(32 * 60_000);
    paid.stripe.failNext(100, 503);
    try {
      await worker.tick();
    } finally {
      paid.stripe.failNext(0);
    }
    expect((await booking(body.booking.uid)).status).toBe('cancelled');
    return { body, completed };
  }

  it('takes the slot again when it is still free', async () => {
    const start = '2026-12-03T09:00:00Z';
    const { body, completed } = await lateBooking(start);
    expect(await paid.stripe.send(completed)).toBe(200);
    const detail = await booking(body.booking.uid);
    expect(detail).toMatchObject({ status: 'confirmed', cancelReason: null, payment: { status: 'succeeded' } });
    expect(detail.history.map((h: { type: string }) => h.type)).toEqual(['created', 'hold_released', 'paid', 'booked']);
    expect(await seatsLeft(start)).toBe(0);
  });

  it('refunds in full, saying why, when the slot was taken meanwhile', async () => {
    const start = '2026-12-03T10:00:00Z';
    const { body, completed } = await lateBooking(start);
    const other = await book(start, { seats: 1, attendee: { name: 'Quick', email: 'quick@example.com' } });
    expect(other.status).toBe(201);
    expect(await paid.stripe.send(completed)).toBe(200);
    const detail = await booking(body.booking.uid);
    expect(detail.status).toBe('cancelled');
    expect(detail.history.map((h: { type: string }) => h.type)).toEqual(['created', 'hold_released', 'paid', 'refund_requested']);
    expect(detail.history.at(-1).data).toMatchObject({ amount: 5000, reason: 'paid after the hold expired, and the slot was taken meanwhile' });
    await queueDrained(server());
    const payment = (await ws.admin('GET', `/v1/payments/${body.booking.payment.id}`)).body;
    expect(payment).toMatchObject({ status: 'refunded', amount: 5000, amountRefunded: 5000 });
    expect(payment.refunds).toEqual([expect.objectContaining({ amount: 5000, status: 'succeeded' })]);
    expect(paid.stripe.refunds.filter((r) => r.payment_intent === payment.stripePaymentIntentId).map((r) => r.amount)).toEqual([5000]);
    expect(await seatsLeft(start)).toBe(1); // the other customer's seat stays theirs
  });
});

describe('a customer cancelling before paying', () => {
  it('frees the slot, expires the Checkout Session, tells nobody, and refunds a payment that lands anyway', async () => {
    const start = '2026-12-04T09:00:00Z';
    const { body } = await book(start, { seats: 2 });
    const sessionId = sessionIdOf(body.payment.checkoutUrl);
    const completed = paid.stripe.pay(sessionId); // the customer pays in another tab at that moment
    const cancelled = await server().request('POST', `/v1/public/bookings/${body.booking.uid}/cancel?token=${body.manageToken}`, { body: {} });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', payment: { status: 'expired' } });
    expect(await seatsLeft(start)).toBe(2);
    await queueDrained(server());
    expect(paid.stripe.requests.some((r) => r.path === `/v1/checkout/sessions/${sessionId}/expire`)).toBe(true);
    const emails = await server().orm.em.fork().execute('select o.kind from outbox_message o join booking b on b.id = o.booking_id where b.uid = ?', [body.booking.uid]);
    expect(emails).toEqual([]);
    // The payment completes anyway: the booking was cancelled, so the money goes back.
    expect(await paid.stripe.send(completed)).toBe(200);
    const detail = await booking(body.booking.uid);
    expect(detail.status).toBe('cancelled');
    expect(detail.history.map((h: { type: string }) => h.type)).toEqual(['created', 'hold_released', 'paid', 'refund_requested']);
    expect(detail.history.at(-1).data.reason).toBe('paid after the booking was cancelled');
    await queueDrained(server());
    expect((await ws.admin('GET', `/v1/payments/${body.booking.payment.id}`)).body).toMatchObject({ status: 'refunded', amountRefunded: 5000 });
  });
});

describe('a hold whose Checkout the customer completed as it ended', () => {
  it('is kept, and the booking confirmed, when Stripe refuses to expire a session paid in its last seconds', async () => {
    const start = '2026-12-07T09:00:00Z';
    const { body } = await book(start, { seats: 2 });
    const sessionId = sessionIdOf(body.payment.checkoutUrl);
    const completed = paid.stripe.pay(sessionId); // paid just before the hold ends; the webhook is on its way
    server().clock.advance(32 * 60_000);
    await worker.tick();
    const detail = await booking(body.booking.uid);
    expect(detail).toMatchObject({ status: 'confirmed', payment: { status: 'succeeded' } });
    expect(detail.history.map((h: { type: string }) => h.type)).toEqual(['created', 'paid', 'booked']);
    expect(paid.stripe.requests.some((r) => r.method === 'GET' && r.path === `/v1/checkout/sessions/${sessionId}`)).toBe(true);
    expect(await seatsLeft(start)).toBe(0);
    // The webhook arriving afterwards changes nothing.
    expect(await paid.stripe.send(completed)).toBe(200);
    expect((await booking(body.booking.uid)).history).toHaveLength(3);
  });

  it('keeps the hold while a slower method settles, and ends it when that method fails', async () => {
    const start = '2026-12-07T10:00:00Z';
    const { body } = await book(start, { seats: 2 });
    const sessionId = sessionIdOf(body.payment.checkoutUrl);
    expect(await paid.stripe.send(paid.stripe.payLater(sessionId))).toBe(200); // a bank debit, not settled yet
    server().clock.advance(32 * 60_000);
    await worker.tick();
    expect((await booking(body.booking.uid)).status).toBe('pending_payment');
    expect(await seatsLeft(start)).toBe(0);
    // Still settling at the next look: the hold stays.
    server().clock.advance(61 * 60_000);
    await worker.tick();
    expect((await booking(body.booking.uid)).status).toBe('pending_payment');

    expect(await paid.stripe.send(paid.stripe.failLater(sessionId))).toBe(200);
    const ended = await booking(body.booking.uid);
    expect(ended).toMatchObject({ status: 'cancelled', cancelReason: 'payment failed', payment: { status: 'expired' } });
    expect(ended.history.map((h: { type: string }) => h.type)).toEqual(['created', 'payment_failed', 'hold_released']);
    expect(await seatsLeft(start)).toBe(2);
  });
});
