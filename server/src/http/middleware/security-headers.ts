import type { Context, Next } from 'koa';

/** Conservative security headers for an API that also serves a docs page and bundles. */
export async function securityHeaders(ctx: Context, next: Next): Promise<void> {
  ctx.set({
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
    'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  });
  await next();
}
