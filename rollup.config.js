// Browser bundles. `pnpm build:widget` (rollup -c) writes widget/dist/; the server calls
// `widgetBundle()` itself (rollup's JS API) when that folder is missing, so both builds are
// this one definition.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const fromRoot = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Where `rollup -c` writes the widget bundle, its hashed copy and its manifest. */
export const WIDGET_DIST = fromRoot('./widget/dist');

/**
 * The SDK's package exports point at `dist/`, which is never built: the widget bundles the
 * SDK's source instead.
 */
function sdkFromSource() {
  const sdkEntry = fromRoot('./sdk/src/index.ts');
  return {
    name: 'slotkit-sdk-from-source',
    resolveId: (id) => (id === '@slotkit/sdk' ? sdkEntry : null),
  };
}

/**
 * Next to `slotkit.js` (short cache, stable URL), emits the same bytes as
 * `slotkit.<hash8>.js` (immutable, for CDNs) and `manifest.json` naming it, with its gzip size.
 */
function hashedCopyWithManifest(entryFileName) {
  return {
    name: 'slotkit-hashed-copy',
    generateBundle(_options, bundle) {
      const entry = bundle[entryFileName];
      if (!entry || entry.type !== 'chunk') this.error(`no ${entryFileName} in the bundle`);
      const hash = createHash('sha256').update(entry.code).digest('hex').slice(0, 8);
      const hashedName = entryFileName.replace(/\.js$/, `.${hash}.js`);
      this.emitFile({ type: 'asset', fileName: hashedName, source: entry.code });
      const manifest = { [entryFileName]: hashedName, gzipBytes: gzipSync(entry.code, { level: 9 }).byteLength };
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

/** The widget's CDN bundle: one minified ES2022 module with Lit, floating-ui and the SDK inside. */
export function widgetBundle({ outDir = WIDGET_DIST } = {}) {
  return {
    input: fromRoot('./widget/src/slotkit.ts'),
    output: { dir: outDir, format: 'es', entryFileNames: 'slotkit.js', inlineDynamicImports: true },
    plugins: [
      sdkFromSource(),
      // Lit's production build (no dev-mode warnings), browser entry points.
      nodeResolve({ browser: true, exportConditions: ['production'], extensions: ['.ts', '.js', '.mjs'] }),
      esbuild({ target: 'es2022', minify: true, legalComments: 'eof' }),
      hashedCopyWithManifest('slotkit.js'),
    ],
    onwarn(warning, warn) {
      // Lit's modules use `this` at the top level of ESM, which rollup rewrites to undefined, as intended.
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  };
}

export default [widgetBundle()];
