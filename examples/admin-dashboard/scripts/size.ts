/**
 * Measures the admin dashboard as a browser downloads it: the root `rollup.config.js` build of
 * `examples/admin-dashboard/src/main.ts` (in memory, from the current source), the entry
 * `admin.js` and each lazily loaded chunk, minified, gzipped and brotli-compressed.
 * Run: `pnpm bench:size` (from the repo root).
 */
import { rollup } from 'rollup';
import { dashboardBundle } from '../../../rollup.config.js';
import { bundleSizes } from '../../../widget/scripts/size.ts';

const options = dashboardBundle();
const bundle = await rollup(options);
try {
  const { output } = await bundle.generate(options.output);
  for (const file of output) {
    if (file.type !== 'chunk') continue;
    const sizes = bundleSizes(file.code);
    const what = file.isEntry ? 'entry' : 'loaded on demand';
    console.log(`admin dashboard ${file.fileName} (${what}): ${sizes.minified} B minified, ${sizes.gzip} B gzip, ${sizes.brotli} B brotli`);
  }
} finally {
  await bundle.close();
}
