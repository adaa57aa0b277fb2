import type Router from '@koa/router';
import type { Context, Next } from 'koa';
import { AppError } from '../../errors.ts';
import type { Route } from '../route.ts';

/**
 * Refuses requests to the routes that set a session cookie (`startsSession`) that a page of
 * another site could have sent: such a page could otherwise sign its visitor into an account
 * of the page's choosing (login CSRF). A body of another type (text/plain, a Blob without
 * type) makes a "simple" cross-site request with no CORS preflight, so these routes require
 * `Content-Type: application/json`, which forces one that the server never grants them; and a
 * browser that says so (`Sec-Fetch-Site: cross-site`) is refused outright. Runs before the body
 * is read, and matches paths with the router itself, so every spelling it accepts is covered.
 */
export function signInGuard(router: Router, routes: readonly Route[]) {
  const guarded = new Set(routes.filter((route) => route.startsSession).map((route) => `${route.method.toUpperCase()} ${route.path}`));
  const guardedMethods = new Set([...guarded].map((key) => key.split(' ')[0]));
  return async function signInGuardMiddleware(ctx: Context, next: Next): Promise<void> {
    // Every request passes here: reads (the slots hot path) skip the router lookup.
    if (!guardedMethods.has(ctx.method)) return next();
    const matched = router.match(ctx.path, ctx.method).pathAndMethod;
    if (matched.some((layer) => guarded.has(`${ctx.method} ${layer.path}`))) {
      if (ctx.get('Sec-Fetch-Site').toLowerCase() === 'cross-site') {
        throw AppError.forbidden('Signing in from another site is not allowed: open the dashboard on this server.');
      }
      if (ctx.request.type.trim().toLowerCase() !== 'application/json') {
        throw AppError.forbidden('Sign-in requests must send Content-Type: application/json (a guard against signing in from another site).');
      }
    }
    return next();
  };
}
