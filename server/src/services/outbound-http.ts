import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { pipeline, type Readable, type Transform } from 'node:stream';

/** Why an outbound request failed before a usable response arrived. */
export type OutboundFailure = 'invalid_url' | 'blocked_target' | 'timeout' | 'too_large' | 'network' | 'too_many_redirects';

/** A failed outbound request (calendar feed fetch, webhook delivery); build it with the static factories. */
export class OutboundError extends Error {
  readonly failure: OutboundFailure;

  constructor(failure: OutboundFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OutboundError';
    this.failure = failure;
  }

  /** The URL is malformed or not http(s). */
  static invalidUrl(reason: string): OutboundError {
    return new OutboundError('invalid_url', `The URL is not usable: ${reason}.`);
  }

  /** The host is, or resolves to, a loopback, private, link-local or otherwise reserved address. */
  static blockedTarget(host: string): OutboundError {
    // The resolved address is left out on purpose: it would tell a caller about the inner network.
    return new OutboundError('blocked_target', `${host} is a private, loopback or reserved network address, which this server may not call.`);
  }

  /** The whole request took longer than allowed. */
  static timeout(ms: number): OutboundError {
    return new OutboundError('timeout', `No complete response within ${ms / 1000} s.`);
  }

  /** The response body exceeded the byte cap. */
  static tooLarge(maxBytes: number): OutboundError {
    return new OutboundError('too_large', `The response is larger than ${maxBytes} bytes.`);
  }

  /** DNS, connection, TLS or protocol failure. */
  static network(cause: unknown): OutboundError {
    const detail = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
    return new OutboundError('network', `The request failed: ${detail}.`, { cause });
  }

  /** More redirects than allowed. */
  static tooManyRedirects(max: number): OutboundError {
    return new OutboundError('too_many_redirects', `More than ${max} redirects.`);
  }
}

/** How to send one outbound request. */
export interface OutboundOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The whole request, connect to last byte, in milliseconds. */
  timeoutMs: number;
  /** Cap on the (decoded) response body in bytes. */
  maxBytes: number;
  /** Past `maxBytes`: fail with `too_large`, or keep the first `maxBytes` and set `truncated`. */
  onOverflow: 'error' | 'truncate';
  /** False in production: loopback, private, link-local, CGNAT, ULA, multicast and metadata addresses are refused. */
  allowPrivate: boolean;
  /**
   * Redirects to follow (default 3 for GET, 0 for POST); every hop is checked again. With 0 a
   * redirect response is returned as it is; past a positive limit the request fails with
   * `too_many_redirects`.
   */
  maxRedirects?: number;
  /** Aborts the request; it then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** The final response of an outbound request. */
export interface OutboundResponse {
  status: number;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: string;
  truncated: boolean;
  /** The URL that answered, after redirects. */
  url: string;
}

/** Decides whether an address (an IP literal) may not be called. */
export type AddressPolicy = (address: string) => boolean;

/** Address ranges no production request may reach (RFC 6890 special-purpose, cloud metadata). */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 32], ['2001:db8::', 32],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv6');

/** The 16 bytes of an IPv6 address (Node already validated it). */
function ipv6Bytes(address: string): number[] {
  let text = address.split('%')[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = text.slice(0, -dotted[1]!.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') as [string, string] : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.flatMap((g) => { const n = parseInt(g, 16); return [n >> 8, n & 0xff]; });
}

/**
 * The IPv4 address an IPv6 address carries, for the forms that route to it: v4-mapped
 * (`::ffff:a.b.c.d`), v4-compatible (`::a.b.c.d`), NAT64 (`64:ff9b::/96`) and 6to4 (`2002::/16`).
 */
function embeddedIpv4(address: string): string | undefined {
  const b = ipv6Bytes(address);
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const v4 = (at: number) => b.slice(at, at + 4).join('.');
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return v4(12);
  if (zeros(0, 12) && !zeros(12, 16)) return v4(12);
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return v4(12);
  if (b[0] === 0x20 && b[1] === 0x02) return v4(2);
  return undefined;
}

/** True when `address` (an IP literal) is loopback, private, link-local, CGNAT, ULA, multicast, reserved or a metadata address. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  const inner = embeddedIpv4(address);
  if (inner !== undefined && BLOCKED.check(inner, 'ipv4')) return true;
  return BLOCKED.check(address.split('%')[0]!, 'ipv6');
}

/**
 * A DNS lookup that resolves every address of the name and refuses the connection when any
 * of them is blocked, so the socket only ever connects to an address that was checked
 * (a rebinding DNS server gets no second, unchecked answer).
 */
function checkedLookup(allowPrivate: boolean, isBlocked: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      if (!addresses.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      if (!allowPrivate && addresses.some((a) => isBlocked(a.address))) {
        return callback(OutboundError.blockedTarget(hostname) as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function parseTarget(raw: string, allowPrivate: boolean, isBlocked: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw OutboundError.invalidUrl('it is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw OutboundError.invalidUrl('only http and https are allowed');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // IP literals never reach the lookup function, so they are checked here.
  if (isIP(host) && !allowPrivate && isBlocked(host)) throw OutboundError.blockedTarget(url.hostname);
  return url;
}

function headersOf(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** The body as sent, decompressed when encoded; the size cap applies to the decoded bytes (no zip bombs). */
function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder: Transform | undefined = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip()
    : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined;
  if (!decoder) return res;
  // pipeline, not pipe: a response cut off (or aborted) must fail the decoder too, not leave it waiting.
  pipeline(res, decoder, () => {});
  return decoder;
}

interface Hop {
  res: IncomingMessage;
  release: () => void;
}

/** Sends one request (no redirects) and resolves once the response head arrives. */
function sendOnce(url: URL, method: string, headers: Record<string, string>, body: string | undefined, allowPrivate: boolean, isBlocked: AddressPolicy, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method, headers, signal,
      // A fresh connection per request: a pooled socket checked under another policy must not be reused.
      agent: false,
      lookup: checkedLookup(allowPrivate, isBlocked),
    }, (res) => resolve({ res, release: () => { res.destroy(); req.destroy(); } }));
    req.on('error', (error) => reject(error));
    req.end(body);
  });
}

async function readBody(res: IncomingMessage, maxBytes: number, onOverflow: 'error' | 'truncate'): Promise<{ body: string; truncated: boolean }> {
  const declared = Number(res.headers['content-length']);
  if (onOverflow === 'error' && !res.headers['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) throw OutboundError.tooLarge(maxBytes);
  const stream = decoded(res);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (size + chunk.length > maxBytes) {
        if (onOverflow === 'error') throw OutboundError.tooLarge(maxBytes);
        chunks.push(chunk.subarray(0, maxBytes - size));
        size = maxBytes;
        // The rest is never read; never decode a multi-byte character cut in half below.
        return { body: utf8Prefix(Buffer.concat(chunks)), truncated: true };
      }
      chunks.push(chunk);
      size += chunk.length;
    }
  } finally {
    if (stream !== res) stream.destroy();
    res.destroy();
  }
  return { body: Buffer.concat(chunks).toString('utf8'), truncated: false };
}

/** Decodes a byte prefix as UTF-8, dropping a trailing incomplete character. */
function utf8Prefix(bytes: Buffer): string {
  let end = bytes.length;
  let back = 0;
  while (end - back - 1 >= 0 && back < 4 && (bytes[end - back - 1]! & 0xc0) === 0x80) back++;
  const lead = bytes[end - back - 1];
  if (lead !== undefined && lead >= 0xc0) {
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (back + 1 < need) end -= back + 1;
  }
  return bytes.subarray(0, end).toString('utf8');
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Sends an HTTP(S) request to a URL a user gave (a calendar feed, a webhook endpoint) safely:
 * only http and https, every resolved address of every hop checked against private and
 * reserved ranges unless `allowPrivate`, one deadline for the whole exchange, and a cap on the
 * response size. Any HTTP status is a response; failures to get one are `OutboundError`s.
 */
export const outboundRequest = createOutboundRequest(isBlockedAddress);

/**
 * `outboundRequest` with another address policy. Tests use it to treat one loopback address
 * as public, so a redirect from it to a really private address can be seen being refused.
 */
export function createOutboundRequest(isBlocked: AddressPolicy) {
  return async function outboundRequest(url: string, options: OutboundOptions): Promise<OutboundResponse> {
    const method = options.method ?? 'GET';
    const maxRedirects = options.maxRedirects ?? (method === 'GET' ? 3 : 0);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(OutboundError.timeout(options.timeoutMs)), options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([deadline.signal, options.signal]) : deadline.signal;
    let currentMethod: string = method;
    let body = options.body;
    let headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'Slotkit', ...options.headers };
    try {
      let target = parseTarget(url, options.allowPrivate, isBlocked);
      for (let hop = 0; ; hop++) {
        let sent: Hop;
        try {
          sent = await sendOnce(target, currentMethod, headers, body, options.allowPrivate, isBlocked, signal);
        } catch (error) {
          throw failureOf(error, signal);
        }
        const { res } = sent;
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (REDIRECTS.has(status) && location && maxRedirects > 0) {
          sent.release();
          if (hop >= maxRedirects) throw OutboundError.tooManyRedirects(maxRedirects);
          const next = parseTarget(URL.parse(location, target)?.toString() ?? '', options.allowPrivate, isBlocked);
          // Credentials meant for one origin never travel to another (as fetch does).
          if (next.origin !== target.origin) headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^(authorization|cookie)$/i.test(k)));
          if (status === 303 || ((status === 301 || status === 302) && currentMethod === 'POST')) {
            currentMethod = 'GET';
            body = undefined;
            headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^content-/i.test(k)));
          }
          target = next;
          continue;
        }
        try {
          const read = await readBody(res, options.maxBytes, options.onOverflow);
          return { status, headers: headersOf(res), body: read.body, truncated: read.truncated, url: target.toString() };
        } catch (error) {
          throw failureOf(error, signal);
        }
      }
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Maps a low-level failure to an OutboundError (or the caller's abort reason). */
function failureOf(error: unknown, signal: AbortSignal): unknown {
  if (error instanceof OutboundError) return error;
  if (signal.aborted) return signal.reason;
  return OutboundError.network(error);
}
