import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../sdk/test/fixtures/browser.ts';
import { type FakeStripe, startFakeStripe } from '../../server/test/fixtures/fake-stripe.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../../server/test/harness.ts';
import { ARTIFACTS_DIR, BookingPage } from './fixtures/booking-page.ts';

/**
 * A paid booking as a customer makes it: the page the API hosts (the CDN bundle, built by
 * rollup with its minified CSS), Stripe Checkout played by the server's fake Stripe (its page's
 * Pay button sends the signed `checkout.session.completed` webhook, then redirects back), and
 * the widget showing the confirmation on the page the customer left from.
 */
const NOW = '2026-11-30T07:00:00Z';

let api: TestServer;
let stripe: FakeStripe;
let seed: Awaited<ReturnType<typeof seedWorkspace>>;
let browser: Browser;
const shots: string[] = [];

beforeAll(async () => {
  stripe = await startFakeStripe();
  api = await startTestServer({ now: NOW, env: stripe.env });
  stripe.webhookUrl = `${api.url}/v1/stripe/webhook`;
  stripe.clock = api.clock.now; // Checkout expiries are checked on the server's clock
  seed = await seedWorkspace(api, { slug: 'paid', eventType: { title: 'Strategy session', price: { amount: 5000, currency: 'eur' } } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await stripe?.close();
  if (shots.length) console.log(`widget payment screenshots (${shots.length}) in ${ARTIFACTS_DIR}:\n  ${shots.join('\n  ')}`);
});

describe('a paid booking, end to end', () => {
  it('books, pays on Checkout and comes back to the confirmation', async () => {
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    // Failed loads are listed by URL below; the fake Checkout page has no favicon, which is not ours to fix.
    page.on('console', (message) => { if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`); });
    page.on('response', (response) => { if (response.status() >= 400 && response.url() !== `${stripe.url}/favicon.ico`) problems.push(`${response.status()}: ${response.url()}`); });
    const ui = new BookingPage(page, 'paid');
    try {
      const bookingPage = `${api.url}/book/paid/intro-call`;
      await page.goto(bookingPage);
      await page.getByText('€50.00', { exact: true }).waitFor({ timeout: 15_000 });
      // The bundle's CSS, minified at build time, still styles the widget.
      const month = page.getByRole('button', { name: 'Next month' });
      expect(await month.evaluate((el) => { const s = getComputedStyle(el); return [s.width, s.borderTopLeftRadius]; })).toEqual(['40px', '50%']);

      await month.click();
      await ui.day('Tuesday', 1, 'December', 2026).click();
      await ui.time('10:00', '10:30').click();
      await page.getByRole('textbox', { name: 'Name' }).fill('Grace Hopper');
      await page.getByRole('textbox', { name: 'Email' }).fill('grace@example.com');
      await page.getByText('Total: €50.00').waitFor();
      await ui.screenshot('form');
      await page.getByRole('button', { name: 'Continue to payment' }).click();

      // Stripe Checkout (the fake's page): pay.
      await page.waitForURL(`${stripe.url}/pay/**`, { timeout: 15_000 });
      await page.getByRole('heading', { name: 'Pay 5000 eur' }).waitFor();
      await ui.screenshot('checkout');
      await page.getByRole('button', { name: 'Pay' }).click();

      // Back on the booking page, which the widget cleans of Checkout's parameters.
      await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor({ timeout: 15_000 });
      await ui.screenshot('confirmed');
      expect(page.url()).toBe(bookingPage);
      const primary = await page.getByRole('link', { name: 'Add to calendar' }).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(primary).toBe('rgb(43, 89, 195)');

      const listed = await seed.admin('GET', '/v1/bookings?from=2026-12-01T00:00:00Z&to=2026-12-01T23:59:59Z');
      expect(listed.body.data).toHaveLength(1);
      expect(listed.body.data[0]).toMatchObject({ status: 'confirmed', start: '2026-12-01T09:00:00Z', attendee: { name: 'Grace Hopper' } });
      expect(stripe.deliveries.map((d) => [d.event.type, d.status])).toEqual([['checkout.session.completed', 200]]);
      expect(problems).toEqual([]);
    } finally {
      shots.push(...ui.screenshots);
      await context.close();
    }
  });
});
