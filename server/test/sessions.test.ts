import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFrom } from './fixtures/http-from.ts';
import { inviteAndSignIn, login, sessionFrom, sessionSetCookie, setupOwner, type SignedIn } from './fixtures/sessions.ts';
import { sql } from './fixtures/sql.ts';
import { seedDemo } from '../src/services/demo-seed.ts';
import { seedWorkspace, startTestServer, type TestServer } from './harness.ts';

// Dashboard sign-in on real servers: cookies, CSRF, sessions shared by two API processes,
// expiry on the test clock, throttling, password reset and invitations through the outbox.
let server: TestServer;
let second: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let owner: SignedIn;
const OWNER_PASSWORD = 'owner-password-1';
const ownerEmail = () => `owner@${ws.slug}.test`;

beforeAll(async () => {
  server = await startTestServer();
  // A second API process on the same database, public over https (Secure cookies).
  second = await startTestServer({ dbUrl: server.dbUrl, env: { PUBLIC_URL: 'https://book.example.com' } });
  ws = await seedWorkspace(server);
  owner = await setupOwner(server, ws, OWNER_PASSWORD);
});
afterAll(async () => {
  await second?.close();
  await server?.close();
});

/** The single-use link's token from the newest account email to `recipient` (read from the outbox table). */
async function tokenFromEmail(recipient: string, kind: string): Promise<string> {
  const [row] = await sql<{ text: string }>(server.dbUrl,
    `select text from outbox_message where recipient = $1 and kind = $2 order by created_at desc limit 1`, [recipient, kind]);
  const link = /https?:\/\/\S+token=([\w-]+)/.exec(row?.text ?? '');
  if (!link) throw new Error(`no ${kind} email to ${recipient}`);
  return link[1]!;
}

describe('sign-in and cookie', () => {
  it('sets an httpOnly SameSite=Lax cookie for 30 days and answers the session', async () => {
    const res = await server.request('POST', '/v1/auth/login', { body: { workspace: ws.slug, email: ownerEmail(), password: OWNER_PASSWORD } });
    expect(res.status).toBe(200);
    const cookie = sessionSetCookie(res.headers)!;
    expect(cookie).toMatch(/; httponly/i);
    expect(cookie).toMatch(/; samesite=lax/i);
    expect(cookie).toMatch(/; path=\//i);
    expect(cookie).not.toMatch(/; secure/i);
    const expires = Date.parse(/expires=([^;]+)/i.exec(cookie)![1]!);
    expect(expires - server.clock.now().getTime()).toBeGreaterThan(29 * 86_400_000);
    expect(res.body).toMatchObject({ member: { email: ownerEmail(), role: 'owner', status: 'active' }, workspace: { slug: ws.slug, timezone: 'UTC' } });
    expect(res.body.csrfToken).toEqual(expect.any(String));
    const me = sessionFrom(server, res);
    const session = await me.request('GET', '/v1/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.csrfToken).toBe(res.body.csrfToken);
    expect(session.body.member.lastSignInAt).toBe('2026-11-30T06:00:00Z');
    // The session reaches admin routes like an owner key.
    expect((await me.request('GET', '/v1/hosts')).body.data).toHaveLength(1);
    // The token is stored only as a hash.
    const stored = await sql<{ token_hash: string }>(server.dbUrl, 'select token_hash from member_session');
    expect(stored.map((s) => s.token_hash)).not.toContain(me.cookie.split('=')[1]);
  });

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const res = await second.request('POST', '/v1/auth/login', { body: { workspace: ws.slug, email: ownerEmail(), password: OWNER_PASSWORD } });
    expect(res.status).toBe(200);
    expect(sessionSetCookie(res.headers)).toMatch(/; secure/i);
  });

  it('answers 401 without a session, and a wrong or unknown account the same way', async () => {
    expect((await server.request('GET', '/v1/auth/session')).status).toBe(401);
    expect((await server.request('GET', '/v1/auth/session', { headers: { cookie: 'slotkit_session=forged-token-forged-token' } })).status).toBe(401);
    const attempt = async (workspace: string, email: string, password: string) => {
      const res = await requestFrom('127.0.0.9', `${server.url}/v1/auth/login`, { method: 'POST', body: { workspace, email, password } });
      const { requestId: _, ...body } = res.body;
      return { status: res.status, body, cookie: res.headers['set-cookie'] };
    };
    const wrongPassword = await attempt(ws.slug, ownerEmail(), 'not-the-password');
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body.code).toBe('unauthorized');
    expect(wrongPassword.cookie).toBeUndefined();
    expect(await attempt(ws.slug, 'nobody@example.com', 'not-the-password')).toEqual(wrongPassword);
    expect(await attempt('no-such-workspace', ownerEmail(), 'not-the-password')).toEqual(wrongPassword);
    // Emails match case-insensitively.
    expect((await server.request('POST', '/v1/auth/login', { body: { workspace: ws.slug, email: ownerEmail().toUpperCase(), password: OWNER_PASSWORD } })).status).toBe(200);
  });
});

describe('sessions across processes, logout and expiry', () => {
  it('works on a second API process sharing the database, and logout there ends it here', async () => {
    const me = await login(server, ws.slug, ownerEmail(), OWNER_PASSWORD);
    expect((await me.request('GET', '/v1/auth/session', undefined, { server: second })).status).toBe(200);
    expect((await me.request('PATCH', '/v1/workspace', { name: 'Renamed on two' }, { server: second })).status).toBe(200);
    const out = await me.request('POST', '/v1/auth/logout', undefined, { server: second });
    expect(out.status).toBe(204);
    expect(sessionSetCookie(out.headers)).toMatch(/expires=Thu, 01 Jan 1970/i);
    expect((await me.request('GET', '/v1/auth/session')).status).toBe(401);
    expect((await me.request('GET', '/v1/bookings')).status).toBe(401);
  });

  it('logout-all ends every session of the member, not other members\'', async () => {
    const a = await login(server, ws.slug, ownerEmail(), OWNER_PASSWORD);
    const b = await login(server, ws.slug, ownerEmail(), OWNER_PASSWORD);
    const viewer = await inviteAndSignIn(server, ws, { email: 'viewer-logout@example.com', role: 'viewer' });
    expect((await a.request('POST', '/v1/auth/logout-all')).status).toBe(204);
    expect((await a.request('GET', '/v1/auth/session')).status).toBe(401);
    expect((await b.request('GET', '/v1/auth/session')).status).toBe(401);
    expect((await owner.request('GET', '/v1/auth/session')).status).toBe(401);
    expect((await viewer.request('GET', '/v1/auth/session')).status).toBe(200);
    owner = await login(server, ws.slug, ownerEmail(), OWNER_PASSWORD);
  });

  it('expires 30 days after sign-in however active, and records activity at most once a minute', async () => {
    const start = server.clock.now().getTime();
    const me = await login(server, ws.slug, ownerEmail(), OWNER_PASSWORD);
    const hash = createHash('sha256').update(me.cookie.split('=')[1]!).digest('hex');
    const seen = async () => (await sql<{ last_seen_at: Date }>(server.dbUrl, 'select last_seen_at from member_session where token_hash = $1', [hash]))[0]!.last_seen_at.getTime();
    server.clock.advance(30_000);
    expect((await me.request('GET', '/v1/auth/session')).status).toBe(200);
    expect(await seen()).toBe(start);
    server.clock.advance(31_000);
    expect((await me.request('GET', '/v1/auth/session')).status).toBe(200);
    expect(await seen()).toBe(start + 61_000);
    server.clock.set(new Date(start + 30 * 86_400_000 - 1000).toISOString());
    expect((await me.request('GET', '/v1/auth/session')).status).toBe(200);
    server.clock.advance(1000);
    expect((await me.request('GET', '/v1/auth/session')).status).toBe(401);
    server.clock.set(new Date(start).toISOString());
  });
});

describe('CSRF', () => {
  it('refuses cookie writes without the right X-CSRF-Token, and needs none for reads or API keys', async () => {
    const missing = await owner.request('PATCH', '/v1/workspace', { name: 'No token' }, { csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('forbidden');
    expect(missing.body.detail).toMatch(/CSRF/);
    const other = await login(server, ws.slug, ownerEmail(), OWNER_PASSWORD);
    const wrong = await owner.request('PATCH', '/v1/workspace', { name: 'Wrong token' }, { csrf: other.csrfToken });
    expect(wrong.status).toBe(403);
    expect(wrong.body.detail).toMatch(/CSRF/);
    expect((await owner.request('POST', '/v1/auth/logout', undefined, { csrf: 'nope' })).status).toBe(403);
    expect((await owner.request('GET', '/v1/workspace', undefined, { csrf: false })).body.name).not.toBe('No token');
    const right = await owner.request('PATCH', '/v1/workspace', { name: 'Right token' });
    expect(right.status).toBe(200);
    expect(right.body.name).toBe('Right token');
    expect((await ws.admin('PATCH', '/v1/workspace', { name: 'By key' })).status).toBe(200);
  });
});

describe('login CSRF', () => {
  const signInRoutes = ['/v1/auth/login', '/v1/auth/setup', '/v1/auth/accept-invite', '/v1/auth/password-reset/confirm'];
  const credentials = () => JSON.stringify({ workspace: ws.slug, email: ownerEmail(), password: OWNER_PASSWORD });

  it('refuses sign-in bodies that are not declared JSON (what a cross-site form or fetch can send without a preflight)', async () => {
    // A Blob without a type goes with no Content-Type at all; a string goes as text/plain.
    for (const body of [new Blob([credentials()]), credentials()]) {
      const res = await fetch(`${server.url}/v1/auth/login`, { method: 'POST', body });
      const problem = await res.json();
      expect(res.status).toBe(403);
      expect(problem.code).toBe('forbidden');
      expect(problem.detail).toMatch(/Content-Type: application\/json/);
      expect(res.headers.getSetCookie()).toEqual([]);
    }
    for (const path of signInRoutes) {
      const res = await fetch(`${server.url}${path}`, { method: 'POST', body: new Blob(['{}']) });
      expect(res.status, path).toBe(403);
    }
    // Other spellings of the path the router accepts are guarded too.
    expect((await fetch(`${server.url}/V1/Auth/Login/`, { method: 'POST', body: new Blob([credentials()]) })).status).toBe(403);
    // The same request declared as JSON signs in.
    const json = await fetch(`${server.url}/v1/auth/login`, { method: 'POST', body: credentials(), headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(json.status).toBe(200);
  });

  it('refuses sign-in requests a browser marks as cross-site, and takes same-origin ones', async () => {
    for (const path of signInRoutes) {
      const res = await server.request('POST', path, { body: {}, headers: { 'sec-fetch-site': 'cross-site' } });
      expect(res.status, path).toBe(403);
      expect(res.body.code).toBe('forbidden');
      expect(res.body.detail).toMatch(/another site/);
    }
    const cross = await server.request('POST', '/v1/auth/login', { body: JSON.parse(credentials()), headers: { 'sec-fetch-site': 'cross-site' } });
    expect(cross.status).toBe(403);
    expect(sessionSetCookie(cross.headers)).toBeUndefined();
    for (const site of ['same-origin', 'same-site', 'none']) {
      expect((await server.request('POST', '/v1/auth/login', { body: JSON.parse(credentials()), headers: { 'sec-fetch-site': site } })).status, site).toBe(200);
    }
    // Requests that start no session are unaffected (an API key client may send any of these).
    expect((await server.request('POST', '/v1/auth/password-reset', { body: { workspace: ws.slug, email: 'x@example.com' }, headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(202);
  });
});

describe('throttling', () => {
  it('answers 429 with Retry-After after 10 failures of one account in 15 minutes, then recovers', async () => {
    const victim = await inviteAndSignIn(server, ws, { email: 'throttled@example.com', role: 'viewer' }, 'victim-password-1');
    expect(victim.session.member.email).toBe('throttled@example.com');
    const attempt = (password: string) => server.request('POST', '/v1/auth/login', { body: { workspace: ws.slug, email: 'throttled@example.com', password } });
    for (let i = 0; i < 10; i++) expect((await attempt(`wrong-password-${i}`)).status).toBe(401);
    const throttled = await attempt('victim-password-1');
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('rate_limited');
    expect(Number(throttled.headers.get('retry-after'))).toBe(900);
    // Another account from the same address is not held up.
    expect((await server.request('POST', '/v1/auth/login', { body: { workspace: ws.slug, email: ownerEmail(), password: OWNER_PASSWORD } })).status).toBe(200);
    server.clock.advance(10 * 60_000);
    const later = await attempt('victim-password-1');
    expect(later.status).toBe(429);
    expect(Number(later.headers.get('retry-after'))).toBe(300);
    server.clock.advance(5 * 60_000);
    expect((await attempt('victim-password-1')).status).toBe(200);
  });

  it('throttles one client address trying many accounts', { timeout: 60_000 }, async () => {
    const from = (address: string, email: string, password: string) =>
      requestFrom(address, `${server.url}/v1/auth/login`, { method: 'POST', body: { workspace: ws.slug, email, password } });
    for (let i = 0; i < 50; i++) expect((await from('127.0.0.7', `guess-${i}@example.com`, 'guessed-password')).status).toBe(401);
    const blocked = await from('127.0.0.7', ownerEmail(), OWNER_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await from('127.0.0.8', ownerEmail(), OWNER_PASSWORD)).status).toBe(200);
  });
});

describe('password reset', () => {
  it('emails a link, sets a new password with it once, and ends every session', async () => {
    const member = await inviteAndSignIn(server, ws, { email: 'forgetful@example.com', role: 'admin' }, 'old-password-1');
    const unknown = await server.request('POST', '/v1/auth/password-reset', { body: { workspace: ws.slug, email: 'stranger@example.com' } });
    const known = await server.request('POST', '/v1/auth/password-reset', { body: { workspace: ws.slug, email: 'forgetful@example.com' } });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    expect(await sql(server.dbUrl, `select 1 from outbox_message where recipient = 'stranger@example.com'`)).toHaveLength(0);
    const token = await tokenFromEmail('forgetful@example.com', 'password_reset');
    // The outbox API never shows the link (any admin could otherwise take the account over).
    const listed = await ws.admin('GET', '/v1/outbox?limit=100');
    const email = listed.body.data.find((m: { kind: string }) => m.kind === 'password_reset');
    expect(email).toMatchObject({ recipient: 'forgetful@example.com', recipientRole: 'member', subject: expect.stringContaining('Reset your') });
    expect((await ws.admin('GET', `/v1/outbox/${email.id}`)).text).not.toContain(token);

    const short = await server.request('POST', '/v1/auth/password-reset/confirm', { body: { token, password: 'short' } });
    expect(short.status).toBe(422);
    expect(short.body.errors.map((e: { path: string }) => e.path)).toEqual(['password']);
    expect((await server.request('POST', '/v1/auth/password-reset/confirm', { body: { token, password: 'new-password-1' } })).status).toBe(204);
    expect((await member.request('GET', '/v1/auth/session')).status).toBe(401);
    expect((await server.request('POST', '/v1/auth/login', { body: { workspace: ws.slug, email: 'forgetful@example.com', password: 'old-password-1' } })).status).toBe(401);
    expect((await login(server, ws.slug, 'forgetful@example.com', 'new-password-1')).session.member.role).toBe('admin');
    const reused = await server.request('POST', '/v1/auth/password-reset/confirm', { body: { token, password: 'another-password' } });
    expect(reused.status).toBe(422);
    expect(reused.body.errors[0].path).toBe('token');
  });

  it('refuses a link after an hour', async () => {
    await server.request('POST', '/v1/auth/password-reset', { body: { workspace: ws.slug, email: ownerEmail() } });
    const token = await tokenFromEmail(ownerEmail(), 'password_reset');
    server.clock.advance(61 * 60_000);
    expect((await server.request('POST', '/v1/auth/password-reset/confirm', { body: { token, password: 'too-late-password' } })).status).toBe(422);
    expect((await server.request('POST', '/v1/auth/login', { body: { workspace: ws.slug, email: ownerEmail(), password: OWNER_PASSWORD } })).status).toBe(200);
  });
});

describe('invitations', () => {
  it('invites by email, refuses sign-in until accepted, and accepts once', async () => {
    const res = await owner.request('POST', '/v1/members', { email: 'new.staff@example.com', name: 'New Staff', role: 'staff', hostIds: [ws.hostId] });
    expect(res.status).toBe(201);
    expect(res.body.member).toMatchObject({ email: 'new.staff@example.com', role: 'staff', status: 'invited', hostIds: [ws.hostId], lastSignInAt: null });
    expect(res.body.inviteUrl).toMatch(/^http:\/\/localhost:3000\/admin\/#\/accept-invite\?token=/);
    const token = await tokenFromEmail('new.staff@example.com', 'member_invite');
    expect(res.body.inviteUrl).toContain(token);
    const [email] = await sql<{ subject: string; text: string }>(server.dbUrl, `select subject, text from outbox_message where recipient = 'new.staff@example.com'`);
    expect(email!.subject).toContain('You are invited to');
    expect(email!.text).toContain('as staff');
    expect((await server.request('POST', '/v1/auth/login', { body: { workspace: ws.slug, email: 'new.staff@example.com', password: 'anything-at-all' } })).status).toBe(401);
    const duplicate = await owner.request('POST', '/v1/members', { email: 'NEW.staff@example.com', role: 'viewer' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('member_exists');

    const accepted = sessionFrom(server, await server.request('POST', '/v1/auth/accept-invite', { body: { token, password: 'staff-password-1', name: 'Nia Staff' } }));
    expect(accepted.session.member).toMatchObject({ name: 'Nia Staff', status: 'active', role: 'staff' });
    expect((await accepted.request('GET', '/v1/auth/session')).status).toBe(200);
    expect((await server.request('POST', '/v1/auth/accept-invite', { body: { token, password: 'staff-password-2' } })).status).toBe(422);
    expect((await login(server, ws.slug, 'new.staff@example.com', 'staff-password-1')).session.member.name).toBe('Nia Staff');
  });

  it('lets exactly one of several concurrent invitations of one email (in any case) through; the others get 409 member_exists', async () => {
    for (let round = 0; round < 4; round++) {
      const spellings = [`race-${round}@example.com`, `RACE-${round}@example.com`, `Race-${round}@Example.com`, `race-${round}@EXAMPLE.COM`];
      const answers = await Promise.all(spellings.map((email, i) =>
        (i % 2 ? ws.admin('POST', '/v1/members', { email, role: 'viewer' }) : owner.request('POST', '/v1/members', { email, role: 'viewer' }))));
      expect(answers.map((a) => a.status).sort(), `round ${round}`).toEqual([201, 409, 409, 409]);
      for (const lost of answers.filter((a) => a.status === 409)) expect(lost.body.code).toBe('member_exists');
    }
    const rows = await sql<{ n: string }>(server.dbUrl, `select count(*) as n from member where lower(email) like 'race-%'`);
    expect(Number(rows[0]!.n)).toBe(4);
  });

  it('refuses an invitation after 7 days', async () => {
    const res = await owner.request('POST', '/v1/members', { email: 'slow@example.com', role: 'viewer' });
    const token = new URL(res.body.inviteUrl.replace('/#/', '/')).searchParams.get('token')!;
    server.clock.advance(7 * 86_400_000 + 1000);
    expect((await server.request('POST', '/v1/auth/accept-invite', { body: { token, password: 'slow-password-1' } })).status).toBe(422);
    owner = await login(server, ws.slug, ownerEmail(), OWNER_PASSWORD);
  });
});

describe('first-run setup and the last owner', () => {
  it('sets the first owner password with the owner key once, then answers setup_done', async () => {
    const fresh = await seedWorkspace(server);
    const other = await seedWorkspace(server);
    expect((await server.request('GET', `/v1/auth/setup?workspace=${fresh.slug}`)).body).toEqual({ needed: true });
    expect((await server.request('GET', '/v1/auth/setup?workspace=no-such-ws')).status).toBe(404);
    const adminKey = (await fresh.admin('POST', '/v1/api-keys', { name: 'admin', role: 'admin' })).body.secret;
    for (const apiKey of [other.apiKey, adminKey, 'sk_wrong']) {
      const res = await server.request('POST', '/v1/auth/setup', { body: { workspace: fresh.slug, apiKey, password: 'first-password-1' } });
      expect(res.status, apiKey).toBe(401);
    }
    expect((await server.request('POST', '/v1/auth/setup', { body: { workspace: fresh.slug, apiKey: fresh.apiKey, password: 'x'.repeat(9) } })).status).toBe(422);
    expect((await server.request('POST', '/v1/auth/setup', { body: { workspace: fresh.slug, apiKey: fresh.apiKey, password: 'x'.repeat(201) } })).status).toBe(422);
    const done = sessionFrom(server, await server.request('POST', '/v1/auth/setup', { body: { workspace: fresh.slug, apiKey: fresh.apiKey, password: 'first-password-1', name: 'Fiona First' } }));
    expect(done.session.member).toMatchObject({ name: 'Fiona First', role: 'owner', email: `owner@${fresh.slug}.test` });
    expect((await server.request('GET', `/v1/auth/setup?workspace=${fresh.slug}`)).body).toEqual({ needed: false });
    const again = await server.request('POST', '/v1/auth/setup', { body: { workspace: fresh.slug, apiKey: fresh.apiKey, password: 'second-password-1' } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('setup_done');
    expect((await login(server, fresh.slug, `owner@${fresh.slug}.test`, 'first-password-1')).session.workspace.slug).toBe(fresh.slug);
  });

  it('never demotes or removes the last owner; only owners make owners; removal ends sessions', async () => {
    const fresh = await seedWorkspace(server);
    const first = await setupOwner(server, fresh, 'first-owner-pass');
    const firstId = first.session.member.id as string;
    const demote = await first.request('PATCH', `/v1/members/${firstId}`, { role: 'admin' });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('last_owner');
    expect((await first.request('DELETE', `/v1/members/${firstId}`)).body.code).toBe('last_owner');
    expect((await fresh.admin('DELETE', `/v1/members/${firstId}`)).body.code).toBe('last_owner');

    const admin = await inviteAndSignIn(server, fresh, { email: 'admin@example.com', role: 'admin' });
    expect((await admin.request('POST', '/v1/members', { email: 'owner2@example.com', role: 'owner' })).status).toBe(403);
    expect((await admin.request('PATCH', `/v1/members/${admin.memberId}`, { role: 'owner' })).status).toBe(403);
    expect((await admin.request('PATCH', `/v1/members/${firstId}`, { role: 'viewer' })).status).toBe(403);
    const rename = await admin.request('PATCH', `/v1/members/${firstId}`, { name: 'Renamed by an admin' });
    expect(rename.status).toBe(403);
    expect(rename.body.detail).toMatch(/owner/);
    expect((await admin.request('GET', `/v1/members/${firstId}`)).body.name).not.toBe('Renamed by an admin');
    // An admin still renames themselves and members below them.
    expect((await admin.request('PATCH', `/v1/members/${admin.memberId}`, { name: 'Ada Admin' })).body.name).toBe('Ada Admin');
    expect((await admin.request('DELETE', `/v1/members/${firstId}`)).status).toBe(403);

    const second = await inviteAndSignIn(server, fresh, { email: 'owner2@example.com', role: 'owner' });
    expect((await first.request('PATCH', `/v1/members/${firstId}`, { role: 'admin' })).body.role).toBe('admin');
    expect((await second.request('DELETE', `/v1/members/${second.memberId}`)).body.code).toBe('last_owner');
    // The demoted member's live session now carries the admin role.
    expect((await first.request('GET', '/v1/auth/session')).body.member.role).toBe('admin');

    expect((await second.request('DELETE', `/v1/members/${admin.memberId}`)).status).toBe(204);
    expect((await admin.request('GET', '/v1/auth/session')).status).toBe(401);
    expect((await second.request('GET', `/v1/members/${admin.memberId}`)).status).toBe(404);
    const list = await second.request('GET', '/v1/members');
    expect(list.body.data.map((m: { email: string }) => m.email)).toEqual([`owner@${fresh.slug}.test`, 'owner2@example.com']);
  });

  it('gives the seeded demo owner the documented password, and only once', async () => {
    await seedDemo(server.orm.em.fork(), server.config.secretKey);
    expect((await server.request('GET', '/v1/auth/setup?workspace=demo')).body).toEqual({ needed: false });
    const demo = await login(server, 'demo', 'owner@demo.test', 'slotkit-demo');
    expect(demo.session.member.role).toBe('owner');
    await server.request('POST', '/v1/auth/password-reset', { body: { workspace: 'demo', email: 'owner@demo.test' } });
    const token = await tokenFromEmail('owner@demo.test', 'password_reset');
    expect((await server.request('POST', '/v1/auth/password-reset/confirm', { body: { token, password: 'changed-demo-pass' } })).status).toBe(204);
    // Seeding again keeps a password the owner chose.
    await seedDemo(server.orm.em.fork(), server.config.secretKey);
    expect((await server.request('POST', '/v1/auth/login', { body: { workspace: 'demo', email: 'owner@demo.test', password: 'slotkit-demo' } })).status).toBe(401);
    expect((await login(server, 'demo', 'owner@demo.test', 'changed-demo-pass')).session.workspace.slug).toBe('demo');
  });
});
