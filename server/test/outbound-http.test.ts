import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import {
  createOutboundRequest, isBlockedAddress, outboundRequest, OutboundError, type OutboundOptions,
} from '../src/services/outbound-http.ts';

// Real HTTP servers on loopback. `allowPrivate: true` lets requests reach them; the SSRF cases
// use `allowPrivate: false`, and the redirect case a policy under which only 127.0.0.1 counts
// as public, so the hop to another loopback address is the one refused.
let server: Server;
let base: string;
let port: number;
const seen: { method: string; url: string; body: string; headers: IncomingMessage['headers'] }[] = [];

const routes: Record<string, (req: IncomingMessage, res: ServerResponse, body: string) => void> = {
  '/ok': (_req, res) => { res.setHeader('x-feed', 'yes'); res.end('hello ✓'); },
  '/echo': (req, res, body) => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ method: req.method, body })); },
  '/status-500': (_req, res) => { res.statusCode = 500; res.end('broken'); },
  '/slow': (_req, res) => { res.write('part'); setTimeout(() => res.end('rest'), 5_000).unref(); },
  '/hang': () => { /* never answers */ },
  '/big': (_req, res) => { res.end('x'.repeat(10_000)); },
  '/big-chunked': (_req, res) => { for (let i = 0; i < 10; i++) res.write('y'.repeat(1_000)); res.end(); },
  '/bomb': (_req, res) => { res.setHeader('content-encoding', 'gzip'); res.end(gzipSync(Buffer.alloc(50_000_000))); },
  '/gzip': (_req, res) => { res.setHeader('content-encoding', 'gzip'); res.end(gzipSync('compressed body')); },
  '/redirect-ok': (_req, res) => { res.statusCode = 302; res.setHeader('location', '/ok'); res.end(); },
  '/redirect-loop': (_req, res) => { res.statusCode = 302; res.setHeader('location', '/redirect-loop'); res.end(); },
  '/redirect-private': (_req, res) => { res.statusCode = 302; res.setHeader('location', `http://127.0.0.2:${port}/ok`); res.end(); },
  '/redirect-mapped': (_req, res) => { res.statusCode = 301; res.setHeader('location', `http://[::ffff:127.0.0.2]:${port}/ok`); res.end(); },
  '/redirect-file': (_req, res) => { res.statusCode = 302; res.setHeader('location', 'file:///etc/passwd'); res.end(); },
  '/redirect-303': (_req, res) => { res.statusCode = 303; res.setHeader('location', '/echo'); res.end(); },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', body, headers: req.headers });
      const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (route) route(req, res, body);
      else { res.statusCode = 404; res.end(); }
    });
  });
  // 0.0.0.0 so that 127.0.0.2 (another loopback address) reaches it too.
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const open: OutboundOptions = { timeoutMs: 2_000, maxBytes: 1_000_000, onOverflow: 'error', allowPrivate: true };
const strict: OutboundOptions = { ...open, allowPrivate: false };

async function failure(promise: Promise<unknown>): Promise<OutboundError> {
  const error = await promise.then(() => { throw new Error('expected a failure'); }, (e: unknown) => e);
  expect(error).toBeInstanceOf(OutboundError);
  return error as OutboundError;
}

describe('outboundRequest', () => {
  it('returns status, headers and body of a plain GET, and any HTTP status as a response', async () => {
    const res = await outboundRequest(`${base}/ok`, open);
    expect(res).toMatchObject({ status: 200, body: 'hello ✓', truncated: false, url: `${base}/ok` });
    expect(res.headers['x-feed']).toBe('yes');
    expect((await outboundRequest(`${base}/status-500`, open)).status).toBe(500);
  });

  it('sends a POST body, and decodes a gzip response', async () => {
    const res = await outboundRequest(`${base}/echo`, { ...open, method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(res.body)).toEqual({ method: 'POST', body: '{"a":1}' });
    expect((await outboundRequest(`${base}/gzip`, open)).body).toBe('compressed body');
  });

  it('times out on the whole request, including a body that trickles', async () => {
    const started = Date.now();
    expect((await failure(outboundRequest(`${base}/hang`, { ...open, timeoutMs: 300 }))).failure).toBe('timeout');
    expect((await failure(outboundRequest(`${base}/slow`, { ...open, timeoutMs: 300 }))).failure).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('caps the body: an error, or the first bytes marked truncated', async () => {
    for (const path of ['/big', '/big-chunked']) {
      expect((await failure(outboundRequest(`${base}${path}`, { ...open, maxBytes: 4_096 }))).failure).toBe('too_large');
      const cut = await outboundRequest(`${base}${path}`, { ...open, maxBytes: 4_096, onOverflow: 'truncate' });
      expect(cut.truncated).toBe(true);
      expect(cut.body.length).toBe(4_096);
    }
    // The cap counts decoded bytes: 50 MB of zeros gzipped to ~50 KB is still too large.
    expect((await failure(outboundRequest(`${base}/bomb`, { ...open, maxBytes: 100_000 }))).failure).toBe('too_large');
  });

  it('follows redirects up to the limit; POST does not follow by default; 303 turns into GET', async () => {
    expect((await outboundRequest(`${base}/redirect-ok`, open))).toMatchObject({ status: 200, body: 'hello ✓', url: `${base}/ok` });
    expect((await failure(outboundRequest(`${base}/redirect-loop`, open))).failure).toBe('too_many_redirects');
    expect((await outboundRequest(`${base}/redirect-ok`, { ...open, method: 'POST', body: 'x' })).status).toBe(302);
    const after303 = await outboundRequest(`${base}/redirect-303`, { ...open, method: 'POST', body: 'payload', maxRedirects: 1 });
    expect(JSON.parse(after303.body)).toEqual({ method: 'GET', body: '' });
    expect((await failure(outboundRequest(`${base}/redirect-file`, open))).failure).toBe('invalid_url');
  });

  it('refuses non-http URLs and garbage', async () => {
    expect((await failure(outboundRequest('file:///etc/passwd', open))).failure).toBe('invalid_url');
    expect((await failure(outboundRequest('not a url', open))).failure).toBe('invalid_url');
    expect((await failure(outboundRequest('http://no-such-host.invalid/', open))).failure).toBe('network');
  });

  it('blocks loopback targets when private targets are not allowed: literals, names and v4-mapped v6', async () => {
    const before = seen.length;
    for (const url of [`${base}/ok`, `http://localhost:${port}/ok`, `http://[::1]:${port}/ok`, `http://[::ffff:127.0.0.1]:${port}/ok`, `http://[::ffff:7f00:1]:${port}/ok`, `http://2130706433:${port}/ok`]) {
      const error = await failure(outboundRequest(url, strict));
      expect(error.failure, url).toBe('blocked_target');
    }
    // A name's resolved address is not revealed to the caller.
    expect((await failure(outboundRequest(`http://localhost:${port}/ok`, strict))).message).toMatch(/^localhost is a private/);
    expect(seen.length).toBe(before); // nothing reached the server
  });

  it('checks every redirect hop: a public first hop cannot bounce to a private address', async () => {
    // Under this policy 127.0.0.1 counts as public; every other special address stays blocked.
    const request = createOutboundRequest((address) => address !== '127.0.0.1' && isBlockedAddress(address));
    expect((await request(`${base}/ok`, strict)).status).toBe(200);
    const before = seen.length;
    expect((await failure(request(`${base}/redirect-private`, strict))).failure).toBe('blocked_target');
    expect((await failure(request(`${base}/redirect-mapped`, strict))).failure).toBe('blocked_target');
    expect(seen.slice(before).map((s) => s.url)).toEqual(['/redirect-private', '/redirect-mapped']);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stop')), 100);
    await expect(outboundRequest(`${base}/hang`, { ...open, signal: controller.signal })).rejects.toThrow('stop');
  });
});

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '100.64.0.1', '169.254.169.254', '0.0.0.0', '224.0.0.1', '255.255.255.255',
    '::1', '::', 'fe80::1', 'fd00:ec2::254', 'fc00::1', 'ff02::1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::7f00:1', '2002:a00:1::',
  ])('blocks %s', (address) => expect(isBlockedAddress(address)).toBe(true));

  it.each(['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2002:808:808::'])('allows %s', (address) => expect(isBlockedAddress(address)).toBe(false));
});

describe('SLOTKIT_ALLOW_PRIVATE_TARGETS', () => {
  const production = { NODE_ENV: 'production', SECRET_KEY: 'k'.repeat(32) };
  it('allows private targets by default, blocks them in production, and can be set either way', () => {
    expect(loadConfig({}).allowPrivateTargets).toBe(true);
    expect(loadConfig(production).allowPrivateTargets).toBe(false);
    expect(loadConfig({ ...production, SLOTKIT_ALLOW_PRIVATE_TARGETS: 'true' }).allowPrivateTargets).toBe(true);
    expect(loadConfig({ SLOTKIT_ALLOW_PRIVATE_TARGETS: 'false' }).allowPrivateTargets).toBe(false);
    expect(() => loadConfig({ SLOTKIT_ALLOW_PRIVATE_TARGETS: 'maybe' })).toThrow(ConfigError);
  });
});
