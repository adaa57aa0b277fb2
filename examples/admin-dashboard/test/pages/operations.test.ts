import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWorker } from '../../../../server/src/jobs/worker.ts';
import { startFakeStripe, type FakeStripe } from '../../../../server/test/fixtures/fake-stripe.ts';
import { queueDrained, startTestWorker } from '../../../../server/test/fixtures/jobs.ts';
import { sessionIdOf } from '../../../../server/test/fixtures/paid-server.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../../../server/test/fixtures/webhook-receiver.ts';
import { bookingBody } from '../../../../server/test/harness.ts';
import { checkA11y, screenshot, startDashboard, type DashboardFixture } from '../fixtures/dashboard.ts';
import { go } from '../fixtures/use-dashboard.ts';

/**
 * Running the business: webhook endpoints (secret once, deliveries, redeliver), the email
 * outbox (an email's HTML in a sandboxed frame), and payments (filter, detail, partial
 * refund, and a refund above what is left refused inline). Stripe is a local fake.
 */
let stripe: FakeStripe;
let receiver: WebhookReceiver;
let dash: DashboardFixture;
let worker: RunningWorker;
let bookingUid: string;

beforeAll(async () => {
  [stripe, receiver] = await Promise.all([startFakeStripe(), startWebhookReceiver()]);
  dash = await startDashboard({ env: stripe.env });
  stripe.webhookUrl = `${dash.server.url}/v1/stripe/webhook`;
  stripe.clock = dash.server.clock.now; // Checkout expiries are checked on the server's clock
  // A real job worker sends the webhooks and keeps the emails in the outbox.
  worker = await startTestWorker(dash.server);
});

afterAll(async () => {
  await worker?.stop();
  await dash?.close();
  await Promise.all([stripe?.close(), receiver?.close()]);
});

/** A paid booking of the intro call (€50), paid through the fake Checkout. */
async function paidBooking(start: string) {
  const priced = await dash.workspace.admin('PATCH', `/v1/event-types/${dash.workspace.eventTypeId}`, { price: { amount: 5000, currency: 'eur' } });
  expect(priced.status).toBe(200);
  const booked = await dash.server.request('POST', `/v1/public/${dash.workspace.slug}/bookings`, { body: bookingBody(start) });
  expect(booked.status).toBe(201);
  await stripe.complete(sessionIdOf(booked.body.payment.checkoutUrl));
  return booked.body.booking.uid as string;
}

describe('webhooks and emails', () => {
  it('adds an endpoint showing its secret once, then lists its deliveries and redelivers one', async () => {
    const { page } = await dash.openSignedIn();
    await go(page, '#/webhooks');
    await page.getByRole('button', { name: 'New endpoint' }).click();
    await page.getByRole('textbox', { name: 'URL', exact: true }).fill(receiver.url);
    await page.getByRole('textbox', { name: 'Description (optional)' }).fill('CRM sync');
    await page.getByRole('checkbox', { name: 'payment.succeeded' }).check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = await page.getByRole('textbox', { name: `Secret for ${receiver.url}` }).inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.content()).not.toContain(secret);
    const endpoints = (await dash.workspace.admin('GET', '/v1/webhooks')).body.data;
    expect(endpoints).toMatchObject([{ url: receiver.url, description: 'CRM sync', active: true }]);
    expect(endpoints[0].events).toEqual(expect.arrayContaining(['booking.created', 'booking.cancelled', 'booking.rescheduled', 'payment.succeeded']));

    bookingUid = (await dash.server.request('POST', `/v1/public/${dash.workspace.slug}/bookings`, { body: bookingBody('2026-12-01T09:00:00Z') })).body.booking.uid;
    await queueDrained(dash.server);
    expect(receiver.received.length).toBe(1);
    await page.getByRole('link', { name: `Deliveries to ${receiver.url}` }).click();
    await page.getByRole('heading', { name: /Deliveries to/ }).waitFor();
    const redeliver = page.getByRole('button', { name: /^Redeliver booking\.created/ });
    await redeliver.waitFor();
    await redeliver.click();
    await page.getByText('booking.created sent again.').waitFor();
    await queueDrained(dash.server);
    expect(receiver.received.length).toBe(2);
    await checkA11y(page, 'webhooks with deliveries');
  });

  it('lists the booking’s emails and shows one in a sandboxed frame', async () => {
    const { page } = await dash.openSignedIn();
    await go(page, `#/emails?booking=${bookingUid}`);
    const view = page.getByRole('button', { name: /^View .* to grace@example.com$/ }).first();
    await view.click();
    const frame = page.locator('iframe[title="Email as the recipient sees it"]');
    expect(await frame.getAttribute('sandbox')).toBe('');
    await expect.poll(() => frame.contentFrame().locator('body').textContent()).toContain('Your booking is confirmed.');
    await page.getByRole('tab', { name: 'Plain text' }).click();
    await expect.poll(() => page.locator('[role=tabpanel] pre').textContent()).toContain('Hello Grace Hopper');
    await checkA11y(page, 'email viewer');
    await screenshot(page, 'email-viewer');
  });
});

describe('payments', () => {
  it('filters, shows a payment, refunds part of it, and refuses more than is left inline', async () => {
    const uid = await paidBooking('2026-12-02T10:00:00Z');
    const payment = async () => (await dash.workspace.admin('GET', `/v1/payments?booking=${uid}`)).body.data[0];
    await expect.poll(async () => (await payment())?.status).toBe('succeeded');

    const { page } = await dash.openSignedIn();
    await go(page, '#/payments');
    await page.getByLabel('Status').selectOption('refunded');
    await page.getByText('No refunded payments.').waitFor();
    await page.getByLabel('Status').selectOption('succeeded');
    await page.getByRole('link', { name: /Details of the payment of €50\.00/ }).click();
    await page.getByRole('heading', { name: 'Payment of €50.00' }).waitFor();

    await page.getByRole('radio', { name: 'Part of it' }).check();
    await page.getByRole('textbox', { name: 'Amount (EUR)' }).fill('10');
    await page.getByRole('textbox', { name: 'Reason (optional)' }).fill('Started late');
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    await page.getByText('Refund issued.').waitFor();
    expect(await payment()).toMatchObject({ status: 'partially_refunded', amountRefunded: 1000, refunds: [{ amount: 1000, reason: 'Started late' }] });
    await page.getByRole('cell', { name: 'Started late' }).waitFor();

    // Meanwhile someone refunds €35 elsewhere: this page still thinks €40 is left.
    await page.getByRole('radio', { name: 'Part of it' }).check();
    await page.getByRole('textbox', { name: 'Amount (EUR)' }).fill('20');
    expect((await dash.workspace.admin('POST', `/v1/payments/${(await payment()).id}/refund`, { amount: 3500 })).status).toBe(200);
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    await page.getByText('more than is left to refund').waitFor();
    expect(await page.getByRole('textbox', { name: 'Amount (EUR)' }).getAttribute('aria-invalid')).toBe('true');
    expect((await payment()).amountRefunded).toBe(4500);
    await checkA11y(page, 'payment with a refused refund');
    await screenshot(page, 'payment-refund-refused');
  });

  it('has no axe violations on payments, webhooks and emails, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page } = await dash.openSignedIn({ colorScheme: theme });
      for (const [hash, ready] of [['#/payments', /Details of the payment/], ['#/webhooks', /^Deliveries to/], ['#/emails', /^View /]] as const) {
        await go(page, hash);
        await page.getByRole('link', { name: ready }).or(page.getByRole('button', { name: ready })).first().waitFor();
        await checkA11y(page, `${hash} (${theme})`);
      }
    }
  });
});
