import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWorker } from '../src/jobs/worker.ts';
import { eventually, queueDrained, startTestWorker } from './fixtures/jobs.ts';
import { sessionIdOf, startPaidServer, type PaidServer } from './fixtures/paid-server.ts';
import { startWebhookReceiver, type WebhookReceiver } from './fixtures/webhook-receiver.ts';
import { bookingBody, seedWorkspace } from './harness.ts';

/**
 * Money going back: the cancellation policy when customers cancel (hours from now to the
 * start), full refunds when staff cancel, admin refunds in parts, never above what is left;
 * and what bookings cost under role and seat pricing.
 */
const NOW = '2026-11-30T06:00:00Z';
const HOUR = 3_600_000;
let paid: PaidServer;
let worker: RunningWorker;
let receiver: WebhookReceiver;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  paid = await startPaidServer({ now: NOW });
  worker = await startTestWorker(paid.server);
  receiver = await startWebhookReceiver();
  ws = await seedWorkspace(paid.server, {
    eventType: {
      price: { amount: 1001, currency: 'eur' }, seats: 10, maxAdvanceDays: 365,
      cancellationPolicy: { fullRefundHours: 48, partialRefundHours: 24, partialRefundPercent: 33 },
    },
  });
  await ws.admin('POST', '/v1/webhooks', { url: receiver.url, events: ['payment.refunded'] });
});
afterAll(async () => {
  await worker.stop();
  await paid.close();
  await receiver.close();
});

const server = () => paid.server;
const at = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const payment = async (id: string) => (await ws.admin('GET', `/v1/payments/${id}`)).body;

/** A booking at `start`, paid through the fake Checkout. */
async function paidBooking(start: string, overrides: Record<string, unknown> = {}) {
  const response = await server().request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody(start, overrides) });
  expect(response.status).toBe(201);
  expect(await paid.stripe.complete(sessionIdOf(response.body.payment.checkoutUrl))).toBe(200);
  return response.body as { booking: { uid: string; payment: { id: string } }; manageToken: string };
}

const customerCancels = (b: { booking: { uid: string }; manageToken: string }) =>
  server().request('POST', `/v1/public/bookings/${b.booking.uid}/cancel`, { headers: { 'x-manage-token': b.manageToken }, body: { reason: 'plans changed' } });

describe('refunds when a customer cancels, by the event type policy (48 h full, 24 h 33 %)', () => {
  // Weekday starts at 09:00 UTC (10:00 in Berlin); "now" is moved to the distance under test.
  const cases = [
    { name: 'a full refund exactly 48 hours before', start: '2026-12-07T09:00:00Z', before: 48 * HOUR, refund: 1001, status: 'refunded' },
    { name: 'a partial refund inside 48 hours, odd cents rounded down (33 % of 1001 = 330.33 -> 330)', start: '2026-12-08T09:00:00Z', before: 48 * HOUR - 60_000, refund: 330, status: 'partially_refunded' },
    { name: 'a partial refund exactly 24 hours before', start: '2026-12-09T09:00:00Z', before: 24 * HOUR, refund: 330, status: 'partially_refunded' },
    { name: 'no refund inside 24 hours', start: '2026-12-10T09:00:00Z', before: 24 * HOUR - 60_000, refund: 0, status: 'succeeded' },
  ];
  for (const c of cases) {
    it(`gives ${c.name}`, async () => {
      server().clock.set(NOW);
      const b = await paidBooking(c.start);
      server().clock.set(at(Date.parse(c.start) - c.before));
      const cancelled = await customerCancels(b);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('cancelled');
      await queueDrained(server());
      const p = await payment(b.booking.payment.id);
      expect(p).toMatchObject({ amount: 1001, amountRefunded: c.refund, status: c.status });
      expect(p.refunds.map((r: { amount: number; status: string }) => [r.amount, r.status])).toEqual(c.refund ? [[c.refund, 'succeeded']] : []);
      const atStripe = paid.stripe.refunds.filter((r) => r.payment_intent === p.stripePaymentIntentId);
      expect(atStripe.map((r) => r.amount)).toEqual(c.refund ? [c.refund] : []);
      // Stripe was asked once per refund row, keyed by its id.
      if (c.refund) expect(paid.stripe.requests.find((r) => r.path === '/v1/refunds' && r.idempotencyKey === p.refunds[0].id)).toBeTruthy();
    });
  }

  it('refunds in full when staff cancel, whatever the policy says', async () => {
    server().clock.set(NOW);
    const b = await paidBooking('2026-12-11T09:00:00Z', { seats: 3 });
    server().clock.set('2026-12-11T08:00:00Z');
    const cancelled = await ws.admin('POST', `/v1/bookings/${b.booking.uid}/cancel`, { reason: 'host ill' });
    expect(cancelled.status).toBe(200);
    await queueDrained(server());
    expect(await payment(b.booking.payment.id)).toMatchObject({ amount: 3003, amountRefunded: 3003, status: 'refunded' });
    await eventually(() => receiver.received.some((r) => JSON.parse(r.body).booking.uid === b.booking.uid), 15_000, 'payment.refunded');
    expect(JSON.parse(receiver.received.find((r) => JSON.parse(r.body).booking.uid === b.booking.uid)!.body).type).toBe('payment.refunded');
  });
});

describe('admin refunds', () => {
  it('refunds in parts, never more than is left (409 refund_exceeds_payment)', async () => {
    server().clock.set(NOW);
    const b = await paidBooking('2026-12-14T09:00:00Z', { seats: 2 });
    const id = b.booking.payment.id;
    const first = await ws.admin('POST', `/v1/payments/${id}/refund`, { amount: 500, reason: 'goodwill' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'partially_refunded', amountRefunded: 500 });
    // Asked of Stripe by the queued job, moments later.
    expect(first.body.refunds).toEqual([expect.objectContaining({ amount: 500, reason: 'goodwill', status: 'pending' })]);
    await queueDrained(server());
    expect((await payment(id)).refunds).toEqual([expect.objectContaining({ amount: 500, status: 'succeeded' })]);
    const tooMuch = await ws.admin('POST', `/v1/payments/${id}/refund`, { amount: 1503 });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.code).toBe('refund_exceeds_payment');
    const rest = await ws.admin('POST', `/v1/payments/${id}/refund`, {});
    expect(rest.body).toMatchObject({ status: 'refunded', amountRefunded: 2002 });
    expect(rest.body.refunds.map((r: { amount: number }) => r.amount)).toEqual([500, 1502]);
    const none = await ws.admin('POST', `/v1/payments/${id}/refund`, { amount: 1 });
    expect(none.body.code).toBe('refund_exceeds_payment');
    await queueDrained(server());
    expect(paid.stripe.refunds.filter((r) => r.payment_intent === rest.body.stripePaymentIntentId).map((r) => r.amount)).toEqual([500, 1502]);
    // The booking itself stays: a refund is not a cancellation.
    expect((await ws.admin('GET', `/v1/bookings/${b.booking.uid}`)).body).toMatchObject({ status: 'confirmed', payment: { id, status: 'refunded' } });
  });

  it('refunds once when the same request is sent again with its Idempotency-Key (a retry after a timeout)', async () => {
    server().clock.set(NOW);
    const b = await paidBooking('2026-12-14T10:00:00Z', { seats: 2 });
    const id = b.booking.payment.id;
    const refund = () => server().request('POST', `/v1/payments/${id}/refund`, { body: { amount: 700 }, headers: { ...ws.auth, 'idempotency-key': 'refund-retry-1' } });
    const first = await refund();
    const retry = await refund();
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    await queueDrained(server());
    const p = await payment(id);
    expect(p).toMatchObject({ amountRefunded: 700, status: 'partially_refunded' });
    expect(p.refunds.map((r: { amount: number; status: string }) => [r.amount, r.status])).toEqual([[700, 'succeeded']]);
    expect(paid.stripe.refunds.filter((r) => r.payment_intent === p.stripePaymentIntentId).map((r) => r.amount)).toEqual([700]);
  });

  it('answers at once while Stripe is slow: the refund is pending until the job hears back', async () => {
    server().clock.set(NOW);
    const b = await paidBooking('2026-12-14T11:00:00Z');
    const gate = paid.stripe.stall();
    try {
      const answer = await Promise.race([
        ws.admin('POST', `/v1/payments/${b.booking.payment.id}/refund`, {}),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 4000)),
      ]);
      expect(answer?.status).toBe(200);
      expect(answer?.body).toMatchObject({ status: 'refunded', amountRefunded: 1001, refunds: [expect.objectContaining({ amount: 1001, status: 'pending' })] });
      await gate.arrived; // the job asks Stripe
    } finally {
      gate.release();
    }
    await queueDrained(server());
    expect((await payment(b.booking.payment.id)).refunds).toEqual([expect.objectContaining({ amount: 1001, status: 'succeeded' })]);
  });

  it('cannot refund an unpaid payment, and lists payments by status and booking', async () => {
    server().clock.set(NOW);
    const unpaid = await server().request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-15T09:00:00Z') });
    const refused = await ws.admin('POST', `/v1/payments/${unpaid.body.booking.payment.id}/refund`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('refund_exceeds_payment');
    const pending = await ws.admin('GET', '/v1/payments?status=pending');
    expect(pending.body.data.map((p: { bookingUid: string }) => p.bookingUid)).toEqual([unpaid.body.booking.uid]);
    const byBooking = await ws.admin('GET', `/v1/payments?booking=${unpaid.body.booking.uid}`);
    expect(byBooking.body.data).toHaveLength(1);
    const paged = await ws.admin('GET', '/v1/payments?limit=2');
    expect(paged.body.data).toHaveLength(2);
    const next = await ws.admin('GET', `/v1/payments?limit=100&cursor=${paged.body.nextCursor}`);
    const all = await ws.admin('GET', '/v1/payments?limit=100');
    expect([...paged.body.data, ...next.body.data].map((p: { id: string }) => p.id)).toEqual(all.body.data.map((p: { id: string }) => p.id));
    expect((await ws.admin('GET', '/v1/payments/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('pricing rules', () => {
  let pricedSlug: string;
  beforeAll(async () => {
    server().clock.set(NOW);
    const created = await ws.admin('POST', '/v1/event-types', {
      slug: 'class', title: 'Class', durations: [60], seats: 10, hostIds: [ws.hostId], price: { amount: 2500, currency: 'eur' },
      pricing: {
        roles: [{ role: 'member', label: 'Member', amount: 1500, accessCode: 'SECRET-1' }, { role: 'student', label: 'Student', amount: 1999 }],
        seatTiers: [{ minSeats: 3, amount: 2000 }, { minSeats: 6, amount: 1800 }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.pricing.roles[0].accessCode).toBe('SECRET-1');
    pricedSlug = created.body.slug;
  });

  const quote = (query: string) => server().request('GET', `/v1/public/${ws.slug}/event-types/${pricedSlug}/price?${query}`);

  it('quotes base, tier and role prices', async () => {
    expect((await quote('seats=2')).body).toEqual({ unitAmount: 2500, seats: 2, amount: 5000, currency: 'eur', rule: 'base' });
    expect((await quote('seats=3')).body).toEqual({ unitAmount: 2000, seats: 3, amount: 6000, currency: 'eur', rule: 'tier' });
    expect((await quote('seats=7')).body).toEqual({ unitAmount: 1800, seats: 7, amount: 12600, currency: 'eur', rule: 'tier' });
    expect((await quote('seats=7&role=student')).body).toEqual({ unitAmount: 1999, seats: 7, amount: 13993, currency: 'eur', rule: 'role' });
    expect((await quote('role=member')).body).toMatchObject({ unitAmount: 1500, rule: 'role' });
    const unknown = await quote('role=alien');
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].path).toBe('customerRole');
    expect((await quote('seats=11')).status).toBe(422);
  });

  it('shows prices publicly without access codes', async () => {
    const response = await server().request('GET', `/v1/public/${ws.slug}/event-types/${pricedSlug}`);
    expect(response.body.pricing.roles).toEqual([
      { role: 'member', label: 'Member', amount: 1500, codeRequired: true },
      { role: 'student', label: 'Student', amount: 1999, codeRequired: false },
    ]);
    expect(response.text).not.toContain('SECRET-1');
  });

  it('charges the role price only with its access code, and stores the price on the booking', async () => {
    const body = (overrides: Record<string, unknown>) => bookingBody('2026-12-16T09:00:00Z', { eventType: pricedSlug, ...overrides });
    const missing = await server().request('POST', `/v1/public/${ws.slug}/bookings`, { body: body({ customerRole: 'member' }) });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([{ path: 'accessCode', message: 'this role needs an access code' }]);
    const wrong = await server().request('POST', `/v1/public/${ws.slug}/bookings`, { body: body({ customerRole: 'member', accessCode: 'guess' }) });
    expect(wrong.body.errors[0].path).toBe('accessCode');
    const member = await server().request('POST', `/v1/public/${ws.slug}/bookings`, { body: body({ customerRole: 'member', accessCode: 'SECRET-1', seats: 2 }) });
    expect(member.status).toBe(201);
    expect(member.body.booking.price).toEqual({ amount: 3000, currency: 'eur' });
    expect(paid.stripe.sessions.get(sessionIdOf(member.body.payment.checkoutUrl))!.line_items[0]).toMatchObject({ unit_amount: 1500, quantity: 2 });
    const student = await server().request('POST', `/v1/public/${ws.slug}/bookings`, { body: body({ customerRole: 'student', seats: 4 }) });
    expect(student.body.booking.price).toEqual({ amount: 7996, currency: 'eur' });
    const group = await server().request('POST', `/v1/public/${ws.slug}/bookings`, { body: body({ seats: 3 }) });
    expect(group.body.booking.price).toEqual({ amount: 6000, currency: 'eur' });
    expect((await payment(group.body.booking.payment.id)).amount).toBe(6000);
    // Staff booking for a member need no code.
    const staff = await ws.admin('POST', '/v1/bookings', body({ customerRole: 'member' }));
    expect(staff.status).toBe(201);
    expect(staff.body.booking.price).toEqual({ amount: 1500, currency: 'eur' });
    expect(staff.body.payment.checkoutUrl).toMatch(/\/pay\/cs_/);
  });

  it('validates pricing on event types', async () => {
    const base = { slug: 'bad', title: 'Bad', durations: [30], hostIds: [ws.hostId] };
    const upper = await ws.admin('POST', '/v1/event-types', { ...base, price: { amount: 100, currency: 'EUR' } });
    expect(upper.body.errors[0].path).toBe('price.currency');
    const unknown = await ws.admin('POST', '/v1/event-types', { ...base, price: { amount: 100, currency: 'xyz' } });
    expect(unknown.body.errors).toEqual([{ path: 'price.currency', message: 'must be an ISO 4217 currency code, e.g. usd' }]);
    const fraction = await ws.admin('POST', '/v1/event-types', { ...base, price: { amount: 10.5, currency: 'eur' } });
    expect(fraction.body.errors[0].path).toBe('price.amount');
    const negative = await ws.admin('POST', '/v1/event-types', { ...base, price: { amount: 100, currency: 'eur' }, pricing: { roles: [], seatTiers: [{ minSeats: 2, amount: -1 }] } });
    expect(negative.body.errors[0].path).toBe('pricing.seatTiers.0.amount');
    const noBase = await ws.admin('POST', '/v1/event-types', { ...base, pricing: { roles: [{ role: 'a', label: 'A', amount: 5 }], seatTiers: [] } });
    expect(noBase.body.errors).toEqual([{ path: 'pricing', message: 'roles and seat tiers need a base price' }]);
    const policy = await ws.admin('POST', '/v1/event-types', { ...base, cancellationPolicy: { fullRefundHours: 24, partialRefundHours: 48, partialRefundPercent: 50 } });
    expect(policy.body.errors[0].path).toBe('cancellationPolicy.partialRefundHours');
    const duplicate = await ws.admin('POST', '/v1/event-types', { ...base, price: { amount: 1, currency: 'eur' }, pricing: { roles: [{ role: 'a', label: 'A', amount: 1 }, { role: 'a', label: 'B', amount: 2 }], seatTiers: [] } });
    expect(duplicate.status).toBe(422);
    // A PATCH of another field keeps the pricing.
    const patched = await ws.admin('PATCH', `/v1/event-types/${ws.eventTypeId}`, { title: 'Renamed' });
    expect(patched.body.cancellationPolicy).toEqual({ fullRefundHours: 48, partialRefundHours: 24, partialRefundPercent: 33 });
  });
});

describe('revenue in analytics', () => {
  it('counts what was paid minus what went back, per currency, by period and event type', async () => {
    server().clock.set(NOW);
    const shop = await seedWorkspace(server(), { eventType: { price: { amount: 1250, currency: 'gbp' }, seats: 5 } });
    const pay = async (start: string, seats: number) => {
      const created = await server().request('POST', `/v1/public/${shop.slug}/bookings`, { body: bookingBody(start, { seats }) });
      expect(await paid.stripe.complete(sessionIdOf(created.body.payment.checkoutUrl))).toBe(200);
      return created.body.booking.payment.id as string;
    };
    const first = await pay('2026-12-01T09:00:00Z', 2); // 2500
    await pay('2026-12-08T09:00:00Z', 1); // 1250
    await server().request('POST', `/v1/public/${shop.slug}/bookings`, { body: bookingBody('2026-12-09T09:00:00Z') }); // never paid
    expect((await shop.admin('POST', `/v1/payments/${first}/refund`, { amount: 300 })).status).toBe(200);
    const stats = (await shop.admin('GET', '/v1/analytics/bookings?from=2026-12-01&to=2026-12-13&groupBy=week&timezone=Europe/Berlin')).body;
    expect(stats.totals.revenue).toEqual([{ amount: 3450, currency: 'gbp' }]);
    expect(stats.series.map((s: { period: string; revenue: unknown }) => [s.period, s.revenue])).toEqual([
      ['2026-11-30', [{ amount: 2200, currency: 'gbp' }]],
      ['2026-12-07', [{ amount: 1250, currency: 'gbp' }]],
    ]);
    expect(stats.byEventType).toEqual([expect.objectContaining({ slug: 'intro-call', revenue: [{ amount: 3450, currency: 'gbp' }] })]);
  });
});
