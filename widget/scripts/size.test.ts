import { expect, it } from 'vitest';
import { measureWidgetSize, WIDGET_SIZE_BUDGET_BYTES } from './size.ts';

it('keeps the CDN bundle within 30 KB gzip', async () => {
  const { minified, gzip } = await measureWidgetSize();
  // Sanity: the bundle really holds Lit and the components (a failed build is not "small").
  expect(minified).toBeGreaterThan(10_000);
  expect(gzip).toBeLessThanOrEqual(WIDGET_SIZE_BUDGET_BYTES);
});
