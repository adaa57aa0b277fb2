import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmationEventType, seedBookings } from './fixtures/bookings.ts';
import { checkA11y, expectNoHorizontalScroll, screenshot, setTheme, startDashboard, type DashboardFixture } from './fixtures/dashboard.ts';

/**
 * Analytics of a known week: seven bookings made on Monday 30 November for 1–3 December
 * (Berlin), one cancelled, one completed, one no-show, one awaiting confirmation; the page
 * must show exactly these numbers.
 */
let dash: DashboardFixture;
const RANGE = '#/analytics?range=custom&from=2026-12-01&to=2026-12-07&groupBy=day';

beforeAll(async () => {
  dash = await startDashboard({ now: '2026-11-30T07:00:00Z', timezone: 'Europe/Berlin' });
  await createConfirmationEventType(dash);
  const [completed, noShow, , , , cancelled] = await seedBookings(dash, [
    { start: '2026-12-01T08:00:00Z', name: 'Tue Nine' },
    { start: '2026-12-01T08:30:00Z', name: 'Tue Nine Thirty' },
    { start: '2026-12-01T09:00:00Z', name: 'Tue Ten' },
    { start: '2026-12-01T13:00:00Z', name: 'Tue Two' },
    { start: '2026-12-02T08:00:00Z', name: 'Wed Nine' },
    { start: '2026-12-02T09:00:00Z', name: 'Wed Ten' },
    { start: '2026-12-03T09:00:00Z', name: 'Thu Request', eventType: 'consult' },
  ]);
  expect((await dash.workspace.admin('POST', `/v1/bookings/${cancelled}/cancel`, { reason: 'Ill' })).status).toBe(200);
  // Wednesday: Tuesday's first two have happened.
  dash.server.clock.set('2026-12-02T07:00:00Z');
  expect((await dash.workspace.admin('POST', `/v1/bookings/${completed}/complete`, {})).status).toBe(200);
  expect((await dash.workspace.admin('POST', `/v1/bookings/${noShow}/no-show`, {})).status).toBe(200);
});
afterAll(() => dash?.close());

/** The value under a totals card's label. */
const total = (page: Page, label: string) => page.locator('.total', { hasText: label }).locator('dd').textContent();

/** A chart's table alternative as rows of cell texts. */
async function chartTable(page: Page, heading: string): Promise<string[][]> {
  const section = page.locator('section.chart', { has: page.getByRole('heading', { name: heading }) });
  await section.locator('summary').click();
  return section.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent!.trim())));
}

describe('analytics', () => {
  it('shows the totals and every chart of the seeded week, with tables of the same numbers', async () => {
    const { page, problems } = await dash.openSignedIn({ hash: RANGE });
    await expect.poll(() => total(page, 'Bookings')).toBe('7');
    expect(await total(page, 'Cancellation rate')).toBe('14.3%');
    expect(await total(page, 'No-show rate')).toBe('50%');
    const api = await dash.workspace.admin('GET', '/v1/analytics/bookings?from=2026-12-01&to=2026-12-07&groupBy=day');
    expect(api.status).toBe(200);
    const medianHours = api.body.totals.leadTimeHours.median as number;
    const number = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(n);
    expect(await total(page, 'Median lead time')).toBe(medianHours < 48 ? `${number(medianHours)} hours` : `${number(medianHours / 24)} days`);
    expect(await total(page, 'Revenue')).toBe('—');

    // Four charts drawn on canvases, each described and backed by a table.
    const canvases = page.locator('canvas[role=img]');
    expect(await canvases.count()).toBe(4);
    await expect.poll(() => canvases.evaluateAll((all) => all.every((c) => (c as HTMLCanvasElement).width > 0))).toBe(true);

    expect(await chartTable(page, 'By status')).toEqual([
      ['Awaiting confirmation', '1'], ['Confirmed', '3'], ['Cancelled', '1'], ['Completed', '1'], ['No-show', '1'],
    ]);
    const overTime = await chartTable(page, 'Bookings over time');
    expect(overTime).toHaveLength(7);
    expect(overTime.map((row) => [row[0], row[1]])).toEqual([
      ['2026-12-01', '4'], ['2026-12-02', '2'], ['2026-12-03', '1'], ['2026-12-04', '0'], ['2026-12-05', '0'], ['2026-12-06', '0'], ['2026-12-07', '0'],
    ]);
    expect(await chartTable(page, 'By event type')).toEqual(expect.arrayContaining([['Intro call', '6', '1', '—'], ['Consultation', '1', '0', '—']]));
    // Tuesday 09:00 and 09:30 share the 9 o'clock cell.
    expect(await chartTable(page, 'Busiest times')).toEqual([
      ['Tuesday', '09:00', '2'], ['Tuesday', '10:00', '1'], ['Tuesday', '14:00', '1'], ['Wednesday', '09:00', '1'], ['Wednesday', '10:00', '1'], ['Thursday', '10:00', '1'],
    ]);
    await checkA11y(page, 'analytics (light)');
    await screenshot(page, 'analytics-01-light');
    expect(problems).toEqual([]);
  });

  it('keeps range, grouping and filters in the URL', async () => {
    const { page } = await dash.openSignedIn({ hash: RANGE });
    await expect.poll(() => total(page, 'Bookings')).toBe('7');
    await page.getByLabel('Event type', { exact: true }).selectOption({ label: 'Consultation' });
    await expect.poll(() => total(page, 'Bookings')).toBe('1');
    expect(page.url()).toContain('eventType=');
    await page.getByLabel('Date range', { exact: true }).selectOption('7d');
    // The last 7 days up to Wednesday 2 December hold none of the consultation (Thursday).
    await expect.poll(() => page.getByText('No bookings in this range.').count()).toBe(1);
    expect(page.url()).toMatch(/range=7d/);
    await page.getByLabel('Date range', { exact: true }).selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill('2026-12-09');
    await page.getByLabel('To', { exact: true }).fill('2026-12-01');
    await page.getByLabel('To', { exact: true }).dispatchEvent('change');
    await page.getByText('The end date is before the start date.').waitFor();
  });

  it('is axe-clean in dark mode and fits a 360 px phone', async () => {
    const { page } = await dash.openSignedIn({ hash: RANGE, colorScheme: 'dark' });
    await expect.poll(() => total(page, 'Bookings')).toBe('7');
    await setTheme(page, 'dark');
    await checkA11y(page, 'analytics (dark)');
    await screenshot(page, 'analytics-02-dark');

    const phone = await dash.openSignedIn({ hash: RANGE, width: 360, height: 780 });
    await expect.poll(() => total(phone.page, 'Bookings')).toBe('7');
    await expectNoHorizontalScroll(phone.page, 'analytics at 360 px');
    await screenshot(phone.page, 'analytics-03-phone');
  });
});
