/** A workspace's allowed embed origins decide which pages may call its public routes from a browser. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(() => server.close());

const preflight = (path: string, origin: string) => server.request('OPTIONS', path, {
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
});

it('is open to any page until the workspace lists origins, then only to those', async () => {
  const open = await seedWorkspace(server);
  const shop = 'https://shop.example';
  const listed = await server.request('GET', `/v1/public/${open.slug}/event-types`, { headers: { origin: 'https://anyone.example' } });
  expect(listed.headers.get('access-control-allow-origin')).toBe('https://anyone.example');

  const restricted = await seedWorkspace(server);
  const patched = await restricted.admin('PATCH', '/v1/workspace', { allowedOrigins: ['https://shop.example/some/page'] });
  expect(patched.body.allowedOrigins).toEqual([shop]);

  const allowed = await preflight(`/v1/public/${restricted.slug}/bookings`, shop);
  expect(allowed.headers.get('access-control-allow-origin')).toBe(shop);
  const refused = await preflight(`/v1/public/${restricted.slug}/bookings`, 'https://evil.example');
  expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  const refusedGet = await server.request('GET', `/v1/public/${restricted.slug}/event-types`, { headers: { origin: 'https://evil.example' } });
  expect(refusedGet.headers.get('access-control-allow-origin')).toBeNull();

  // Manage links work from anywhere (they carry the booking's secret token), and other
  // workspaces are unaffected.
  const manage = await preflight('/v1/public/bookings/bk_abc/cancel', 'https://evil.example');
  expect(manage.headers.get('access-control-allow-origin')).toBe('https://evil.example');
  expect((await preflight(`/v1/public/${open.slug}/bookings`, 'https://evil.example')).headers.get('access-control-allow-origin')).toBe('https://evil.example');
});

it('refuses origins that are not http(s) URLs', async () => {
  const ws = await seedWorkspace(server);
  const bad = await ws.admin('PATCH', '/v1/workspace', { allowedOrigins: ['javascript:alert(1)', 'not a url'] });
  expect(bad.status).toBe(422);
  expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['allowedOrigins.0', 'allowedOrigins.1']);
});
