import { describe, expect, it } from 'vitest';
import { checkA11y, screenshot } from '../fixtures/dashboard.ts';
import { go, useDashboard } from '../fixtures/use-dashboard.ts';

/**
 * Who and what may use the workspace: hosts (with their calendar feed), members (invite,
 * role change, the last owner kept), API keys (the secret shown once, revoked after asking).
 */
const dash = useDashboard();

describe('API keys', () => {
  it('shows a new key’s secret once, copies it, and revokes the key after asking', async () => {
    const { page, context } = await dash.openSignedIn();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await go(page, '#/api-keys');
    await page.getByRole('button', { name: 'New API key' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Website backend');
    await page.getByLabel('Role', { exact: true }).selectOption('staff');
    await page.getByRole('button', { name: 'Create key' }).click();

    const secretBox = page.getByRole('textbox', { name: 'Secret of Website backend' });
    const secret = await secretBox.inputValue();
    expect(secret).toMatch(/^sk_/);
    await page.getByRole('button', { name: 'Copy secret' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await checkA11y(page, 'api key secret dialog');
    await page.getByRole('button', { name: 'Done' }).click();
    // Gone from the page for good: only its prefix is listed.
    expect(await page.getByText(secret).count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    await page.getByText(`${secret.slice(0, 8)}`, { exact: false }).first().waitFor();

    const withKey = await dash.server.request('GET', '/v1/workspace', { headers: { authorization: `Bearer ${secret}` } });
    expect(withKey.status).toBe(200);
    const listed = await dash.workspace.admin('GET', '/v1/api-keys');
    expect(listed.body.data.find((k: { name: string }) => k.name === 'Website backend')).toMatchObject({ role: 'staff' });

    await page.getByRole('button', { name: 'Revoke Website backend' }).click();
    await page.getByRole('button', { name: 'Revoke key' }).click();
    await page.getByText('Website backend revoked.').waitFor();
    expect((await dash.server.request('GET', '/v1/workspace', { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);
  });
});

describe('members', () => {
  it('invites a staff member for a host, changes their role, and explains the last owner rule', async () => {
    const { page } = await dash.openSignedIn();
    await go(page, '#/members');
    await page.getByRole('button', { name: 'Invite member' }).click();
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('sam@example.com');
    await page.getByRole('textbox', { name: 'Name (optional)' }).fill('Sam Staff');
    await page.getByLabel('Role', { exact: true }).selectOption('staff');
    await page.getByRole('checkbox', { name: 'Ada Lovelace' }).check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const link = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    expect(link).toMatch(/accept-invite\?token=/);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Invited').waitFor();

    const members = async () => (await dash.workspace.admin('GET', '/v1/members')).body.data as { email: string; role: string; hostIds: string[]; status: string }[];
    expect((await members()).find((m) => m.email === 'sam@example.com')).toMatchObject({ role: 'staff', hostIds: [dash.workspace.hostId], status: 'invited' });

    await page.getByLabel('Role of Sam Staff').selectOption('viewer');
    await page.getByText('Sam Staff is now viewer.').waitFor();
    expect((await members()).find((m) => m.email === 'sam@example.com')?.role).toBe('viewer');

    // The only owner cannot step down.
    await page.getByLabel('Role of Olivia Owner').selectOption('admin');
    await page.getByText('A workspace always needs an owner.').waitFor();
    expect(await page.getByLabel('Role of Olivia Owner').inputValue()).toBe('owner');
    expect((await members()).find((m) => m.email === dash.workspace.email)?.role).toBe('owner');
    await screenshot(page, 'members-last-owner');
    await checkA11y(page, 'members with an error');
  });
});

describe('hosts', () => {
  it('adds a host with a zone and schedule, and shows and rotates their calendar feed', async () => {
    const { page } = await dash.openSignedIn();
    await go(page, '#/hosts');
    await page.getByRole('button', { name: 'New host' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Grace Hopper');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('grace@example.com');
    await page.getByRole('combobox', { name: 'Time zone' }).fill('America/New_York');
    await page.getByLabel('Schedule', { exact: true }).selectOption({ label: 'Office hours (Europe/Berlin)' });
    await page.getByRole('button', { name: 'Add host' }).click();
    await page.getByText('Grace Hopper added.').waitFor();
    const hosts = (await dash.workspace.admin('GET', '/v1/hosts')).body.data as { id: string; name: string }[];
    const grace = hosts.find((h) => h.name === 'Grace Hopper');
    expect(grace).toMatchObject({ email: 'grace@example.com', timezone: 'America/New_York', scheduleId: dash.workspace.scheduleId });

    await page.getByRole('button', { name: 'Calendar feed of Grace Hopper' }).click();
    const address = page.getByRole('textbox', { name: 'Feed address' });
    await expect.poll(() => address.inputValue()).toMatch(/^http/);
    const first = await address.inputValue();
    expect(first).toBe((await dash.workspace.admin('GET', `/v1/hosts/${grace!.id}/calendar-feed`)).body.url);
    await page.getByRole('button', { name: 'Rotate address…' }).click();
    await page.getByRole('button', { name: 'Make a new address' }).click();
    await expect.poll(() => address.inputValue()).not.toBe(first);
    expect(await address.inputValue()).toBe((await dash.workspace.admin('GET', `/v1/hosts/${grace!.id}/calendar-feed`)).body.url);
  });

  it('has no axe violations on hosts, members and API keys, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page } = await dash.openSignedIn({ colorScheme: theme });
      for (const [hash, ready] of [['#/hosts', 'Edit Ada Lovelace'], ['#/members', 'Remove Olivia Owner'], ['#/api-keys', 'New API key']] as const) {
        await go(page, hash);
        await page.getByRole('button', { name: ready }).waitFor();
        await checkA11y(page, `${hash} (${theme})`);
      }
      await go(page, '#/hosts');
      await page.getByRole('button', { name: 'Edit Ada Lovelace' }).click();
      await checkA11y(page, `host dialog (${theme})`);
      await screenshot(page, `host-dialog-${theme}`);
    }
  });
});
