import { describe, expect, it } from 'vitest';
import { checkA11y, screenshot } from '../fixtures/dashboard.ts';
import { go, useDashboard } from '../fixtures/use-dashboard.ts';
import { embedPreviewSettled } from '../steps/embed.ts';

/** Workspace settings (with the API's 422 inline) and the embed snippet generator with its live preview. */
const dash = useDashboard();

describe('settings', () => {
  it('saves name, zone, embed origins and branding, showing the API’s 422 next to the field', async () => {
    const { page } = await dash.openSignedIn();
    await go(page, '#/settings');
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.waitFor();
    await name.fill('Acme Studio');
    await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Paris');
    await page.getByRole('button', { name: 'Add origin' }).click();
    await page.getByLabel('Allowed origin 1').fill('https://shop.example/booking');
    await page.getByRole('button', { name: 'Add origin' }).click();
    await page.getByLabel('Allowed origin 2').fill('http://localhost:8080');
    await page.getByRole('textbox', { name: 'Accent colour', exact: true }).fill('#0f766e');
    // Only the server checks that the logo is a URL.
    await page.getByRole('textbox', { name: 'Logo URL' }).fill('logo.png');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const logo = page.getByRole('textbox', { name: 'Logo URL' });
    await expect.poll(() => logo.getAttribute('aria-invalid')).toBe('true');
    expect((await dash.workspace.admin('GET', '/v1/workspace')).body.name).not.toBe('Acme Studio');
    await checkA11y(page, 'settings with a 422');

    await logo.fill('https://cdn.example/logo.svg');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect((await dash.workspace.admin('GET', '/v1/workspace')).body).toMatchObject({
      name: 'Acme Studio', timezone: 'Europe/Paris', allowedOrigins: ['https://shop.example', 'http://localhost:8080'],
      branding: { accentColor: '#0f766e', logoUrl: 'https://cdn.example/logo.svg' },
    });
    // The typed address became its origin.
    expect(await page.getByLabel('Allowed origin 1').inputValue()).toBe('https://shop.example');
  });
});

describe('embed', () => {
  it('updates the snippet with every control and previews the real widget', async () => {
    const { page, context } = await dash.openSignedIn();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await go(page, '#/embed');
    const snippet = page.getByLabel('Embed snippet');
    await expect.poll(() => snippet.textContent()).toContain(`<booking-calendar workspace="${dash.workspace.slug}" event-type="intro-call"></booking-calendar>`);
    expect(await snippet.textContent()).toContain(`src="${dash.server.url}/widget/slotkit.js"`);
    // The preview is the widget itself, showing the intro call's month.
    await embedPreviewSettled(page);
    await checkA11y(page, 'embed with the calendar preview');

    await page.getByLabel('Element', { exact: true }).selectOption('button');
    await page.getByLabel('Theme', { exact: true }).selectOption('dark');
    await page.getByLabel('Language', { exact: true }).selectOption('de');
    await page.getByLabel('Accent colour', { exact: true }).fill('#0f766e');
    await page.getByRole('textbox', { name: 'Button label' }).fill('Jetzt buchen');
    await page.getByLabel('Opens as', { exact: true }).selectOption('popover');
    const expected = `<booking-button workspace="${dash.workspace.slug}" event-type="intro-call" theme="dark" locale="de" mode="popover" label="Jetzt buchen" style="--slotkit-accent: #0f766e"></booking-button>`;
    await expect.poll(() => snippet.textContent()).toContain(expected);

    const preview = page.locator('.preview booking-button');
    await page.locator('.preview booking-button [part~="button"]').getByText('Jetzt buchen').waitFor();
    expect(await preview.evaluate((el) => [el.getAttribute('mode'), el.getAttribute('theme'), el.getAttribute('locale'), getComputedStyle(el).getPropertyValue('--slotkit-accent').trim()]))
      .toEqual(['popover', 'dark', 'de', '#0f766e']);
    await page.getByRole('button', { name: 'Copy snippet' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(expected);
    await screenshot(page, 'embed-button');
  });

  it('has no axe violations on settings and embed, dark', async () => {
    const { page } = await dash.openSignedIn({ colorScheme: 'dark' });
    await go(page, '#/settings');
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    await checkA11y(page, 'settings (dark)');
    await go(page, '#/embed');
    await embedPreviewSettled(page);
    await checkA11y(page, 'embed (dark)');
    await screenshot(page, 'embed-dark');
  });
});
