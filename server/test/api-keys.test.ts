import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  server = await startTestServer();
  ws = await seedWorkspace(server);
});
afterAll(() => server.close());

const withKey = (secret: string) => (method: string, path: string, body?: unknown) =>
  server.request(method, path, { headers: { authorization: `Bearer ${secret}` }, ...(body !== undefined ? { body } : {}) });

/** Every row of a table as text cells, read straight from PostgreSQL. */
async function tableCells(table: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: server.dbUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`select * from ${table}`);
    return rows.flatMap((row: Record<string, unknown>) => Object.values(row).map((v) => (v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v))));
  } finally {
    await client.end();
  }
}

function expectUnauthorized(res: Awaited<ReturnType<TestServer['request']>>) {
  expect(res.status).toBe(401);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status: 401, code: 'unauthorized', title: expect.any(String), detail: expect.any(String), type: expect.any(String) });
}

describe('API keys', () => {
  it('returns the secret once on creation and never lists it', async () => {
    const created = await ws.admin('POST', '/v1/api-keys', { name: 'CI deploys', role: 'staff' });
    expect(created.status).toBe(201);
    const { secret, ...key } = created.body;
    expect(secret).toMatch(/^sk_[A-Za-z0-9_-]{40,}$/);
    expect(key).toMatchObject({ id: expect.any(String), name: 'CI deploys', role: 'staff', lastUsedAt: null });
    expect(secret.startsWith(key.prefix)).toBe(true);
    expect(key.prefix.length).toBeLessThan(secret.length / 2);

    const list = await ws.admin('GET', '/v1/api-keys');
    expect(list.status).toBe(200);
    const listed = list.body.data.find((k: { id: string }) => k.id === key.id);
    expect(listed).toEqual(key);
    expect(list.body.data.every((k: Record<string, unknown>) => !('secret' in k))).toBe(true);
    // No field, anywhere in the response, carries the secret.
    expect(list.text).not.toContain(secret);
    const readBack = await ws.admin('GET', `/v1/api-keys/${key.id}`); // there is no route to read one back
    expect(readBack.status).toBe(404);
    expect(readBack.body.code).toBe('not_found');
    expect(readBack.text).not.toContain(secret);

    const defaults = await ws.admin('POST', '/v1/api-keys', { name: 'Default role' });
    expect(defaults.body.role).toBe('admin');
    expect(defaults.body.secret).not.toBe(secret);
  });

  it('authenticates with a new key and records its use', async () => {
    const created = await ws.admin('POST', '/v1/api-keys', { name: 'Reporting', role: 'viewer' });
    const reporting = withKey(created.body.secret);
    const workspace = await reporting('GET', '/v1/workspace');
    expect(workspace.status).toBe(200);
    expect(workspace.body.slug).toBe(ws.slug);
    expect((await reporting('GET', '/v1/hosts')).body.data.map((h: { id: string }) => h.id)).toEqual([ws.hostId]);
    const listed = (await ws.admin('GET', '/v1/api-keys')).body.data.find((k: { id: string }) => k.id === created.body.id);
    expect(listed.lastUsedAt).toBe('2026-11-30T06:00:00Z');
  });

  it('revokes a key at once', async () => {
    const created = await ws.admin('POST', '/v1/api-keys', { name: 'Leaked', role: 'admin' });
    const leaked = withKey(created.body.secret);
    expect((await leaked('GET', '/v1/workspace')).status).toBe(200);
    const revoked = await ws.admin('DELETE', `/v1/api-keys/${created.body.id}`);
    expect(revoked.status).toBe(204);
    expect(revoked.text).toBe('');
    expectUnauthorized(await leaked('GET', '/v1/workspace'));
    expectUnauthorized(await leaked('POST', '/v1/hosts', { name: 'Mallory', timezone: 'UTC' }));
    expect((await ws.admin('GET', '/v1/api-keys')).body.data.map((k: { id: string }) => k.id)).not.toContain(created.body.id);
    const again = await ws.admin('DELETE', `/v1/api-keys/${created.body.id}`);
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('not_found');
    // Nothing was created by the revoked key.
    expect((await ws.admin('GET', '/v1/hosts')).body.data).toHaveLength(1);
  });

  it('answers 401 problem+json without valid credentials', async () => {
    expectUnauthorized(await server.request('GET', '/v1/workspace'));
    expectUnauthorized(await server.request('GET', '/v1/bookings'));
    for (const authorization of [
      'Bearer', 'Bearer ', 'Bearer garbage', 'Bearer sk_', `Bearer sk_${'x'.repeat(43)}`, `Bearer ${ws.apiKey}x`,
      `Basic ${Buffer.from(`${ws.apiKey}:`).toString('base64')}`, ws.apiKey, `Bearer ${ws.apiKey} extra`, `Bearer sk_${'a'.repeat(5000)}`,
    ]) {
      const res = await server.request('GET', '/v1/hosts', { headers: { authorization } });
      expect(res.status, authorization.slice(0, 40)).toBe(401);
      expect(res.body.code).toBe('unauthorized');
    }
    expectUnauthorized(await server.request('POST', '/v1/api-keys', { body: { name: 'sneaky', role: 'owner' } }));
    // Case of the scheme does not matter.
    expect((await server.request('GET', '/v1/hosts', { headers: { authorization: `bearer ${ws.apiKey}` } })).status).toBe(200);
  });

  it('never hands out more power than the creating key has', async () => {
    const admin = withKey((await ws.admin('POST', '/v1/api-keys', { name: 'Admin', role: 'admin' })).body.secret);
    const owner = await admin('POST', '/v1/api-keys', { name: 'Escalate', role: 'owner' });
    expect(owner.status).toBe(403);
    expect(owner.body.code).toBe('forbidden');
    expect((await ws.admin('GET', '/v1/api-keys')).body.data.map((k: { name: string }) => k.name)).not.toContain('Escalate');
    for (const role of ['admin', 'staff', 'viewer']) {
      expect((await admin('POST', '/v1/api-keys', { name: `made ${role}`, role })).status, role).toBe(201);
    }
    expect((await ws.admin('POST', '/v1/api-keys', { name: 'Second owner', role: 'owner' })).status).toBe(201);

    const staff = withKey((await ws.admin('POST', '/v1/api-keys', { name: 'Staff', role: 'staff' })).body.secret);
    expect((await staff('POST', '/v1/api-keys', { name: 'x', role: 'viewer' })).body.code).toBe('forbidden');
    expect((await staff('GET', '/v1/api-keys')).body.code).toBe('forbidden');
    const victim = (await ws.admin('GET', '/v1/api-keys')).body.data[0].id;
    expect((await staff('DELETE', `/v1/api-keys/${victim}`)).body.code).toBe('forbidden');

    // Nor does an admin key revoke an owner key.
    const keys = (await ws.admin('GET', '/v1/api-keys')).body.data as { id: string; role: string }[];
    const ownerKey = keys.find((k) => k.role === 'owner')!;
    expect((await admin('DELETE', `/v1/api-keys/${ownerKey.id}`)).body.code).toBe('forbidden');
    expect((await ws.admin('GET', '/v1/api-keys')).status).toBe(200);
  });

  it('validates the new key\'s fields', async () => {
    const bad = await ws.admin('POST', '/v1/api-keys', { name: '  ', role: 'god' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'role']);
    expect((await ws.admin('POST', '/v1/api-keys', { name: 'x', secret: 'sk_mine' })).status).toBe(422);
    expect((await ws.admin('DELETE', '/v1/api-keys/not-a-uuid')).status).toBe(422);
  });

  it('stores keys only as hashes', async () => {
    const created = await ws.admin('POST', '/v1/api-keys', { name: 'Hashed', role: 'viewer' });
    const { secret } = created.body;
    const cells = await tableCells('api_key');
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.some((c) => c.includes(created.body.id))).toBe(true); // the row is there...
    for (const cell of cells) {
      expect(cell).not.toContain(secret); // ...but no column holds the secret
      expect(cell).not.toContain(secret.slice(3)); // not even without its prefix
    }
    // The seeded owner key too.
    for (const cell of cells) expect(cell).not.toContain(ws.apiKey);
  });
});
