import { ConnectionError, SlotkitError, TimeoutError } from './errors.ts';

/** Options of one call, e.g. `{ idempotencyKey, signal, timeout }`. */
export interface RequestOptions {
  /** Sent as `Idempotency-Key` on POST; by default a random UUID that retries reuse. */
  idempotencyKey?: string;
  /** Aborts the call (and any wait before a retry); the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Milliseconds per attempt before a `TimeoutError`; overrides the client's `timeout`. */
  timeout?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/** How the client talks to the API; `sleep` and `random` are injectable for tests. */
export interface TransportConfig {
  baseUrl: string;
  apiKey?: string | undefined;
  fetch?: typeof fetch | undefined;
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** The session's CSRF token (or a function reading the current one), sent as `X-CSRF-Token` on every call but GET and HEAD. */
  csrfToken?: string | (() => string | undefined) | undefined;
  /** `fetch`'s credentials mode, passed to every call. */
  credentials?: RequestCredentials | undefined;
  /** @internal Waits between retries; tests pass a fake. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** @internal Jitter source in [0, 1). */
  random?: (() => number) | undefined;
}

/** One HTTP call: method, path (already encoded) and optional query and JSON body. */
export interface Call {
  query?: Record<string, string | number | boolean | undefined> | undefined;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Sends one API call with retries, timeouts and error mapping; every resource method goes through it. */
export type Request = <T>(method: string, path: string, call?: Call, options?: RequestOptions) => Promise<T>;

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
const MAX_RETRY_AFTER_MS = 60_000;

/** Capped exponential backoff with jitter, unless the server said how long (`Retry-After`). */
export function retryDelay(attempt: number, retryAfterSeconds: number | undefined, random: () => number): number {
  if (retryAfterSeconds !== undefined) return Math.min(retryAfterSeconds * 1000, MAX_RETRY_AFTER_MS);
  const capped = Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_DELAY_MS);
  return capped / 2 + random() * (capped / 2);
}

/** `Retry-After` as seconds: either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(timer); reject(signal?.reason); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function withQuery(url: string, query: Call['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.append(key, String(value));
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

async function parseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  if (!/json/.test(response.headers.get('content-type') ?? '')) return text;
  try { return JSON.parse(text); } catch { return text; }
}

/** Builds the one `request()` of a client. */
export function createRequest(config: TransportConfig): Request {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const maxRetries = config.maxRetries ?? 2;
  const sleep = config.sleep ?? abortableSleep;
  const random = config.random ?? Math.random;

  return async function request<T>(method: string, path: string, call: Call = {}, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...call.headers, ...options.headers };
    // Public routes allow only a few CORS headers, and need no key anyway.
    if (config.apiKey && !path.startsWith('/v1/public/')) headers.authorization = `Bearer ${config.apiKey}`;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    if (method === 'POST') headers['idempotency-key'] = options.idempotencyKey ?? globalThis.crypto.randomUUID();
    if (method !== 'GET' && method !== 'HEAD' && config.csrfToken) {
      const csrf = typeof config.csrfToken === 'function' ? config.csrfToken() : config.csrfToken;
      if (csrf) headers['x-csrf-token'] = csrf;
    }
    const url = withQuery(baseUrl + path, call.query);
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    const timeout = options.timeout ?? config.timeout ?? 30_000;
    const signal = options.signal;

    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeout);
      const onAbort = () => controller.abort(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      let error: SlotkitError;
      try {
        const fetchImpl = config.fetch ?? globalThis.fetch;
        const response = await fetchImpl(url, {
          method, headers, body: body ?? null, signal: controller.signal, ...(config.credentials ? { credentials: config.credentials } : {}),
        });
        const payload = await parseBody(response);
        if (response.ok) return payload as T;
        const problem = payload && typeof payload === 'object' ? payload : undefined;
        error = SlotkitError.generate({
          status: response.status, problem, requestId: response.headers.get('x-request-id') ?? undefined,
          retryAfter: parseRetryAfter(response.headers.get('retry-after')),
        });
        if (!(response.status === 429 || response.status >= 500)) throw error;
      } catch (caught) {
        if (caught instanceof SlotkitError) throw caught;
        if (signal?.aborted) throw signal.reason;
        error = timedOut
          ? new TimeoutError({ status: 0, message: `No response within ${timeout} ms`, cause: caught })
          : new ConnectionError({ status: 0, message: `Could not reach ${baseUrl}: ${(caught as Error)?.message ?? caught}`, cause: caught });
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
      if (attempt >= maxRetries) throw error;
      await sleep(retryDelay(attempt, (error as { retryAfter?: number }).retryAfter, random), signal);
    }
  };
}
