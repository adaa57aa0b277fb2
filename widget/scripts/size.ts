/**
 * Measures the widget's CDN bundle as a browser downloads it: `widget/src/slotkit.ts` built by
 * the root `rollup.config.js` (in memory, from the current source), minified, then gzipped
 * and brotli-compressed. Run: `pnpm bench:size` (from the repo root, after the SDK's size).
 */
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { widgetBundle } from '../../rollup.config.js';

/** The budget for the minified, gzipped bundle (30 KB). */
export const WIDGET_SIZE_BUDGET_BYTES = 30 * 1024;

/** Sizes in bytes of the bundle's code as served: minified, gzip (level 9) and brotli. */
export interface BundleSizes {
  minified: number;
  gzip: number;
  brotli: number;
}

/** The sizes of given bundle bytes. */
export function bundleSizes(code: string | Uint8Array): BundleSizes {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return { minified: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength, brotli: brotliCompressSync(bytes).byteLength };
}

/** Builds the bundle in memory (nothing written) and returns its sizes. */
export async function measureWidgetSize(): Promise<BundleSizes> {
  const options = widgetBundle();
  const bundle = await rollup(options);
  try {
    const { output } = await bundle.generate(options.output);
    const entry = output.find((file) => file.type === 'chunk' && file.fileName === 'slotkit.js');
    if (!entry || entry.type !== 'chunk') throw new Error('the widget build produced no slotkit.js');
    return bundleSizes(entry.code);
  } finally {
    await bundle.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { minified, gzip, brotli } = await measureWidgetSize();
  console.log(`@slotkit/widget slotkit.js: ${minified} B minified, ${gzip} B gzip, ${brotli} B brotli (budget ${WIDGET_SIZE_BUDGET_BYTES} B gzip)`);
  if (gzip > WIDGET_SIZE_BUDGET_BYTES) process.exitCode = 1;
}
