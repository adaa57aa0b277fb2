import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmationEventType, seedBookings } from './fixtures/bookings.ts';
import { checkA11y, expectNoHorizontalScroll, screenshot, setTheme, startDashboard, type DashboardFixture } from './fixtures/dashboard.ts';

/**
 * The calendar and a booking's page: week and day views in the workspace zone, keyboard
 * movement between bookings, notes, and the actions each status allows.
 */
let dash: DashboardFixture;
let uids: string[];

beforeAll(async () => {
  dash = await startDashboard({ now: '2026-11-30T07:00:00Z', timezone: 'Europe/Berlin' });
  await createConfirmationEventType(dash);
  uids = await seedBookings(dash, [
    { start: '2026-12-01T08:00:00Z', name: 'Ada Lovelace' },
    { start: '2026-12-01T10:00:00Z', name: 'Grace Hopper' },
    { start: '2026-12-03T13:30:00Z', name: 'Alan Turing' },
    { start: '2026-12-02T09:00:00Z', name: 'Katherine Johnson', eventType: 'consult' },
  ]);
});
afterAll(() => dash?.close());

/** The element with focus, looking through shadow roots. */
function focused(page: Page) {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.textContent?.replace(/\s+/g, ' ').trim();
  });
}

describe('the calendar', () => {
  it('shows the week in Berlin time, moves between bookings with arrow keys and opens one with Enter', async () => {
    const { page, problems } = await dash.openSignedIn({ hash: '#/bookings/calendar' });
    const tuesday = page.getByRole('list', { name: 'Bookings on Tuesday, December 1' });
    await tuesday.getByRole('link').first().waitFor();
    expect(await tuesday.getByRole('link').count()).toBe(2);
    // Each block's name says when, who, what and its status (in Berlin time: the workspace's zone).
    expect(await tuesday.ariaSnapshot()).toContain('link "9:00 AM to 9:30 AM: Ada Lovelace Intro call (Confirmed)"');
    expect(await page.getByRole('list', { name: 'Bookings on Wednesday, December 2' }).ariaSnapshot())
      .toContain('link "10:00 AM to 10:30 AM: Katherine Johnson Consultation (Awaiting confirmation)"');
    await checkA11y(page, 'calendar week (light)');
    await screenshot(page, 'calendar-01-week');

    await tuesday.getByRole('link').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatch(/Grace Hopper/);
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatch(/Katherine Johnson/);
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatch(/Alan Turing/);
    await page.keyboard.press('Home');
    expect(await focused(page)).toMatch(/Ada Lovelace/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`#/bookings/${uids[0]}`);
    expect(problems).toEqual([]);
  });

  it('pages by week and day and keeps the view in the URL', async () => {
    const { page } = await dash.openSignedIn({ hash: '#/bookings/calendar' });
    await page.getByRole('link', { name: 'Day', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/view=day&date=2026-11-30/);
    await page.getByRole('button', { name: 'Next day' }).click();
    await page.getByRole('list', { name: 'Bookings on Tuesday, December 1' }).getByRole('link').nth(1).waitFor();
    expect(await page.locator('section.day').count()).toBe(1);
    await page.getByRole('button', { name: 'Next day' }).click();
    await page.getByRole('button', { name: 'Next day' }).click();
    await page.getByRole('list', { name: 'Bookings on Thursday, December 3' }).getByRole('link').waitFor();
    await setTheme(page, 'dark');
    await checkA11y(page, 'calendar day (dark)');

    const phone = await dash.openSignedIn({ hash: '#/bookings/calendar', width: 360, height: 780 });
    await phone.page.getByRole('list', { name: 'Bookings on Tuesday, December 1' }).getByRole('link').first().waitFor();
    await expectNoHorizontalScroll(phone.page, 'calendar at 360 px');
    await screenshot(phone.page, 'calendar-02-phone');
  });
});

describe('a booking', () => {
  it('shows its fields and history, takes internal notes, and offers only the actions its status allows', async () => {
    const { page, problems } = await dash.openSignedIn({ hash: `#/bookings/${uids[3]}` });
    await page.getByRole('heading', { name: 'Katherine Johnson · Consultation', level: 1 }).waitFor();
    expect(await page.title()).toMatch(/^Katherine Johnson · Consultation · /);
    const details = page.locator('dl');
    expect(await details.textContent()).toContain('katherine.johnson@example.com');
    expect(await details.textContent()).toContain(uids[3]);
    const actions = async () => page.locator('sk-page-header .actions button').allTextContents();
    expect(await actions()).toEqual(['Confirm', 'Decline…', 'Reschedule…', 'Cancel booking…']);

    await page.getByLabel('Internal note').fill('Prefers a call after 10.\nAsk about the budget.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Prefers a call after 10.').waitFor();
    const history = page.locator('.timeline li');
    expect(await history.first().textContent()).toContain('Internal note');
    // Notes never reach the customer's side of the API.
    const detail = await dash.workspace.admin('GET', `/v1/bookings/${uids[3]}`);
    expect(detail.body.history.at(-1)).toMatchObject({ type: 'note', data: { text: 'Prefers a call after 10.\nAsk about the budget.' } });
    await checkA11y(page, 'booking detail (light)');
    await screenshot(page, 'booking-01-detail');

    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect.poll(() => page.locator('.status-line .badge').textContent()).toBe('Confirmed');
    expect(await actions()).toEqual(['Reschedule…', 'Cancel booking…']);

    await page.getByRole('button', { name: 'Cancel booking…' }).click();
    await page.locator('sk-dialog').getByLabel('Reason (optional, shown to the customer)').fill('Host is ill');
    await page.locator('sk-dialog').getByRole('button', { name: 'Cancel booking' }).click();
    await expect.poll(() => page.locator('.status-line .badge').textContent()).toBe('Cancelled');
    expect(await actions()).toEqual([]);
    expect(await history.first().textContent()).toMatch(/Cancelled[\s\S]*Reason: Host is ill/);
    await setTheme(page, 'dark');
    await checkA11y(page, 'booking detail (dark)');
    expect(problems).toEqual([]);
  });

  it('marks a past booking completed or no-show', async () => {
    dash.server.clock.set('2026-12-01T08:45:00Z');
    const { page } = await dash.openSignedIn({ hash: `#/bookings/${uids[0]}` });
    await page.getByRole('button', { name: 'Mark no-show' }).click();
    await expect.poll(() => page.locator('.status-line .badge').textContent()).toBe('No-show');
    expect(await page.locator('sk-page-header .actions button').count()).toBe(0);

    const phone = await dash.openSignedIn({ hash: `#/bookings/${uids[1]}`, width: 360, height: 780 });
    await phone.page.getByRole('heading', { name: /Grace Hopper/, level: 1 }).waitFor();
    await expectNoHorizontalScroll(phone.page, 'booking detail at 360 px');
    await screenshot(phone.page, 'booking-02-phone');
  });
});
