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
/** Capped exponential backoff with jitter, unless the server said how long (`Retry-After`). */
export declare function retryDelay(attempt: number, retryAfterSeconds: number | undefined, random: () => number): number;
/** `Retry-After` as seconds: either delay-seconds or an HTTP date. */
export declare function parseRetryAfter(value: string | null, now?: number): number | undefined;
/** Builds the one `request()` of a client. */
export declare function createRequest(config: TransportConfig): Request;
