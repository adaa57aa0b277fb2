import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../server/test/fixtures/sql.ts';
import { checkA11y, expectNoHorizontalScroll, OWNER_PASSWORD, screenshot, setTheme, signIn, startDashboard, type DashboardFixture } from './fixtures/dashboard.ts';

/**
 * The shell as an admin meets it: sign-in (and its errors), first-run setup, password reset
 * from the emailed link, navigation, theme, sign-out; on a desktop and a 360 px phone.
 */
let dash: DashboardFixture;

beforeAll(async () => {
  dash = await startDashboard();
});
afterAll(() => dash?.close());

/** The reset link of the newest password-reset email to the owner (the outbox API hides it; the table has it). */
async function resetLinkFromOutbox(): Promise<string> {
  const rows = await sql<{ text: string }>(dash.server.dbUrl,
    `select text from outbox_message where recipient = $1 and kind = 'password_reset' order by created_at desc limit 1`, [dash.workspace.email]);
  const link = /https?:\/\/\S*#\/reset-password\?token=[\w.%-]+/.exec(rows[0]?.text ?? '')?.[0];
  if (!link) throw new Error('no password-reset email to the owner');
  return link;
}

async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).first().textContent();
}

describe('signing in', () => {
  it('says so inline when the password is wrong, then signs in and lands on bookings', async () => {
    const { page, problems } = await dash.open();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('Sign in · Slotkit');
    await checkA11y(page, 'sign-in (light)');
    await screenshot(page, 'shell-01-sign-in');

    await page.getByLabel('Workspace').fill(dash.workspace.slug);
    await page.getByLabel('Email').fill(dash.workspace.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: /\S/ }).textContent()).toContain('The workspace, email or password is not right.');
    await screenshot(page, 'shell-02-sign-in-error');

    await page.getByLabel('Password', { exact: true }).fill(OWNER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/bookings$/);
    await expect.poll(() => page.title()).toBe(`Bookings · Workspace ${dash.workspace.slug} · Slotkit`);
    expect(await page.getByRole('link', { name: 'Bookings', exact: true }).getAttribute('aria-current')).toBe('page');
    // Only the wrong password's 401 went wrong.
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
  });

  it('is axe-clean in dark mode on a 360 px phone', async () => {
    const { page } = await dash.open({ colorScheme: 'dark', width: 360, height: 740 });
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await checkA11y(page, 'sign-in (dark, 360 px)');
    await expectNoHorizontalScroll(page, 'sign-in at 360 px');
    await page.getByRole('link', { name: 'First run? Set up your workspace' }).click();
    await page.getByRole('heading', { name: 'Set up your workspace' }).waitFor();
    await checkA11y(page, 'setup (dark, 360 px)');
    await expectNoHorizontalScroll(page, 'setup at 360 px');
    await screenshot(page, 'shell-07-setup-dark-phone');
  });

  it('shows the wait when sign-in is throttled', async () => {
    const wrong = { workspace: dash.workspace.slug, email: 'someone@example.com', password: 'wrong password!' };
    for (let i = 0; i < 10; i++) await dash.server.request('POST', '/v1/auth/login', { body: wrong });
    const { page } = await dash.open();
    await page.getByLabel('Workspace').fill(wrong.workspace);
    await page.getByLabel('Email').fill(wrong.email);
    await page.getByLabel('Password', { exact: true }).fill(wrong.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: /\S/ }).textContent()).toBe('Too many attempts. Try again in 15 minutes.');
  });
});

describe('the shell', () => {
  it('navigates by hash, moves focus to each page heading and names the tab after it', async () => {
    const { page } = await dash.openSignedIn();
    await page.getByRole('link', { name: 'Analytics' }).click();
    await expect.poll(() => heading(page)).toBe('Analytics');
    await expect.poll(() => page.evaluate(() => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.tagName;
    })).toBe('H1');
    expect(await page.title()).toMatch(/^Analytics · /);

    await page.goto(`${dash.url}#/no-such-page`);
    await expect.poll(() => heading(page)).toBe('Page not found');
  });

  it('remembers the dark theme across reloads and passes axe in light and dark', async () => {
    const { page } = await dash.openSignedIn();
    await checkA11y(page, 'shell (light)');
    await setTheme(page, 'dark');
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await checkA11y(page, 'shell (dark)');
    await screenshot(page, 'shell-03-dark');
  });

  it('fits a 360 px phone: the menu button opens the navigation', async () => {
    const { page } = await dash.openSignedIn({ width: 360, height: 740 });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    await expectNoHorizontalScroll(page, 'phone, menu closed');
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    expect(await nav.isVisible()).toBe(true);
    await screenshot(page, 'shell-04-phone-menu');
    await page.getByRole('link', { name: 'Calendar', exact: true }).click();
    expect(await nav.isVisible()).toBe(false);
    await expectNoHorizontalScroll(page, 'phone, calendar');
  });

  it('signs out, and signing out everywhere ends the other sessions too', async () => {
    const first = await dash.openSignedIn();
    const second = await dash.openSignedIn();
    await first.page.getByRole('button', { name: /account menu/ }).click();
    await first.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await first.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await first.page.reload();
    await first.page.getByRole('heading', { name: 'Sign in' }).waitFor();

    const third = await dash.openSignedIn();
    await third.page.getByRole('button', { name: /account menu/ }).click();
    await third.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await third.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // The second tab's session ended too: its next call is answered 401 and it shows sign-in.
    await second.page.reload();
    await second.page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
});

describe('account screens', () => {
  it('sets up a new workspace with its owner API key', async () => {
    const fresh = await import('../../../server/test/harness.ts').then((h) => h.seedWorkspace(dash.server));
    const { page } = await dash.open();
    await page.getByLabel('Workspace').fill(fresh.slug);
    await page.getByLabel('Workspace').blur();
    // The workspace has no owner password yet: the screen offers setup.
    await page.getByRole('heading', { name: 'Set up your workspace' }).waitFor();
    await checkA11y(page, 'setup');
    await screenshot(page, 'shell-05-setup');
    await page.getByLabel('Owner API key').fill('sk_wrong');
    await page.getByLabel('Your name').fill('Nina Newowner');
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    // The browser's own check stops a too-short password before any request.
    expect(await page.getByRole('heading', { name: 'Set up your workspace' }).isVisible()).toBe(true);
    await page.getByLabel('New password').fill('a much longer password');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
    await page.getByLabel('Owner API key').fill(fresh.apiKey);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.getByRole('button', { name: /account menu/ }).textContent()).toContain('Nina Newowner');
  });

  it('resets a forgotten password through the emailed link', async () => {
    const { page } = await dash.open();
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Workspace').fill(dash.workspace.slug);
    await page.getByLabel('Email').fill(dash.workspace.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('reset link is on its way');
    await checkA11y(page, 'forgot password');

    const link = new URL(await resetLinkFromOutbox());
    await page.goto(`${dash.url}${link.hash}`);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password').fill('a brand new password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Your password is changed');
    await screenshot(page, 'shell-06-reset-done');

    await page.getByRole('link', { name: 'Back to sign in' }).click();
    await signIn(page, { ...dash.workspace, password: 'a brand new password' });
    // Put the old password back for the other tests (through the API: a second reset, a minute later).
    dash.server.clock.advance(60_000);
    await dash.server.request('POST', '/v1/auth/password-reset', { body: { workspace: dash.workspace.slug, email: dash.workspace.email } });
    const again = new URL(await resetLinkFromOutbox()).hash.split('token=')[1];
    const restored = await dash.server.request('POST', '/v1/auth/password-reset/confirm', { body: { token: again, password: OWNER_PASSWORD } });
    expect(restored.status).toBe(204);
  });

  it('lets an invited member choose a password and join', async () => {
    const invited = await dash.workspace.admin('POST', '/v1/members', { email: 'new.staff@example.com', name: 'Nora Staff', role: 'staff' });
    expect(invited.status).toBe(201);
    const { page } = await dash.open({ hash: new URL(invited.body.inviteUrl as string).hash });
    await page.getByRole('heading', { name: 'Join your team' }).waitFor();
    await checkA11y(page, 'accept invite');
    await page.getByLabel('Choose a password').fill('staff password 1');
    await page.getByRole('button', { name: 'Join and sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/bookings$/);
    await page.getByRole('button', { name: /account menu/ }).click();
    expect(await page.locator('.member-menu').textContent()).toContain('new.staff@example.com · staff');
  });
});
