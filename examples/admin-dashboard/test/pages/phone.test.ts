import { describe, it } from 'vitest';
import { checkA11y, expectNoHorizontalScroll, screenshot } from '../fixtures/dashboard.ts';
import { go, useDashboard } from '../fixtures/use-dashboard.ts';
import { embedPreviewSettled } from '../steps/embed.ts';

/** Every resource page on a 360 px phone in dark mode: nothing scrolls sideways, axe finds nothing. */
const dash = useDashboard();

describe('on a 360 px phone', () => {
  it('fits every resource page without sideways scrolling', async () => {
    const { page } = await dash.openSignedIn({ width: 360, height: 780, colorScheme: 'dark' });
    const { eventTypeId, scheduleId } = dash.workspace;
    const pages: [string, string][] = [
      ['#/event-types', 'Event types'], [`#/event-types/${eventTypeId}`, 'Intro call'], ['#/event-types/new', 'New event type'],
      ['#/schedules', 'Schedules'], [`#/schedules/${scheduleId}`, 'Office hours'], ['#/hosts', 'Hosts'], ['#/members', 'Members'],
      ['#/api-keys', 'API keys'], ['#/payments', 'Payments'], ['#/webhooks', 'Webhooks'], ['#/emails', 'Emails'], ['#/embed', 'Embed'],
      ['#/settings', 'Settings'],
    ];
    for (const [hash, heading] of pages) {
      await go(page, hash);
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
      // Let the page's data arrive (its loading state leaves).
      await page.locator('sk-state[kind="loading"]').first().waitFor({ state: 'detached' });
      if (hash === '#/embed') await embedPreviewSettled(page);
      await expectNoHorizontalScroll(page, `${hash} at 360 px`);
      await checkA11y(page, `${hash} at 360 px (dark)`);
      await screenshot(page, `phone${hash.replace(/[#/]+/g, '-').replace(/-[0-9a-f-]{36}$/, '-edit')}`);
    }
  });
});
