/**
 * Bundles the framework examples with esbuild (JSX for React; Vue's full build, which
 * compiles templates in the browser), in memory: `react.js` and `vue.js`.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);

/** The bundled scripts by file name (`react.js`, `vue.js`). */
export async function buildEmbeds(): Promise<Map<string, string>> {
  const result = await build({
    entryPoints: { react: here('./src/react-app.tsx'), vue: here('./src/vue-app.ts') },
    outdir: here('./dist'), bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true,
    write: false, logLevel: 'silent', jsx: 'automatic',
    // Lit's and React's production builds.
    conditions: ['production'],
    alias: {
      // The SDK's package exports point at `dist/`, which is never built: bundle its source.
      '@slotkit/sdk': here('../../sdk/src/index.ts'),
      // Vue's full build: runtime plus the template compiler.
      vue: require.resolve('vue/dist/vue.esm-bundler.js'),
    },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  return new Map(result.outputFiles.map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.text]));
}
