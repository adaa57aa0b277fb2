import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmationEventType, seedBookings, slotsOn } from './fixtures/bookings.ts';
import { checkA11y, expectNoHorizontalScroll, screenshot, setTheme, startDashboard, type DashboardFixture } from './fixtures/dashboard.ts';

/**
 * The bookings screens with a seeded week: 16 intro calls on Tuesday 1 December and 16 on
 * Wednesday 2 December (32: two pages of 25), and 3 consultations awaiting confirmation on
 * Thursday 3 December.
 */
let dash: DashboardFixture;
let consultUids: string[];

beforeAll(async () => {
  dash = await startDashboard({ timezone: 'Europe/Berlin' });
  await createConfirmationEventType(dash);
  const names = (date: string) => slotsOn(date).map((start, i) => ({ start, name: `${date === '2026-12-01' ? 'Tuesday' : 'Wednesday'} Guest ${i + 1}` }));
  await seedBookings(dash, [...names('2026-12-01'), ...names('2026-12-02')]);
  consultUids = await seedBookings(dash, ['Ada Lovelace', 'Grace Hopper', 'Edsger Dijkstra'].map((name, i) => ({
    start: slotsOn('2026-12-03')[i]!, name, eventType: 'consult',
  })));
});
afterAll(() => dash?.close());

/** The table's body rows (light and shadow DOM pierced by CSS locators). */
const rows = (page: Page) => page.locator('sk-data-table tbody tr');

async function hashParams(page: Page) {
  return Object.fromEntries(new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? ''));
}

describe('the bookings table', () => {
  it('pages through 35 bookings 25 at a time, earliest first', async () => {
    const { page, problems } = await dash.openSignedIn({ hash: '#/bookings' });
    await expect.poll(() => rows(page).count()).toBe(25);
    expect(await rows(page).first().textContent()).toContain('Tuesday Guest 1');
    await checkA11y(page, 'bookings (light)');
    await screenshot(page, 'bookings-01-list');

    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => rows(page).count()).toBe(10);
    expect((await hashParams(page)).cursor).toBeTruthy();
    expect(await rows(page).last().textContent()).toContain('Edsger Dijkstra');
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => rows(page).first().textContent()).toContain('Tuesday Guest 1');
    expect(problems).toEqual([]);
  });

  it('filters by status, dates, event type, host and text, keeping the filters in the URL', async () => {
    const { page } = await dash.openSignedIn({ hash: '#/bookings' });
    await rows(page).first().waitFor();
    await page.getByLabel('Status').selectOption('pending_confirmation');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => rows(page).count()).toBe(3);
    expect(await hashParams(page)).toEqual({ status: 'pending_confirmation' });

    // A reload keeps what the URL says.
    await page.reload();
    await expect.poll(() => rows(page).count()).toBe(3);
    expect(await page.getByLabel('Status').inputValue()).toBe('pending_confirmation');

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel('From').fill('2026-12-02');
    await page.getByLabel('To').fill('2026-12-02');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => rows(page).count()).toBe(16);
    expect(await rows(page).first().textContent()).toContain('Wednesday Guest 1');

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel('Event type').selectOption({ label: 'Consultation' });
    await page.getByLabel('Search').fill('grace');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).first().textContent()).toContain('Grace Hopper');
    expect(await hashParams(page)).toMatchObject({ q: 'grace' });

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel('Search').fill('nobody at all');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No bookings match these filters.').waitFor();
  });

  it('sorts by start, latest first on the page shown, and says so', async () => {
    const { page } = await dash.openSignedIn({ hash: '#/bookings?from=2026-12-03&to=2026-12-03' });
    await expect.poll(() => rows(page).count()).toBe(3);
    await page.getByRole('button', { name: /^Start/ }).click();
    await expect.poll(() => rows(page).first().textContent()).toContain('Edsger Dijkstra');
    expect((await hashParams(page)).sort).toBe('-start');
    expect(await page.locator('sk-data-table th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    await page.getByText('Latest first within this page').waitFor();
  });

  it('confirms several requests at once and lists the ones that could not be', async () => {
    const { page } = await dash.openSignedIn({ hash: '#/bookings?from=2026-12-03&to=2026-12-03' });
    await expect.poll(() => rows(page).count()).toBe(3);
    await page.getByRole('checkbox', { name: 'Select row 1' }).check();
    await page.getByRole('checkbox', { name: 'Select row 2' }).check();
    await page.getByRole('region', { name: 'Bulk actions' }).getByText('2 selected').waitFor();
    await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Confirm' }).click();
    await page.locator('sk-dialog').getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByRole('heading', { name: '2 of 2 confirmed' }).waitFor();
    await expect.poll(() => page.locator('sk-data-table tbody .badge').allTextContents())
      .toEqual(['Confirmed', 'Confirmed', 'Awaiting confirmation']);

    // Confirming all three again: two are already confirmed, and each says why.
    await page.getByRole('checkbox', { name: 'Select all rows' }).check();
    await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Confirm' }).click();
    await page.locator('sk-dialog').getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByRole('heading', { name: '1 of 3 confirmed' }).waitFor();
    const failures = page.locator('.results li');
    expect(await failures.count()).toBe(2);
    expect(await failures.first().textContent()).toMatch(/Ada Lovelace — .*pending confirmation/);
    await screenshot(page, 'bookings-02-bulk-results');

    const states = await Promise.all(consultUids.map((uid) => dash.workspace.admin('GET', `/v1/bookings/${uid}`)));
    expect(states.map((s) => s.body.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });

  it('exports the filtered bookings as a CSV file', async () => {
    const { page } = await dash.openSignedIn({ hash: '#/bookings?from=2026-12-02&to=2026-12-02' });
    await expect.poll(() => rows(page).count()).toBe(16);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('bookings-2026-12-02-to-2026-12-02.csv');
    const lines = (await readFile((await download.path())!, 'utf8')).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^uid,status,start,end,/);
    expect(lines).toHaveLength(17);
    expect(lines.slice(1).every((line) => line.includes('Wednesday Guest'))).toBe(true);
  });

  it('is axe-clean in dark mode and fits a 360 px phone', async () => {
    const { page } = await dash.openSignedIn({ hash: '#/bookings' });
    await rows(page).first().waitFor();
    await setTheme(page, 'dark');
    await checkA11y(page, 'bookings (dark)');
    await screenshot(page, 'bookings-03-dark');

    const phone = await dash.openSignedIn({ hash: '#/bookings', width: 360, height: 780 });
    await rows(phone.page).first().waitFor();
    await expectNoHorizontalScroll(phone.page, 'bookings at 360 px');
    await checkA11y(phone.page, 'bookings at 360 px');
    await screenshot(phone.page, 'bookings-04-phone');
  });
});
