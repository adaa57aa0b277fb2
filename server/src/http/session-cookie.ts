import type { Context } from 'koa';
import { SESSION_COOKIE } from '../services/auth/sessions.ts';

/**
 * Koa refuses to set a Secure cookie on a connection it believes is plain HTTP; behind a TLS
 * proxy without TRUST_PROXY that belief is wrong, and PUBLIC_URL (https) says so.
 */
function allowSecure(ctx: Context, secure: boolean): void {
  if (secure) (ctx.cookies as unknown as { secure: boolean }).secure = true;
}

/** Sets the session cookie: httpOnly, SameSite=Lax, Path=/, Secure when the server is public over https. */
export function setSessionCookie(ctx: Context, token: string, expiresAt: Date, secure: boolean): void {
  allowSecure(ctx, secure);
  ctx.cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure, expires: expiresAt, overwrite: true });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(ctx: Context, secure: boolean): void {
  allowSecure(ctx, secure);
  ctx.cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', secure, expires: new Date(0), overwrite: true });
}

/** The session token the request carries, if any. */
export function sessionTokenOf(ctx: Context): string | undefined {
  return ctx.cookies.get(SESSION_COOKIE) || undefined;
}
