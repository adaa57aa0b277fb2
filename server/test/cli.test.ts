/**
 * The real `slotkit` CLI, run as its own process against a test database: the keys it prints
 * work against the API on the same database, seed-demo is idempotent and builds the demo
 * the docs describe, and every failure exits non-zero with one line on stderr.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './fixtures/run-cli.ts';
import { sql } from './fixtures/sql.ts';
import { createWorkspace } from '../src/services/workspaces.ts';
import { cloneDatabase, startTestServer, type TestServer } from './harness.ts';

let dbUrl: string;
let server: TestServer;
let env: Record<string, string>;

beforeAll(async () => {
  dbUrl = await cloneDatabase();
  server = await startTestServer({ dbUrl });
  // SLOTKIT_DATA_DIR is never used while DATABASE_URL is set; it points nowhere real, just in case.
  env = { DATABASE_URL: dbUrl, SLOTKIT_DATA_DIR: '/nonexistent/slotkit-cli-test' };
});
afterAll(() => server.close());

const cli = (...args: string[]) => runCli(args, env);
const as = (apiKey: string) => ({ authorization: `Bearer ${apiKey}` });

function expectSuccess(run: CliRun): void {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
}

/** Fails with exit code 1, nothing on stdout and exactly one line on stderr; returns it. */
function failureLine(run: CliRun): string {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  return lines[0]!;
}

describe('slotkit CLI', () => {
  it('migrate reports an up-to-date database', async () => {
    const text = await cli('migrate');
    expectSuccess(text);
    expect(text.stdout).toBe('database is up to date\n');
    const json = await cli('migrate', '--json');
    expectSuccess(json);
    expect(JSON.parse(json.stdout)).toEqual({ applied: [] });
  });

  it('workspace create prints an owner key that works against the API', async () => {
    const run = await cli('workspace', 'create', '--slug', 'acme', '--name', 'Acme', '--owner-email', 'owner@acme.test', '--json');
    expectSuccess(run);
    const out = JSON.parse(run.stdout);
    expect(out).toEqual({ workspace: { id: expect.any(String), slug: 'acme', name: 'Acme' }, apiKey: expect.stringMatching(/^sk_/) });
    const me = await server.request('GET', '/v1/workspace', { headers: as(out.apiKey) });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: out.workspace.id, slug: 'acme', name: 'Acme' });
    // An owner key may create things.
    const schedule = await server.request('POST', '/v1/schedules', {
      headers: as(out.apiKey), body: { name: 'Hours', timezone: 'UTC', weekly: [{ day: 'mon', start: '09:00', end: '17:00' }] },
    });
    expect(schedule.status).toBe(201);
  });

  it('api-key create prints a new admin key for the workspace', async () => {
    await createWorkspace(server.orm.em.fork(), { slug: 'beta', name: 'Beta', ownerEmail: 'owner@beta.test' });
    const run = await cli('api-key', 'create', '--workspace', 'beta', '--name', 'ci', '--json');
    expectSuccess(run);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ name: 'ci', role: 'admin', apiKey: expect.stringMatching(/^sk_/) });
    const me = await server.request('GET', '/v1/workspace', { headers: as(out.apiKey) });
    expect(me.body.slug).toBe('beta');
    const keys = await server.request('GET', '/v1/api-keys', { headers: as(out.apiKey) });
    expect(keys.body.data.map((k: { name: string }) => k.name)).toEqual(expect.arrayContaining(['ci', 'Owner key']));
    expect(keys.text).not.toContain(out.apiKey);

    const text = await cli('api-key', 'create', '--workspace', 'beta', '--name', 'viewer-key', '--role', 'viewer');
    expectSuccess(text);
    expect(text.stdout).toMatch(/^created API key viewer-key: sk_\S+\n$/);
  });

  it('seed-demo builds the documented demo once and prints the same key every time', async () => {
    const first = await cli('seed-demo', '--json');
    expectSuccess(first);
    const second = await cli('seed-demo', '--json');
    expectSuccess(second);
    const a = JSON.parse(first.stdout);
    const b = JSON.parse(second.stdout);
    expect(a).toEqual({ workspace: 'demo', created: true, apiKey: expect.stringMatching(/^sk_/) });
    expect(b).toEqual({ workspace: 'demo', created: false, apiKey: a.apiKey });

    const [counts] = await sql<Record<string, number>>(dbUrl, `select
      (select count(*)::int from workspace where slug = 'demo') as workspaces,
      (select count(*)::int from event_type e join workspace w on w.id = e.workspace_id where w.slug = 'demo') as event_types,
      (select count(*)::int from host h join workspace w on w.id = h.workspace_id where w.slug = 'demo') as hosts,
      (select count(*)::int from schedule s join workspace w on w.id = s.workspace_id where w.slug = 'demo') as schedules,
      (select count(*)::int from api_key k join workspace w on w.id = k.workspace_id where w.slug = 'demo') as api_keys`);
    expect(counts).toEqual({ workspaces: 1, event_types: 3, hosts: 2, schedules: 3, api_keys: 2 }); // owner key + demo key

    const get = async (path: string) => (await server.request('GET', path, { headers: as(a.apiKey) })).body;
    expect((await get('/v1/workspace')).slug).toBe('demo');
    const hosts = (await get('/v1/hosts')).data;
    expect(hosts.map((h: { timezone: string }) => h.timezone).sort()).toEqual(['America/New_York', 'Europe/Berlin']);

    const types = new Map<string, any>((await get('/v1/event-types')).data.map((e: { slug: string }) => [e.slug, e]));
    expect([...types.keys()].sort()).toEqual(['deep-dive', 'intro-call', 'workshop']);
    expect(types.get('intro-call')).toMatchObject({ durations: [30], seats: 1, bufferBefore: 0, bufferAfter: 0 });
    expect(types.get('intro-call').hostIds).toHaveLength(2);
    expect(types.get('deep-dive')).toMatchObject({ durations: [60], bufferBefore: 15, bufferAfter: 15, minNotice: 120, seats: 1 });
    const workshop = types.get('workshop');
    expect(workshop).toMatchObject({ durations: [60], seats: 2 });
    const hours = await get(`/v1/schedules/${workshop.scheduleId}`);
    expect(hours.weekly).toEqual(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '10:00', end: '16:00' })));

    // The public booking page of the demo is live.
    const listed = await server.request('GET', '/v1/public/demo/event-types');
    expect(listed.body.data).toHaveLength(3);
  });

  it('fails with one line on stderr and a non-zero exit', async () => {
    await createWorkspace(server.orm.em.fork(), { slug: 'taken', name: 'Taken', ownerEmail: 'owner@taken.test' });
    const [unknown, badOption, noSlug, badUrl, twoBad, duplicate, noWorkspace] = await Promise.all([
      cli('frobnicate'),
      cli('migrate', '--colour'),
      cli('workspace', 'create', '--name', 'No Slug', '--owner-email', 'a@b.test'),
      runCli(['migrate'], { ...env, DATABASE_URL: 'mysql://x' }),
      runCli(['migrate'], { ...env, DATABASE_URL: 'mysql://x', PORT: 'eighty' }),
      cli('workspace', 'create', '--slug', 'taken', '--name', 'Taken again', '--owner-email', 'other@taken.test'),
      cli('api-key', 'create', '--workspace', 'ghost', '--name', 'ci'),
    ]);
    expect(failureLine(unknown)).toContain('unknown command "frobnicate"');
    expect(failureLine(badOption)).toContain('--colour');
    expect(failureLine(noSlug)).toContain('--slug is required');
    const config = failureLine(badUrl);
    expect(config).toContain('DATABASE_URL');
    expect(config).toContain('postgres://');
    // Several bad variables: still one line, naming each.
    expect(failureLine(twoBad)).toMatch(/DATABASE_URL.*; .*PORT|PORT.*; .*DATABASE_URL/);
    expect(failureLine(duplicate)).toContain('taken');
    expect(duplicate.stderr).toContain('exists');
    expect(failureLine(noWorkspace)).toContain('no workspace "ghost"');
    // The failed duplicate left the first workspace alone.
    const [row] = await sql<{ name: string; n: number }>(dbUrl, `select min(name) as name, count(*)::int as n from workspace where slug = 'taken'`);
    expect(row).toEqual({ name: 'Taken', n: 1 });
  });
});
