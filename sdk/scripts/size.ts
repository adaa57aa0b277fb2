/**
 * Measures the whole client as a browser would load it: `src/index.ts` bundled and minified
 * by esbuild, then gzipped. Run: `pnpm bench:size` (from the repo root).
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The budget for the minified, gzipped client. */
export const SIZE_BUDGET_BYTES = 6 * 1024;

/** Bundles and minifies the SDK; returns its minified and gzipped sizes in bytes. */
export async function measureSize(): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
    bundle: true, minify: true, format: 'esm', platform: 'neutral', target: 'es2022', write: false, logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { minified, gzip } = await measureSize();
  console.log(`@slotkit/sdk: ${minified} B minified, ${gzip} B gzip (budget ${SIZE_BUDGET_BYTES} B)`);
  if (gzip > SIZE_BUDGET_BYTES) process.exitCode = 1;
}
