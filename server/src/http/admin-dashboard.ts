import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Middleware, Next } from 'koa';
import { AppError } from '../errors.ts';
import { buildBundleInto, compressFile, sendCompressed, type CompressedFile } from './static-bundle.ts';

/** Where `pnpm build` (root `rollup.config.js`) writes the admin dashboard. */
export const DASHBOARD_DIST_DIR = fileURLToPath(new URL('../../../examples/admin-dashboard/dist/', import.meta.url));

/** The dashboard's base path. */
export const DASHBOARD_PATH = '/admin';

/**
 * Same-origin everything, no inline script or style: the dashboard adopts its styles as
 * constructable stylesheets, which CSP does not restrict.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** Chunks carry a content hash in their name, so they never change; the page and entry do. */
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const HASHED_CHUNK = /^chunks\/[\w.-]+-[\w-]{8,}\.js$/;

/** One servable file, compressed once when loaded. */
interface DashboardAsset extends CompressedFile {
  type: string;
  cacheControl: string;
}

async function hasBuild(distDir: string): Promise<boolean> {
  const names = await readdir(distDir).catch(() => [] as string[]);
  return names.includes('index.html') && names.includes('admin.js');
}

/**
 * Builds the dashboard with rollup's JS API and the root `rollup.config.js`, `index.html`
 * renamed into place last, so a reader never sees a page whose script is not there yet.
 */
export async function buildDashboardBundle(distDir = DASHBOARD_DIST_DIR): Promise<void> {
  const { dashboardBundle } = await import('../../../rollup.config.js');
  await buildBundleInto(dashboardBundle({ outDir: distDir }), distDir, 'index.html');
}

const building = new Map<string, Promise<void>>();

/** Builds the dashboard (once per process and folder) when `distDir` holds no build. */
export function ensureDashboardBundle(distDir = DASHBOARD_DIST_DIR): Promise<void> {
  let pending = building.get(distDir);
  if (!pending) {
    pending = hasBuild(distDir).then((built) => (built ? undefined : buildDashboardBundle(distDir)));
    pending.catch(() => building.delete(distDir));
    building.set(distDir, pending);
  }
  return pending;
}

async function loadAsset(distDir: string, name: string): Promise<DashboardAsset> {
  const identity = await readFile(join(distDir, name));
  const hashed = HASHED_CHUNK.test(name);
  return {
    ...compressFile(identity),
    type: name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8',
    cacheControl: hashed ? IMMUTABLE_CACHE : REVALIDATE,
  };
}

/**
 * The dashboard's files, each read and compressed once, when first asked for: the page and
 * entry, and any hashed chunk in `chunks/` (older builds' chunks stay servable, for pages
 * loaded before a deploy). Anything else is not a dashboard file.
 */
function dashboardFiles(distDir: string) {
  const loaded = new Map<string, Promise<DashboardAsset | undefined>>();
  return (name: string): Promise<DashboardAsset | undefined> => {
    if (name !== 'index.html' && name !== 'admin.js' && !HASHED_CHUNK.test(name)) return Promise.resolve(undefined);
    let pending = loaded.get(name);
    if (!pending) {
      pending = ensureDashboardBundle(distDir).then(() => loadAsset(distDir, name)).catch((error: NodeJS.ErrnoException) => {
        loaded.delete(name);
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      loaded.set(name, pending);
    }
    return pending;
  };
}

/**
 * Serves the admin dashboard: `GET /admin` redirects to `/admin/`, which is the page; its
 * entry `admin.js` is revalidated on each load, hashed chunks are cached for good. Each file
 * is read and compressed once, on its first request, the dashboard built first when no
 * build exists. Only this origin's scripts run (a strict CSP), and no site may frame it.
 */
export function adminDashboard(options: { distDir?: string } = {}): Middleware {
  const file = dashboardFiles(options.distDir ?? DASHBOARD_DIST_DIR);
  return async function adminDashboardMiddleware(ctx: Context, next: Next): Promise<void> {
    if (ctx.path !== DASHBOARD_PATH && !ctx.path.startsWith(`${DASHBOARD_PATH}/`)) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (ctx.path === DASHBOARD_PATH) {
      ctx.status = 301;
      ctx.redirect(`${DASHBOARD_PATH}/${ctx.querystring ? `?${ctx.querystring}` : ''}`);
      return;
    }
    const name = ctx.path.slice(DASHBOARD_PATH.length + 1) || 'index.html';
    const asset = await file(name);
    if (!asset) throw AppError.notFound('Dashboard file');
    ctx.set({
      'Cache-Control': asset.cacheControl,
      'Content-Security-Policy': DASHBOARD_CSP,
      'Referrer-Policy': 'same-origin',
    });
    ctx.type = asset.type;
    sendCompressed(ctx, asset);
  };
}
