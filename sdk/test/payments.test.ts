import { afterAll, beforeAll, expect, it } from 'vitest';
import { queueDrained, startTestWorker } from '../../server/test/fixtures/jobs.ts';
import { sessionIdOf, startPaidServer, type PaidServer } from '../../server/test/fixtures/paid-server.ts';
import { seedWorkspace } from '../../server/test/harness.ts';
import type { RunningWorker } from '../../server/src/jobs/worker.ts';
import { BookingNotModifiableError, RefundExceedsPaymentError, Slotkit, ValidationError } from '../src/index.ts';

// Quotes, paid bookings, the manage checkout link, payments and refunds through the SDK,
// against a real server whose Stripe is a local fake driven by the real `stripe` SDK.
let paid: PaidServer;
let worker: RunningWorker;
let slotkit: Slotkit;
let seed: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  paid = await startPaidServer({ now: '2026-11-30T06:00:00Z' });
  worker = await startTestWorker(paid.server);
  seed = await seedWorkspace(paid.server, {
    eventType: { price: { amount: 3000, currency: 'usd' }, seats: 4, pricing: { roles: [{ role: 'member', label: 'Member', amount: 2000, accessCode: 'M1' }], seatTiers: [{ minSeats: 3, amount: 2500 }] } },
  });
  slotkit = new Slotkit({ baseUrl: paid.server.url, apiKey: seed.apiKey, maxRetries: 0 });
});
afterAll(async () => {
  await worker?.stop();
  await paid?.close();
});

it('quotes, books with Checkout, and refunds in parts', async () => {
  const shop = slotkit.public(seed.slug);
  expect(await shop.eventTypes.quote('intro-call', { seats: 3 })).toEqual({ unitAmount: 2500, seats: 3, amount: 7500, currency: 'usd', rule: 'tier' });
  expect((await shop.eventTypes.get('intro-call')).pricing.roles).toEqual([{ role: 'member', label: 'Member', amount: 2000, codeRequired: true }]);
  await expect(shop.bookings.create({
    eventType: 'intro-call', start: '2026-12-01T09:00:00Z', timezone: 'Europe/Berlin', attendee: { name: 'Ada', email: 'ada@example.com' }, customerRole: 'member',
  })).rejects.toBeInstanceOf(ValidationError);

  const created = await shop.bookings.create({
    eventType: 'intro-call', start: '2026-12-01T09:00:00Z', timezone: 'Europe/Berlin', attendee: { name: 'Ada', email: 'ada@example.com' },
    customerRole: 'member', accessCode: 'M1', seats: 2,
  });
  expect(created.booking).toMatchObject({ status: 'pending_payment', price: { amount: 4000, currency: 'usd' } });
  const manage = slotkit.manage(created.booking.uid, created.manageToken);
  expect(await manage.checkout()).toEqual(created.payment);

  expect(await paid.stripe.complete(sessionIdOf(created.payment!.checkoutUrl))).toBe(200);
  await expect(manage.checkout()).rejects.toBeInstanceOf(BookingNotModifiableError);
  const [payment] = (await slotkit.payments.list({ booking: created.booking.uid })).data;
  expect(payment).toMatchObject({ status: 'succeeded', amount: 4000, bookingUid: created.booking.uid });

  const partly = await slotkit.payments.refund(payment!.id, { amount: 1500, reason: 'late start' });
  expect(partly).toMatchObject({ status: 'partially_refunded', amountRefunded: 1500 });
  await expect(slotkit.payments.refund(payment!.id, { amount: 2501 })).rejects.toBeInstanceOf(RefundExceedsPaymentError);
  const rest = await slotkit.payments.refund(payment!.id);
  expect(rest).toMatchObject({ status: 'refunded', amountRefunded: 4000 });
  await queueDrained(paid.server);
  expect((await slotkit.payments.get(payment!.id)).refunds.map((r) => [r.amount, r.status])).toEqual([[1500, 'succeeded'], [2500, 'succeeded']]);
});
