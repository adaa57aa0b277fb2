import { ConnectionError, SlotkitError, TimeoutError } from './errors.js';
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
const MAX_RETRY_AFTER_MS = 60_000;
/** Capped exponential backoff with jitter, unless the server said how long (`Retry-After`). */
export function retryDelay(attempt, retryAfterSeconds, random) {
    if (retryAfterSeconds !== undefined)
        return Math.min(retryAfterSeconds * 1000, MAX_RETRY_AFTER_MS);
    const capped = Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_DELAY_MS);
    return capped / 2 + random() * (capped / 2);
}
/** `Retry-After` as seconds: either delay-seconds or an HTTP date. */
export function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds);
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
        const onAbort = () => { clearTimeout(timer); reject(signal?.reason); };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
function withQuery(url, query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {}))
        if (value !== undefined)
            params.append(key, String(value));
    const search = params.toString();
    return search ? `${url}?${search}` : url;
}
async function parseBody(response) {
    const text = await response.text();
    if (!text)
        return undefined;
    if (!/json/.test(response.headers.get('content-type') ?? ''))
        return text;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
/** Builds the one `request()` of a client. */
export function createRequest(config) {
    const baseUrl = config.baseUrl.replace(/\/+$/, '');
    const maxRetries = config.maxRetries ?? 2;
    const sleep = config.sleep ?? abortableSleep;
    const random = config.random ?? Math.random;
    return async function request(method, path, call = {}, options = {}) {
        const headers = { accept: 'application/json', ...call.headers, ...options.headers };
        // Public routes allow only a few CORS headers, and need no key anyway.
        if (config.apiKey && !path.startsWith('/v1/public/'))
            headers.authorization = `Bearer ${config.apiKey}`;
        if (call.body !== undefined)
            headers['content-type'] = 'application/json';
        if (method === 'POST')
            headers['idempotency-key'] = options.idempotencyKey ?? globalThis.crypto.randomUUID();
        const url = withQuery(baseUrl + path, call.query);
        const body = call.body === undefined ? undefined : JSON.stringify(call.body);
        const timeout = options.timeout ?? config.timeout ?? 30_000;
        const signal = options.signal;
        for (let attempt = 0;; attempt++) {
            signal?.throwIfAborted();
            const controller = new AbortController();
            let timedOut = false;
            const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeout);
            const onAbort = () => controller.abort(signal?.reason);
            signal?.addEventListener('abort', onAbort, { once: true });
            let error;
            try {
                const fetchImpl = config.fetch ?? globalThis.fetch;
                const response = await fetchImpl(url, { method, headers, body: body ?? null, signal: controller.signal });
                const payload = await parseBody(response);
                if (response.ok)
                    return payload;
                const problem = payload && typeof payload === 'object' ? payload : undefined;
                error = SlotkitError.generate({
                    status: response.status, problem, requestId: response.headers.get('x-request-id') ?? undefined,
                    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
                });
                if (!(response.status === 429 || response.status >= 500))
                    throw error;
            }
            catch (caught) {
                if (caught instanceof SlotkitError)
                    throw caught;
                if (signal?.aborted)
                    throw signal.reason;
                error = timedOut
                    ? new TimeoutError({ status: 0, message: `No response within ${timeout} ms`, cause: caught })
                    : new ConnectionError({ status: 0, message: `Could not reach ${baseUrl}: ${caught?.message ?? caught}`, cause: caught });
            }
            finally {
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
            }
            if (attempt >= maxRetries)
                throw error;
            await sleep(retryDelay(attempt, error.retryAfter, random), signal);
        }
    };
}
