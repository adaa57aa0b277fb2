import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWidgetBundle, WIDGET_DIST_DIR, widgetAssets, type WidgetManifest } from '../src/http/widget-assets.ts';
import { bookingBody, seedWorkspace, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let manifest: WidgetManifest;
let bundle: Buffer;

beforeAll(async () => {
  // Built once if this checkout has no bundle yet (the widget project's setup rebuilds it).
  manifest = await ensureWidgetBundle();
  bundle = await readFile(join(WIDGET_DIST_DIR, 'slotkit.js'));
  server = await startTestServer({ now: '2026-11-30T06:00:00Z' });
  ws = await seedWorkspace(server);
});
afterAll(() => server?.close());

/**
 * A raw GET (or HEAD) as a browser sends it: fetch would add its own Accept-Encoding and
 * decompress, hiding what the server sent.
 */
function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the widget bundle', () => {
  it('serves /widget/slotkit.js to any site with a short cache and an ETag', async () => {
    const res = await get(`${server.url}/widget/slotkit.js`, { origin: 'https://shop.example' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(res.body.equals(bundle)).toBe(true);

    // A revalidation with the ETag costs no body.
    const again = await get(`${server.url}/widget/slotkit.js`, { 'if-none-match': String(res.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);

    const head = await get(`${server.url}/widget/slotkit.js`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(bundle.byteLength));
  });

  it('sends brotli or gzip when the browser accepts it, and the same code either way', async () => {
    const br = await get(`${server.url}/widget/slotkit.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(bundle)).toBe(true);
    expect(br.body.byteLength).toBeLessThan(bundle.byteLength / 2);

    const gzip = await get(`${server.url}/widget/slotkit.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(bundle)).toBe(true);
    expect(gzip.body.byteLength).toBe(manifest.gzipBytes);

    const refused = await get(`${server.url}/widget/slotkit.js`, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.equals(bundle)).toBe(true);
  });

  it('serves the content-hashed copy named in the manifest as immutable', async () => {
    expect(manifest['slotkit.js']).toMatch(/^slotkit\.[0-9a-f]{8}\.js$/);
    const res = await get(`${server.url}/widget/${manifest['slotkit.js']}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.body.equals(bundle)).toBe(true);

    const unknown = await get(`${server.url}/widget/slotkit.00000000.js`);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body.toString())).toMatchObject({ code: 'not_found' });
    expect((await get(`${server.url}/widget/../package.json`)).status).toBe(404);
  });

  it('builds the bundle on first use when none was built (a fresh clone)', async () => {
    const distDir = await mkdtemp(join(tmpdir(), 'slotkit-widget-dist-'));
    const app = new Koa().use(widgetAssets({ distDir }));
    const bare = app.listen(0, '127.0.0.1');
    try {
      await new Promise((resolve) => bare.once('listening', resolve));
      const url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
      const [first, second] = await Promise.all([get(`${url}/widget/slotkit.js`), get(`${url}/widget/slotkit.js`)]);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(first.body.toString()).toContain('booking-calendar');
      // Staged files were renamed into place; nothing half-written is left behind.
      expect((await readdir(distDir)).sort()).toEqual(['manifest.json', expect.stringMatching(/^slotkit\.[0-9a-f]{8}\.js$/), 'slotkit.js']);
    } finally {
      bare.closeAllConnections();
      await new Promise((resolve) => bare.close(resolve));
      await rm(distDir, { recursive: true, force: true });
    }
  });
});

describe('hosted pages', () => {
  it('serves a booking page per workspace and per event type, embedding the widget from this server only', async () => {
    const page = await get(`${server.url}/book/${ws.slug}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = page.body.toString();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<script type="module" src="/widget/slotkit.js"></script>');
    expect(html).toContain(`<booking-calendar workspace="${ws.slug}"></booking-calendar>`);
    expect(html).toContain(`<title>Book with Workspace ${ws.slug}</title>`);
    expect(html).toContain(`<h1>Workspace ${ws.slug}</h1>`);

    const eventPage = (await get(`${server.url}/book/${ws.slug}/intro-call`)).body.toString();
    expect(eventPage).toContain(`<booking-calendar workspace="${ws.slug}" event-type="intro-call"></booking-calendar>`);
    expect(eventPage).toContain(`<title>Intro call · Workspace ${ws.slug}</title>`);
  });

  it('answers 404 for unknown workspaces, event types and malformed paths', async () => {
    for (const path of ['/book/no-such-workspace', `/book/${ws.slug}/no-such-type`, '/book/%3Cscript%3E', `/book/${ws.slug}/intro-call/extra`]) {
      const res = await get(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(JSON.parse(res.body.toString()).code, path).toBe('not_found');
    }
  });

  it('serves the manage page the booking links point to, only with the right token', async () => {
    const booked = await server.request('POST', `/v1/public/${ws.slug}/bookings`, { body: bookingBody('2026-12-01T08:00:00Z') });
    expect(booked.status).toBe(201);
    const { uid } = booked.body.booking as { uid: string };
    const token = booked.body.manageToken as string;

    // The invite's manage link is the hosted page, not the JSON API.
    const ics = await server.request('GET', `/v1/public/bookings/${uid}/calendar.ics?token=${encodeURIComponent(token)}`);
    const link = `${server.config.publicUrl}/manage/${uid}?token=${encodeURIComponent(token)}`;
    expect(ics.text.replace(/\r\n /g, '')).toContain(`Manage: ${link.replace(/[,;]/g, (c) => `\\${c}`)}`);

    const page = await get(`${server.url}/manage/${uid}?token=${encodeURIComponent(token)}`);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const html = page.body.toString();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<booking-calendar workspace="${ws.slug}" event-type="intro-call" booking-uid="${uid}" token="${token}"></booking-calendar>`);

    expect((await get(`${server.url}/manage/${uid}?token=wrong`)).status).toBe(404);
    expect((await get(`${server.url}/manage/${uid}`)).status).toBe(404);
  });
});
