import type { Context } from 'koa';

/** The booking manage token of a request: `?token=` or the `X-Manage-Token` header. */
export function manageTokenOf(ctx: Context): string | undefined {
  const q = ctx.query.token;
  return (typeof q === 'string' && q) || ctx.get('X-Manage-Token') || undefined;
}
