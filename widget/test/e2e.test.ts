import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveEmbeds, type EmbedsServer } from '../../examples/embeds/serve.ts';
import { launchChromium } from '../../sdk/test/fixtures/browser.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../../server/test/harness.ts';
import { ARTIFACTS_DIR, BookingPage } from './fixtures/booking-page.ts';

/**
 * The widget as customers meet it: a real API on one loopback port, the example pages on
 * another (so every call is cross-origin), and Chromium. The plain page loads the bundle
 * with a script tag pointing at the API's `/widget/slotkit.js`, exactly as a site owner
 * pastes it; the React and Vue pages bundle `@slotkit/widget/define`.
 *
 * Browser and API agree on "now" (Monday 30 November 2026, 08:00 in Berlin), so the month
 * on screen and the free slots are the same on every run.
 */
const NOW = '2026-11-30T07:00:00Z';

let api: TestServer;
let seed: Awaited<ReturnType<typeof seedWorkspace>>;
let embeds: EmbedsServer;
let browser: Browser;
const shots: string[] = [];

beforeAll(async () => {
  api = await startTestServer({ now: NOW });
  // The example pages book in the `demo` workspace's intro call, as with `pnpm start`.
  seed = await seedWorkspace(api, { slug: 'demo' });
  [embeds, browser] = await Promise.all([serveEmbeds({ api: api.url }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await embeds?.close();
  await api?.close();
  if (shots.length) console.log(`widget end-to-end screenshots (${shots.length}) in ${ARTIFACTS_DIR}:\n  ${shots.join('\n  ')}`);
});

/** A browser tab in Berlin, in US English, whose clock reads NOW; collects what went wrong. */
async function openTab(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`); });
  return { context, page, problems };
}

/** The workspace's bookings on one day, as the admin API lists them. */
async function bookingsOn(date: string) {
  const listed = await seed.admin('GET', `/v1/bookings?from=${date}T00:00:00Z&to=${date}T23:59:59Z`);
  expect(listed.status).toBe(200);
  return listed.body.data as { uid: string; status: string; start: string; attendee: { name: string; email: string }; metadata: Record<string, string> }[];
}

describe('plain HTML page, keyboard only', () => {
  it('books Tuesday 1 December at 10:00 Berlin with Tab, arrows, Enter and typing', async () => {
    const { context, page, problems } = await openTab();
    const ui = new BookingPage(page, 'plain-keyboard');
    try {
      await page.goto(embeds.pageUrl('plain.html'));
      // The bundle came from the API's origin, not the page's.
      const script = await page.locator('script[src$="/widget/slotkit.js"]').getAttribute('src');
      expect(new URL(script!).origin).toBe(new URL(api.url).origin);
      expect(new URL(page.url()).origin).not.toBe(new URL(api.url).origin);

      await expect.poll(() => ui.grid().count(), { timeout: 15_000 }).toBe(1);
      await ui.day('Monday', 30, 'November', 2026).waitFor({ timeout: 15_000 });
      await ui.screenshot('month');

      // Into the grid (its one tab stop), then day by day to Tuesday 1 December.
      await ui.tabIntoGrid();
      // 09:00–17:00 Berlin in 30-minute slots: 16 times.
      const firstOfDecember = ui.day('Tuesday', 1, 'December', 2026, 16);
      await ui.pressUntilFocused('ArrowRight', firstOfDecember, 45);
      await page.keyboard.press('Enter');

      const tenOClock = ui.time('10:00', '10:30');
      await tenOClock.waitFor({ timeout: 10_000 });
      await ui.screenshot('times');
      await ui.tabTo(tenOClock);
      await page.keyboard.press('Enter');

      const name = page.getByRole('textbox', { name: 'Name' });
      await name.waitFor({ timeout: 10_000 });
      await ui.tabTo(name);
      await page.keyboard.type('Grace Hopper');
      const email = page.getByRole('textbox', { name: 'Email' });
      await ui.tabTo(email);
      await page.keyboard.type('grace@example.com');
      await ui.screenshot('form');
      await ui.tabTo(page.getByRole('button', { name: 'Confirm booking' }));
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor({ timeout: 10_000 });
      await ui.screenshot('confirmed');

      // The booking exists, at the chosen start, for the person who typed.
      const [booking, ...others] = await bookingsOn('2026-12-01');
      expect(others).toEqual([]);
      expect(booking).toMatchObject({ status: 'confirmed', start: '2026-12-01T09:00:00Z', attendee: { name: 'Grace Hopper', email: 'grace@example.com' } });
      // The event bubbled out of the element to the page.
      await expect.poll(() => page.locator('#booked').textContent()).toBe(`Booked ${booking!.uid}`);

      // The manage link points at the page the API hosts, which opens the booking in manage mode.
      const manage = await page.getByRole('link', { name: 'Manage booking' }).getAttribute('href');
      expect(manage).toMatch(new RegExp(`^${api.url}/manage/${booking!.uid}\\?token=[^&]+$`));
      await expect.poll(() => page.getByRole('link', { name: 'Add to calendar' }).count()).toBe(1);
      await page.goto(manage!);
      await page.getByRole('button', { name: 'Cancel booking' }).waitFor({ timeout: 15_000 });
      await expect.poll(() => page.getByRole('button', { name: 'Reschedule' }).count()).toBe(1);
      await ui.screenshot('manage-page');

      expect(problems).toEqual([]);
    } finally {
      shots.push(...ui.screenshots);
      await context.close();
    }
  });
});

describe('pages the API hosts', () => {
  it('shows the workspace\'s event types on /book/{workspace}, the widget working under the page\'s strict CSP', async () => {
    const { context, page, problems } = await openTab();
    const ui = new BookingPage(page, 'hosted');
    try {
      await page.goto(`${api.url}/book/demo`);
      await page.getByRole('heading', { name: 'Workspace demo', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Intro call' }).click({ timeout: 15_000 });
      await ui.day('Monday', 30, 'November', 2026).waitFor({ timeout: 15_000 });
      await ui.screenshot('book-page');
      expect(problems).toEqual([]);
    } finally {
      shots.push(...ui.screenshots);
      await context.close();
    }
  });
});

describe.each([
  { framework: 'React', page: 'react.html', day: { weekday: 'Wednesday', date: 2, iso: '2026-12-02' } },
  { framework: 'Vue', page: 'vue.html', day: { weekday: 'Thursday', date: 3, iso: '2026-12-03' } },
])('$framework page', ({ framework, page: pageName, day }) => {
  it(`renders the widget and books on ${day.iso}, passing metadata and hearing slotkit-booked`, async () => {
    const { context, page, problems } = await openTab();
    const ui = new BookingPage(page, framework.toLowerCase());
    try {
      await page.goto(embeds.pageUrl(pageName));
      await page.getByRole('heading', { name: `Book an intro call (${framework})` }).waitFor({ timeout: 15_000 });
      // Today's month first (Monday 30 November is open), then on to December.
      await ui.day('Monday', 30, 'November', 2026).waitFor({ timeout: 15_000 });
      await ui.screenshot('month');
      await page.getByRole('button', { name: 'Next month' }).click();
      await ui.grid('December 2026').waitFor();
      const dayButton = ui.day(day.weekday, day.date, 'December', 2026);
      await dayButton.click();
      const nineOClock = ui.time('9:00', '9:30');
      await nineOClock.click();
      await page.getByRole('textbox', { name: 'Name' }).fill('Ada Lovelace');
      await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
      await ui.screenshot('form');
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor({ timeout: 10_000 });

      const [booking, ...others] = await bookingsOn(day.iso);
      expect(others).toEqual([]);
      expect(booking).toMatchObject({
        status: 'confirmed', start: `${day.iso}T08:00:00Z`, attendee: { name: 'Ada Lovelace', email: 'ada@example.com' },
        metadata: { source: `${framework.toLowerCase()}-example` },
      });
      // The framework's listener got the event.
      await expect.poll(() => page.getByRole('status').filter({ hasText: /^Booked bk_/ }).textContent())
        .toBe(`Booked ${booking!.uid} at ${day.iso}T08:00:00Z`);
      await ui.screenshot('confirmed');
      expect(problems).toEqual([]);
    } finally {
      shots.push(...ui.screenshots);
      await context.close();
    }
  });
});
