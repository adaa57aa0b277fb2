import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDashboard, DASHBOARD_CSP, DASHBOARD_DIST_DIR, ensureDashboardBundle } from '../src/http/admin-dashboard.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
let entry: Buffer;
let chunk: string | undefined;

beforeAll(async () => {
  // Built once if this checkout has none yet (`pnpm build` or the dashboard project's setup rebuild it).
  await ensureDashboardBundle();
  entry = await readFile(join(DASHBOARD_DIST_DIR, 'admin.js'));
  chunk = (await readdir(join(DASHBOARD_DIST_DIR, 'chunks')).catch(() => [] as string[])).find((name) => name.endsWith('.js'));
  server = await startTestServer();
});
afterAll(() => server?.close());

/** A raw request as a browser sends it (fetch would decompress and follow redirects). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (data: Buffer) => chunks.push(data));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the admin dashboard at /admin', () => {
  it('redirects /admin to /admin/ and serves the page with a strict CSP', async () => {
    const bare = await get(`${server.url}/admin?x=1`);
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/admin/?x=1');

    const page = await get(`${server.url}/admin/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toBe(DASHBOARD_CSP);
    expect(DASHBOARD_CSP).toContain("script-src 'self'");
    expect(DASHBOARD_CSP).not.toContain('unsafe-inline');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const html = page.body.toString();
    expect(html).toContain('<script type="module" src="/admin/admin.js"></script>');
    expect(html).toContain('<sk-admin-app>');
    // No inline script or style for the CSP to block.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=/);
  });

  it('serves admin.js revalidated by ETag, compressed when accepted', async () => {
    const js = await get(`${server.url}/admin/admin.js`);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('no-cache');
    expect(js.body.equals(entry)).toBe(true);
    const again = await get(`${server.url}/admin/admin.js`, { 'if-none-match': String(js.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);

    const br = await get(`${server.url}/admin/admin.js`, { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(entry)).toBe(true);
    const gzip = await get(`${server.url}/admin/admin.js`, { 'accept-encoding': 'gzip' });
    expect(gunzipSync(gzip.body).equals(entry)).toBe(true);
    expect(gzip.body.byteLength).toBeLessThan(entry.byteLength / 2);
  });

  it('caches hashed chunks for good', async () => {
    expect(chunk, 'the build splits out at least one chunk (charts)').toBeDefined();
    const res = await get(`${server.url}/admin/chunks/${chunk}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers unknown files with a problem 404 and leaves other methods and paths alone', async () => {
    const missing = await server.request('GET', '/admin/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/problem\+json/);
    expect(missing.body.code).toBe('not_found');
    expect((await server.request('GET', '/admin/../package.json')).status).not.toBe(200);
    expect((await server.request('POST', '/admin/')).status).toBe(404);
    expect((await server.request('GET', '/administrator')).status).toBe(404);
  });
});

describe('a missing build', () => {
  it('is built on the first request, into place before the page is served', async () => {
    const distDir = await mkdtemp(join(tmpdir(), 'slotkit-admin-'));
    const app = new Koa().use(adminDashboard({ distDir }));
    const listener = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listener.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
      const page = await get(`${url}/admin/`);
      expect(page.status).toBe(200);
      expect(await readdir(distDir)).toEqual(expect.arrayContaining(['index.html', 'admin.js', 'chunks']));
      expect((await get(`${url}/admin/admin.js`)).status).toBe(200);
    } finally {
      listener.close();
      await rm(distDir, { recursive: true, force: true });
    }
  });
});
