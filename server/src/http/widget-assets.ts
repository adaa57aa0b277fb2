import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Middleware, Next } from 'koa';
import { AppError } from '../errors.ts';
import { buildBundleInto, compressFile, sendCompressed, type CompressedFile } from './static-bundle.ts';

/** Where `pnpm build:widget` (root `rollup.config.js`) writes the widget bundle. */
export const WIDGET_DIST_DIR = fileURLToPath(new URL('../../../widget/dist/', import.meta.url));

const ENTRY = 'slotkit.js';
/** The stable URL of the bundle, which the hosted pages embed. */
export const WIDGET_SCRIPT_PATH = `/widget/${ENTRY}`;
const HASHED_ENTRY = /^slotkit\.[0-9a-f]{8}\.js$/;
/** The stable URL may change on deploy, so caches revalidate it often; the hashed one never changes. */
const SHORT_CACHE = 'public, max-age=300';
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** `widget/dist/manifest.json`, written by the bundle build. */
export interface WidgetManifest {
  'slotkit.js': string;
  gzipBytes: number;
}

/** One servable file, compressed once when loaded. */
interface WidgetAsset extends CompressedFile {
  cacheControl: string;
}

/** Reads the manifest of a built bundle, or undefined when there is none. */
export async function readWidgetManifest(distDir = WIDGET_DIST_DIR): Promise<WidgetManifest | undefined> {
  const text = await readFile(join(distDir, 'manifest.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const manifest = JSON.parse(text) as Partial<WidgetManifest>;
  const hashed = manifest[ENTRY];
  return typeof hashed === 'string' && HASHED_ENTRY.test(hashed) ? manifest as WidgetManifest : undefined;
}

/**
 * Builds the bundle with rollup's JS API and the root `rollup.config.js`, the manifest
 * renamed into place last, so a reader sees the old bundle or the new one, never half of it.
 */
export async function buildWidgetBundle(distDir = WIDGET_DIST_DIR): Promise<WidgetManifest> {
  const { widgetBundle } = await import('../../../rollup.config.js');
  await buildBundleInto(widgetBundle({ outDir: distDir }), distDir, 'manifest.json');
  const manifest = await readWidgetManifest(distDir);
  if (!manifest) throw new Error(`the widget build wrote no manifest to ${distDir}`);
  return manifest;
}

const building = new Map<string, Promise<WidgetManifest>>();

/** The bundle's manifest, building the bundle first (once per process and folder) when it is missing. */
export function ensureWidgetBundle(distDir = WIDGET_DIST_DIR): Promise<WidgetManifest> {
  let pending = building.get(distDir);
  if (!pending) {
    pending = readWidgetManifest(distDir).then((manifest) => manifest ?? buildWidgetBundle(distDir));
    // A failed build may be retried by the next request rather than cached forever.
    pending.catch(() => building.delete(distDir));
    building.set(distDir, pending);
  }
  return pending;
}

async function loadAssets(distDir: string): Promise<Map<string, WidgetAsset>> {
  const manifest = await ensureWidgetBundle(distDir);
  const assets = new Map<string, WidgetAsset>();
  for (const [name, cacheControl] of [[ENTRY, SHORT_CACHE], [manifest[ENTRY], IMMUTABLE_CACHE]] as const) {
    const identity = await readFile(join(distDir, name));
    assets.set(`/widget/${name}`, { ...compressFile(identity), cacheControl });
  }
  return assets;
}

/**
 * Serves the widget bundle to any site: `GET /widget/slotkit.js` (short cache) and
 * `GET /widget/slotkit.<hash>.js` (immutable), CORS-open (module scripts are fetched in CORS
 * mode), compressed with brotli or gzip when the client accepts it, with an ETag for 304s.
 * The files are read and compressed once, on the first request; if no bundle was built,
 * that first request builds it.
 */
export function widgetAssets(options: { distDir?: string } = {}): Middleware {
  const distDir = options.distDir ?? WIDGET_DIST_DIR;
  let loaded: Promise<Map<string, WidgetAsset>> | undefined;
  return async function widgetAssetsMiddleware(ctx: Context, next: Next): Promise<void> {
    if (!ctx.path.startsWith('/widget/') || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    if (ctx.path !== `/widget/${ENTRY}` && !HASHED_ENTRY.test(ctx.path.slice('/widget/'.length))) return next();
    if (!loaded) {
      loaded = loadAssets(distDir);
      loaded.catch(() => { loaded = undefined; });
    }
    const asset = (await loaded).get(ctx.path);
    // An old hash (from before a redeploy) is not kept.
    if (!asset) throw AppError.notFound('Widget bundle');
    ctx.set({
      'Cache-Control': asset.cacheControl,
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    ctx.type = 'text/javascript; charset=utf-8';
    sendCompressed(ctx, asset);
  };
}
