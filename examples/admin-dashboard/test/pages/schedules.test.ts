import { describe, expect, it } from 'vitest';
import { checkA11y, screenshot } from '../fixtures/dashboard.ts';
import { go, useDashboard } from '../fixtures/use-dashboard.ts';

/**
 * The schedule pages: weekly hours with several intervals and "copy to all days", date
 * overrides picked on the month calendar, blackouts in the schedule's zone, all as the API
 * stores them; overlapping hours are caught before saving.
 */
// Monday 30 November 2026, 08:00 in Berlin.
const dash = useDashboard({ now: '2026-11-30T07:00:00Z' });

describe('schedules', () => {
  it('saves weekly hours, overrides picked on the calendar and blackouts as entered', async () => {
    const { page } = await dash.openSignedIn();
    await go(page, '#/schedules/new');
    await page.getByRole('heading', { name: 'New schedule' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Shop hours');
    await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Berlin');

    // Monday: 09:00–12:00 and 13:00–18:00, copied to every day, then Sunday closed.
    await page.getByLabel('Monday hours 1 end').fill('12:00');
    await page.getByRole('button', { name: 'Add hours on Monday' }).click();
    await page.getByLabel('Monday hours 2 start').fill('13:00');
    await page.getByLabel('Monday hours 2 end').fill('18:00');
    await page.getByRole('button', { name: 'Copy to all days: Monday’s hours' }).click();
    await page.getByRole('checkbox', { name: 'Sunday', exact: true }).uncheck();

    // The calendar opens on this month; 24 December closed, 31 December 10:00–13:00.
    await page.getByRole('heading', { name: 'November 2026' }).waitFor();
    await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('button', { name: 'Thursday, December 24, 2026' }).click();
    await page.getByRole('radio', { name: 'Closed all day' }).check();
    await page.getByRole('button', { name: 'Thursday, December 31, 2026' }).click();
    await page.getByRole('radio', { name: 'Custom hours' }).check();
    // Custom hours start from the usual Thursday hours: keep one interval and change it.
    await page.getByRole('button', { name: 'Remove Thursday, December 31, 2026 13:00–18:00' }).click();
    await page.getByLabel('Thursday, December 31, 2026 hours 1 start').fill('10:00');
    await page.getByLabel('Thursday, December 31, 2026 hours 1 end').fill('13:00');
    expect(await page.getByRole('button', { name: 'Thursday, December 24, 2026, closed' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Add blackout' }).click();
    await page.getByLabel('Blackout 1 from').fill('2026-12-26T00:00');
    await page.getByLabel('until').fill('2027-01-02T00:00');
    await screenshot(page, 'schedule-editor-filled');
    await page.getByRole('button', { name: 'Create schedule' }).click();
    await page.waitForFunction(() => /#\/schedules\/[0-9a-f-]{36}$/.test(location.hash));
    const id = (await page.evaluate(() => location.hash)).split('/').pop()!;

    const saved = await dash.workspace.admin('GET', `/v1/schedules/${id}`);
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    expect(saved.body).toMatchObject({
      name: 'Shop hours', timezone: 'Europe/Berlin',
      weekly: days.flatMap((day) => [{ day, start: '09:00', end: '12:00' }, { day, start: '13:00', end: '18:00' }]),
      overrides: [{ date: '2026-12-24', intervals: [] }, { date: '2026-12-31', intervals: [{ start: '10:00', end: '13:00' }] }],
      // Midnight in Berlin (UTC+1) is 23:00 the day before in UTC.
      blackouts: [{ start: '2026-12-25T23:00:00Z', end: '2027-01-01T23:00:00Z' }],
    });

    // Renamed and saved again, the rest stays.
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Shop hours (winter)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Shop hours (winter)' }).waitFor();
    expect((await dash.workspace.admin('GET', `/v1/schedules/${id}`)).body).toEqual({ ...saved.body, name: 'Shop hours (winter)' });

    await go(page, '#/schedules');
    await page.getByRole('link', { name: 'Shop hours (winter)', exact: true }).waitFor();
    expect(await page.getByText('Mon–Sat 09:00–12:00, 13:00–18:00').count()).toBe(1);
  });

  it('catches overlapping hours next to the interval before saving', async () => {
    const { page } = await dash.openSignedIn();
    await go(page, '#/schedules/new');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Overlap');
    await page.getByRole('button', { name: 'Add hours on Tuesday' }).click();
    await page.getByLabel('Tuesday hours 2 start').fill('16:00');
    await page.getByLabel('Tuesday hours 2 end').fill('19:00');
    const before = (await dash.workspace.admin('GET', '/v1/schedules')).body.data.length;
    await page.getByRole('button', { name: 'Create schedule' }).click();
    await page.getByText('overlaps 09:00–17:00').waitFor();
    expect(await page.getByLabel('Tuesday hours 2 start').getAttribute('aria-invalid')).toBe('true');
    expect((await dash.workspace.admin('GET', '/v1/schedules')).body.data.length).toBe(before);
  });

  it('moves through the override calendar with the keyboard, one tab stop', async () => {
    const { page } = await dash.openSignedIn();
    await go(page, `#/schedules/${dash.workspace.scheduleId}`);
    const today = page.getByRole('button', { name: 'Monday, November 30, 2026' });
    expect(await today.getAttribute('tabindex')).toBe('0');
    expect(await page.getByRole('button', { name: 'Tuesday, November 24, 2026' }).getAttribute('tabindex')).toBe('-1');
    await today.focus();
    // Into December, three weeks down, two days right: Thursday 24 December.
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    await page.getByRole('heading', { name: 'December 2026' }).waitFor();
    expect(await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('aria-label');
    })).toBe('Thursday, December 24, 2026');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Thursday, December 24, 2026' }).waitFor();
  });

  it('has no axe violations on the list and the editor, light and dark', async () => {
    const { scheduleId } = dash.workspace;
    for (const theme of ['light', 'dark'] as const) {
      const { page } = await dash.openSignedIn({ colorScheme: theme });
      await go(page, '#/schedules');
      await page.getByRole('link', { name: 'Office hours', exact: true }).waitFor();
      await checkA11y(page, `schedules (${theme})`);
      await go(page, `#/schedules/${scheduleId}`);
      await page.getByRole('heading', { name: 'Office hours' }).waitFor();
      await page.getByRole('button', { name: 'Next month' }).click();
      await page.getByRole('button', { name: 'Friday, December 25, 2026' }).click();
      await page.getByRole('radio', { name: 'Custom hours' }).check();
      await page.getByRole('button', { name: 'Add blackout' }).click();
      await checkA11y(page, `schedule editor (${theme})`);
      await screenshot(page, `schedule-editor-${theme}`);
    }
  });
});
