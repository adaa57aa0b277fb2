import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from 'koa';
import { Workspace } from '../../db/entities/index.ts';

const PUBLIC_WORKSPACE_PATH = /^\/v1\/public\/([^/]+)\//;

/**
 * The CORS origin to grant on a public route. Public routes are open to any page unless the
 * workspace lists allowed embed origins; then only those pages may call its routes from a
 * browser. Manage routes (`/v1/public/bookings/...`) stay open: they need the booking's
 * secret token anyway. Lists are cached per process for `ttlMs`, so a change takes effect
 * within that time.
 */
export function embedOriginPolicy(em: () => EntityManager, ttlMs = 30_000, clock: () => number = Date.now) {
  const cache = new Map<string, { origins: string[]; at: number }>();
  return async function allowedOrigin(ctx: Context): Promise<string> {
    const origin = ctx.get('Origin');
    const slug = PUBLIC_WORKSPACE_PATH.exec(ctx.path)?.[1];
    if (!origin || !slug || slug === 'bookings') return origin || '*';
    let entry = cache.get(slug);
    if (!entry || clock() - entry.at > ttlMs) {
      const workspace = await em().findOne(Workspace, { slug }, { fields: ['allowedOrigins'] });
      if (cache.size > 10_000) cache.clear();
      entry = { origins: workspace?.allowedOrigins ?? [], at: clock() };
      cache.set(slug, entry);
    }
    return entry.origins.length === 0 || entry.origins.includes(origin) ? origin : '';
  };
}
