import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookingPage } from '../../../widget/test/fixtures/booking-page.ts';
import { NAV_GROUPS } from '../src/app/nav-items.ts';
import { ARTIFACTS_DIR, checkA11y, screenshot, signIn, startDashboard, type DashboardFixture } from './fixtures/dashboard.ts';
import { createScheduleAndEventType } from './steps/event-types.ts';

/**
 * The whole story an admin lives through, on a real server and Chromium: sign in, create an
 * event type with its own schedule, see a customer book it through the widget, find the
 * booking, reschedule it, cancel it, and export the bookings as CSV; a screenshot of every
 * page on the way and after.
 *
 * Browser and server agree on now: Monday 30 November 2026, 08:00 in Berlin.
 */
const NOW = '2026-11-30T07:00:00Z';
let dash: DashboardFixture;
const shots: string[] = [];

beforeAll(async () => {
  // The numbered screenshots of an earlier run would mix with this run's.
  const old = (await readdir(ARTIFACTS_DIR).catch(() => [] as string[])).filter((name) => name.startsWith('e2e-'));
  await Promise.all(old.map((name) => rm(join(ARTIFACTS_DIR, name))));
  dash = await startDashboard({ now: NOW, timezone: 'Europe/Berlin' });
});
afterAll(async () => {
  await dash?.close();
  if (shots.length) console.log(`dashboard end-to-end screenshots (${shots.length}):\n  ${shots.join('\n  ')}`);
});

async function shot(page: Page, name: string) {
  shots.push(await screenshot(page, `e2e-${String(shots.length + 1).padStart(2, '0')}-${name}`));
}

const badge = (page: Page) => page.locator('.status-line .badge');

describe('the admin dashboard, end to end', () => {
  it('takes an event type from creation to a booked, rescheduled, cancelled and exported booking', async () => {
    const { page, problems } = await dash.open();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot(page, 'sign-in');
    await signIn(page);
    await shot(page, 'bookings-empty');

    // 1. An event type on its own schedule: Tuesdays 10:00–12:00 and Thursdays 14:00–16:00.
    const created = await createScheduleAndEventType(page, {
      schedule: { name: 'Strategy hours', weekly: { tue: [['10:00', '12:00']], thu: [['14:00', '16:00']] } },
      eventType: { title: 'Strategy session' },
    });
    await shot(page, 'event-type-created');

    // 2. A customer books it through the widget on its hosted page.
    await page.goto(`${dash.server.url}/book/${dash.workspace.slug}/${created.slug}`);
    const widget = new BookingPage(page, 'dashboard-e2e');
    await widget.grid().waitFor({ timeout: 15_000 });
    if (!(await widget.grid('December 2026').count())) await page.getByRole('button', { name: 'Next month' }).click();
    // Tuesday 1 December offers exactly the four half hours of 10:00–12:00.
    await widget.day('Tuesday', 1, 'December', 2026, 4).click();
    await widget.time('10:00', '10:30').click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Margaret Hamilton');
    await page.getByRole('textbox', { name: 'Email' }).fill('margaret@example.com');
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor({ timeout: 10_000 });
    await shot(page, 'widget-booked');

    // 3. The admin finds it in the table.
    await page.goto(`${dash.url}#/bookings`);
    const row = page.locator('sk-data-table tbody tr', { hasText: 'Margaret Hamilton' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Strategy session');
    await shot(page, 'bookings-table');
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: 'Margaret Hamilton · Strategy session', level: 1 }).waitFor();
    expect(await badge(page).textContent()).toBe('Confirmed');
    const uid = new URL(page.url()).hash.split('/').at(-1)!;
    await shot(page, 'booking-detail');

    // 4. Rescheduled to Thursday 3 December at 14:30, picked from the free times.
    await page.getByRole('button', { name: 'Reschedule…' }).click();
    const picker = page.locator('sk-reschedule-picker');
    await picker.getByRole('group', { name: 'Thursday, December 3' }).waitFor();
    // Tuesday's other times are offered, its booked 10:00 not.
    expect(await picker.getByRole('group', { name: 'Tuesday, December 1' }).getByRole('radio').count()).toBe(3);
    await picker.locator('label', { hasText: '2:30 PM' }).click();
    expect(await picker.getByRole('radio', { name: '2:30 PM' }).isChecked()).toBe(true);
    await shot(page, 'reschedule-picker');
    await page.locator('sk-dialog').getByRole('button', { name: 'Reschedule', exact: true }).click();
    await page.getByText('Booking rescheduled.').waitFor();
    await expect.poll(async () => (await dash.workspace.admin('GET', `/v1/bookings/${uid}`)).body.start).toBe('2026-12-03T13:30:00Z');
    expect(await page.locator('.timeline li').first().textContent()).toContain('Rescheduled');

    // 5. Cancelled with a reason.
    await page.getByRole('button', { name: 'Cancel booking…' }).click();
    await page.locator('sk-dialog').getByLabel('Reason (optional, shown to the customer)').fill('Client moved to next quarter');
    await page.locator('sk-dialog').getByRole('button', { name: 'Cancel booking', exact: true }).click();
    await expect.poll(() => badge(page).textContent()).toBe('Cancelled');
    await shot(page, 'booking-cancelled');

    // 6. Exported: the CSV holds the booking as it now is.
    await page.goto(`${dash.url}#/bookings?q=margaret`);
    await row.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = (await readFile((await download.path())!, 'utf8')).trim().split(/\r?\n/);
    expect(csv).toHaveLength(2);
    const header = csv[0]!.split(',');
    const values = csv[1]!.split(',');
    const field = (name: string) => values[header.indexOf(name)];
    expect({ uid: field('uid'), status: field('status'), start: field('start'), event_type: field('event_type'), cancel_reason: field('cancel_reason') }).toEqual({
      uid, status: 'cancelled', start: '2026-12-03T13:30:00Z', event_type: created.slug, cancel_reason: 'Client moved to next quarter',
    });
    expect(problems).toEqual([]);
  });

  it('has a screenshot of every page, each with its heading and free of axe violations', async () => {
    const { page } = await dash.openSignedIn();
    const paths = NAV_GROUPS.flatMap((group) => group.items.map((item) => item));
    for (const item of paths) {
      await page.evaluate((hash) => { location.hash = hash; }, `#${item.path}`);
      await page.locator('sk-page-header h1').first().waitFor();
      await page.locator('sk-state[kind=loading]').waitFor({ state: 'detached' }).catch(() => undefined);
      await shot(page, `page${item.path.replace(/\//g, '-')}`);
    }
    // The pages this brief owns are checked for axe violations here too (the others in their own tests).
    for (const hash of ['#/bookings', '#/bookings/calendar', '#/analytics']) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.locator('sk-page-header h1').first().waitFor();
      await page.locator('sk-state[kind=loading]').waitFor({ state: 'detached' }).catch(() => undefined);
      await checkA11y(page, hash);
    }
  });
});
