import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../../server/test/harness.ts';
import { launchChromium, servePages, type PageServer } from './fixtures/browser.ts';
import { expectListedAndBooked } from './fixtures/expect-round-trip.ts';

/**
 * The SDK source, unchanged, in a real browser: `src/index.ts` bundled by esbuild for the
 * browser, loaded as a module by a page on its own origin (another loopback port than the
 * API), and driven in Chromium through playwright-core. A booking round trip over public
 * routes only, so every call is a cross-origin `fetch` that passes the server's CORS policy,
 * POSTs and manage calls after a preflight (`Idempotency-Key`, `X-Manage-Token`).
 */
type Sdk = typeof import('../src/index.ts');

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>Slotkit SDK in the browser</title></head>
<body><script type="module">
import * as sdk from '/slotkit.js';
window.slotkitSdk = sdk;
window.slotkitReady = true;
</script></body></html>`;

let api: TestServer;
let pageServer: PageServer;
let pageOrigin: string;
let browser: Browser;

beforeAll(async () => {
  const bundled = await build({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent',
  });
  const bundle = bundled.outputFiles[0]!.text;
  pageServer = await servePages({
    '/': { type: 'text/html; charset=utf-8', body: page },
    '/slotkit.js': { type: 'text/javascript; charset=utf-8', body: bundle },
  });
  pageOrigin = pageServer.origin;
  [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await pageServer?.close();
  await api?.close();
});

it('runs a booking round trip in Chromium, cross-origin', async () => {
  const seed = await seedWorkspace(api);
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    tab.on('requestfailed', (request) => problems.push(`requestfailed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`));
    // What the page sent to the API (the SDK's own headers, as the browser saw them).
    const apiCalls: { method: string; path: string; idempotencyKey: boolean; manageToken: boolean; authorization: boolean }[] = [];
    tab.on('request', (request) => {
      if (!request.url().startsWith(api.url)) return;
      const headers = request.headers();
      apiCalls.push({
        method: request.method(), path: new URL(request.url()).pathname,
        idempotencyKey: 'idempotency-key' in headers, manageToken: 'x-manage-token' in headers, authorization: 'authorization' in headers,
      });
    });

    await tab.goto(`${pageOrigin}/`);
    await tab.waitForFunction(() => (window as unknown as { slotkitReady?: boolean }).slotkitReady === true, undefined, { timeout: 10_000 });

    const summary = await tab.evaluate(async ({ baseUrl, workspace }) => {
      const { Slotkit, SlotkitError, SlotUnavailableError } = (window as unknown as { slotkitSdk: Sdk }).slotkitSdk;
      // No API key: public routes only, as a booking page would.
      const slotkit = new Slotkit({ baseUrl, maxRetries: 0, timeout: 10_000 });
      const site = slotkit.public(workspace);
      const timezone = 'Europe/Berlin';
      const attendee = { name: 'Grace Hopper', email: 'grace@example.com' };

      const eventTypes = await site.eventTypes.list();
      const eventType = eventTypes.data[0]!.slug;
      const slots = await site.slots.list({ eventType, from: '2026-12-01', to: '2026-12-03', timezone });
      const first = slots.days[0]!.slots[0]!;
      const created = await site.bookings.create({ eventType, start: first.start, timezone, attendee });
      const refused: unknown = await site.bookings.create({ eventType, start: first.start, timezone, attendee }).then(
        () => new Error('booked the same slot twice'),
        (error: unknown) => error,
      );
      const managed = slotkit.manage(created.booking.uid, created.manageToken);
      const fetched = await managed.get();
      const cancelled = await managed.cancel({ reason: 'browser test' });

      return {
        origin: location.origin,
        eventTypes: eventTypes.data.map((t) => t.slug),
        slots: { days: slots.days.map((d) => d.date), count: slots.days.reduce((n, d) => n + d.slots.length, 0), first },
        booked: { uid: created.booking.uid, status: created.booking.status, start: created.booking.start, hasManageToken: created.manageToken.length > 0 },
        doubleBooking: {
          name: refused instanceof Error ? refused.name : typeof refused,
          isSlotUnavailableError: refused instanceof SlotUnavailableError,
          isSlotkitError: refused instanceof SlotkitError,
          status: (refused as InstanceType<typeof SlotkitError>).status,
          code: (refused as InstanceType<typeof SlotkitError>).code,
          hasRequestId: Boolean((refused as InstanceType<typeof SlotkitError>).requestId),
        },
        fetched: { uid: fetched.uid, status: fetched.status },
        cancelled: { uid: cancelled.uid, status: cancelled.status, cancelReason: cancelled.cancelReason },
      };
    }, { baseUrl: api.url, workspace: seed.slug });

    // The page really was on another origin than the API.
    expect(summary.origin).toBe(pageOrigin);
    expect(new URL(summary.origin).origin).not.toBe(new URL(api.url).origin);

    const uid = expectListedAndBooked(summary);
    expect(summary.doubleBooking).toEqual({
      name: 'SlotUnavailableError', isSlotUnavailableError: true, isSlotkitError: true,
      status: 409, code: 'slot_unavailable', hasRequestId: true,
    });
    expect(summary.fetched).toEqual({ uid, status: 'confirmed' });
    expect(summary.cancelled).toEqual({ uid, status: 'cancelled', cancelReason: 'browser test' });

    // The SDK sent its CORS-preflighted headers, and never a key to a public route.
    const slug = seed.slug;
    expect(apiCalls).toEqual([
      { method: 'GET', path: `/v1/public/${slug}/event-types`, idempotencyKey: false, manageToken: false, authorization: false },
      { method: 'GET', path: `/v1/public/${slug}/event-types/intro-call/slots`, idempotencyKey: false, manageToken: false, authorization: false },
      { method: 'POST', path: `/v1/public/${slug}/bookings`, idempotencyKey: true, manageToken: false, authorization: false },
      { method: 'POST', path: `/v1/public/${slug}/bookings`, idempotencyKey: true, manageToken: false, authorization: false },
      { method: 'GET', path: `/v1/public/bookings/${uid}`, idempotencyKey: false, manageToken: true, authorization: false },
      { method: 'POST', path: `/v1/public/bookings/${uid}/cancel`, idempotencyKey: true, manageToken: true, authorization: false },
    ]);
    // No CORS rejection, failed request or page error; the one logged error is the refused double booking.
    expect(problems).toEqual(['console: Failed to load resource: the server responded with a status of 409 (Conflict)']);

    // What the browser did, the server saw.
    const stored = await seed.admin('GET', `/v1/bookings/${uid}`);
    expect(stored.body.status).toBe('cancelled');
  } finally {
    await context.close();
  }
});
