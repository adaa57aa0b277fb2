import type { Page } from 'playwright-core';

/**
 * On the embed page: waits for the preview widget's month grid and for its entrance
 * animations (inside its shadow root) to end, so axe measures what stays on screen.
 */
export async function embedPreviewSettled(page: Page): Promise<void> {
  await page.locator('.preview booking-calendar [part~="grid"]').waitFor({ timeout: 15_000 });
  await page.locator('.preview booking-calendar').evaluate(async (el) => {
    await Promise.all((el.shadowRoot?.getAnimations() ?? []).map((a) => a.finished.catch(() => undefined)));
  });
}
