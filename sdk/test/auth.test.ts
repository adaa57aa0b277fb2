import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/test/fixtures/sql.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../../server/test/harness.ts';
import { ForbiddenError, Slotkit, UnauthorizedError, ValidationError, type Session, type SlotkitError } from '../src/index.ts';

// Dashboard sign-in through the SDK against a real server, with no API key: the session
// cookie (kept by a small cookie jar, as a browser would) and the CSRF token option.
let server: TestServer;
let seed: Awaited<ReturnType<typeof seedWorkspace>>;

/** A fetch that keeps the session cookie like a browser, and records what each call sent. */
function browserLikeFetch() {
  let cookie: string | undefined;
  const sent: { method: string; url: string; headers: Record<string, string>; credentials: RequestCredentials | undefined }[] = [];
  const jarFetch: typeof fetch = async (input, init = {}) => {
    const headers = { ...(init.headers as Record<string, string>) };
    sent.push({ method: init.method ?? 'GET', url: String(input), headers, credentials: init.credentials });
    const response = await fetch(input, { ...init, headers: { ...headers, ...(cookie ? { cookie } : {}) } });
    const set = response.headers.getSetCookie().find((c) => c.startsWith('slotkit_session='));
    if (set) cookie = /expires=Thu, 01 Jan 1970/i.test(set) ? undefined : set.split(';')[0];
    return response;
  };
  return { fetch: jarFetch, sent, cookie: () => cookie };
}

/** A dashboard-like client: no API key, the CSRF token of the current session. */
function dashboardClient() {
  const browser = browserLikeFetch();
  let session: Session | undefined;
  const client = new Slotkit({ baseUrl: server.url, fetch: browser.fetch, credentials: 'same-origin', csrfToken: () => session?.csrfToken, maxRetries: 0 });
  return { client, browser, use: (s: Session) => { session = s; return s; } };
}

beforeAll(async () => {
  server = await startTestServer();
  seed = await seedWorkspace(server);
});
afterAll(async () => { await server?.close(); });

describe('auth and members through the SDK', () => {
  it('sets up the owner, keeps the session, sends X-CSRF-Token on writes only, and manages members', async () => {
    const { client, browser, use } = dashboardClient();
    expect(await client.auth.setupNeeded(seed.slug)).toEqual({ needed: true });
    const session = use(await client.auth.setup({ workspace: seed.slug, apiKey: seed.apiKey, password: 'owner-password-1', name: 'Olive Owner' }));
    expect(session.member).toMatchObject({ name: 'Olive Owner', role: 'owner' });
    expect(browser.cookie()).toBeTruthy();
    expect((await client.auth.session()).workspace.slug).toBe(seed.slug);

    const invited = await client.members.invite({ email: 'sam@example.com', role: 'staff', hostIds: [seed.hostId] });
    expect(invited.member).toMatchObject({ email: 'sam@example.com', status: 'invited', hostIds: [seed.hostId] });
    const write = browser.sent.at(-1)!;
    expect(write.method).toBe('POST');
    expect(write.headers['x-csrf-token']).toBe(session.csrfToken);
    expect(write.headers.authorization).toBeUndefined();
    expect(write.credentials).toBe('same-origin');
    const read = browser.sent.find((c) => c.method === 'GET' && c.url.endsWith('/v1/auth/session'))!;
    expect(read.headers['x-csrf-token']).toBeUndefined();

    const page = await client.members.list({ limit: 1 });
    expect(page.data).toHaveLength(1);
    expect(page.nextCursor).toBeTruthy();
    expect((await client.members.list({ cursor: page.nextCursor! })).data.map((m) => m.email)).toEqual(['sam@example.com']);
    expect((await client.members.get(invited.member.id)).role).toBe('staff');
    expect((await client.members.update(invited.member.id, { role: 'viewer', hostIds: [] })).role).toBe('viewer');
    const lastOwner = await client.members.update(session.member.id, { role: 'admin' }).then(() => undefined, (e: SlotkitError) => e);
    expect(lastOwner?.status).toBe(409);
    expect(lastOwner?.code).toBe('last_owner');
    await client.members.remove(invited.member.id);
    expect((await client.members.list()).data).toHaveLength(1);

    const again = await client.auth.setup({ workspace: seed.slug, apiKey: seed.apiKey, password: 'owner-password-2' }).then(() => undefined, (e: SlotkitError) => e);
    expect(again?.code).toBe('setup_done');

    await client.auth.logout();
    await expect(client.auth.session()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('refuses a cookie write without the CSRF token', async () => {
    const browser = browserLikeFetch();
    const client = new Slotkit({ baseUrl: server.url, fetch: browser.fetch, maxRetries: 0 });
    await client.auth.login({ workspace: seed.slug, email: `owner@${seed.slug}.test`, password: 'owner-password-1' });
    expect((await client.workspace.get()).slug).toBe(seed.slug);
    const refused = await client.workspace.update({ name: 'No CSRF' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as ForbiddenError).message).toMatch(/CSRF/);
    const withToken = new Slotkit({ baseUrl: server.url, fetch: browser.fetch, csrfToken: (await client.auth.session()).csrfToken, maxRetries: 0 });
    expect((await withToken.workspace.update({ name: 'With CSRF' })).name).toBe('With CSRF');
    await withToken.auth.logoutAll();
    await expect(client.auth.session()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('accepts an invitation, resets a password from the emailed link, and rejects wrong credentials', async () => {
    const owner = dashboardClient();
    owner.use(await owner.client.auth.login({ workspace: seed.slug, email: `owner@${seed.slug}.test`, password: 'owner-password-1' }));
    const { inviteUrl } = await owner.client.members.invite({ email: 'vera@example.com', role: 'viewer' });
    const invitee = dashboardClient();
    const token = new URL(inviteUrl.replace('/#/', '/')).searchParams.get('token')!;
    const accepted = invitee.use(await invitee.client.auth.acceptInvite({ token, password: 'viewer-password-1' }));
    expect(accepted.member).toMatchObject({ email: 'vera@example.com', role: 'viewer', status: 'active' });
    await expect(invitee.client.members.invite({ email: 'x@example.com', role: 'viewer' })).rejects.toBeInstanceOf(ForbiddenError);

    expect(await invitee.client.auth.requestPasswordReset({ workspace: seed.slug, email: 'vera@example.com' })).toEqual({ accepted: true });
    const [email] = await sql<{ text: string }>(server.dbUrl, `select text from outbox_message where recipient = 'vera@example.com' and kind = 'password_reset'`);
    const resetToken = /reset-password\?token=([\w-]+)/.exec(email!.text)![1]!;
    await expect(invitee.client.auth.resetPassword({ token: resetToken, password: 'short' })).rejects.toBeInstanceOf(ValidationError);
    await invitee.client.auth.resetPassword({ token: resetToken, password: 'viewer-password-2' });
    await expect(invitee.client.auth.session()).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(invitee.client.auth.login({ workspace: seed.slug, email: 'vera@example.com', password: 'viewer-password-1' })).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await invitee.client.auth.login({ workspace: seed.slug, email: 'vera@example.com', password: 'viewer-password-2' })).member.role).toBe('viewer');
  });
});
