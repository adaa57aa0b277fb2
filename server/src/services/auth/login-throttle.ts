import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import { sha256 } from '../secrets.ts';

/** Failed sign-ins are counted over this window. */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** Failures per account within the window before sign-in answers 429. */
export const MAX_FAILURES_PER_ACCOUNT = 10;
/** Failures per client address within the window (higher: an office shares one address). */
export const MAX_FAILURES_PER_ADDRESS = 50;

/** The scopes a sign-in is counted under: the account (workspace + email, hashed) and the client address. */
export function throttleScopes(workspace: string, email: string, address: string) {
  return { account: `account:${sha256(`${workspace}\0${email.toLowerCase()}`)}`, address: `address:${address}` };
}

/**
 * Throws 429 `rate_limited` with Retry-After when either scope has too many recent failures;
 * the wait ends when the oldest counted failure leaves the window.
 */
export async function assertNotThrottled(em: EntityManager, scopes: { account: string; address: string }, now: Date): Promise<void> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  for (const [scope, max] of [[scopes.account, MAX_FAILURES_PER_ACCOUNT], [scopes.address, MAX_FAILURES_PER_ADDRESS]] as const) {
    // The max-th newest failure: once it leaves the window, fewer than `max` remain.
    const [row] = await em.execute<{ at: string }[]>(
      'select at from login_attempt where scope = ? and at > ? order by at desc offset ? limit 1', [scope, since, max - 1]);
    if (row) {
      const retryAfter = Math.max(1, Math.ceil((new Date(row.at).getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
      throw AppError.rateLimited(retryAfter);
    }
  }
}

/**
 * Records a failed sign-in under both scopes. Failures older than the window count for
 * nothing and go at once, so the table never holds more than one window of failures.
 */
export async function recordFailure(em: EntityManager, scopes: { account: string; address: string }, now: Date): Promise<void> {
  await em.execute('delete from login_attempt where at <= ?', [new Date(now.getTime() - THROTTLE_WINDOW_MS)]);
  await em.execute('insert into login_attempt (scope, at) values (?, ?), (?, ?)', [scopes.account, now, scopes.address, now]);
}

/** Forgets an account's failures after a successful sign-in or password reset. */
export async function clearFailures(em: EntityManager, accountScope: string): Promise<void> {
  await em.execute('delete from login_attempt where scope = ?', [accountScope]);
}
