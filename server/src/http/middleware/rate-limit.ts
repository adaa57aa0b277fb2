import { AppError } from '../../errors.ts';

/**
 * Fixed-window counter per key (a client address), kept in this process. Several API
 * processes each apply the limit, which bounds abuse without a shared store.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(limit: number, windowMs = 60_000) {
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /** Counts one hit for `key` at `now`; throws 429 with Retry-After once over the limit. */
  hit(key: string, now: number): void {
    let window = this.#windows.get(key);
    if (!window || now - window.start >= this.#windowMs) {
      if (this.#windows.size > 10_000) this.#prune(now);
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    window.count += 1;
    if (window.count > this.#limit) {
      throw AppError.rateLimited(Math.max(1, Math.ceil((window.start + this.#windowMs - now) / 1000)));
    }
  }

  #prune(now: number): void {
    for (const [key, window] of this.#windows) if (now - window.start >= this.#windowMs) this.#windows.delete(key);
  }
}
