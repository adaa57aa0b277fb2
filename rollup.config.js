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

/**
 * CSS text without comments and without the whitespace CSS ignores. Spaces that can matter
 * (descendant combinators, `calc(a - b)`, `@media ... and (...)`) stay; only runs become one space.
 */
export function minifyCss(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}');
}

/**
 * Minifies what esbuild leaves alone: the text of the widget's `css` tagged templates
 * (`minifyCss`) and the indentation of its `html` ones (a line break with its indent becomes one
 * space, which renders the same). Runs on esbuild's JavaScript output, through rollup's parser;
 * esbuild renames imports (`import { html as r } from "lit"`), so tags are found by what they import.
 */
function minifyTaggedTemplates() {
  const tags = { css: minifyCss, html: (text) => text.replace(/\s*\n\s*/g, ' ') };
  const walk = (node, visit) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { for (const child of node) walk(child, visit); return; }
    if (typeof node.type === 'string') visit(node);
    for (const key in node) if (key !== 'type' && node[key] && typeof node[key] === 'object') walk(node[key], visit);
  };
  return {
    name: 'slotkit-minify-tagged-templates',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\b(?:css|html)\b/.test(code)) return null;
      const ast = this.parse(code);
      const local = new Map();
      for (const node of ast.body) {
        if (node.type !== 'ImportDeclaration' || node.source.value !== 'lit') continue;
        for (const s of node.specifiers) if (s.type === 'ImportSpecifier' && tags[s.imported.name]) local.set(s.local.name, tags[s.imported.name]);
      }
      const edits = [];
      walk(ast, (node) => {
        const minify = node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' ? local.get(node.tag.name) : undefined;
        if (!minify) return;
        const { quasis } = node.quasi;
        quasis.forEach((quasi, i) => {
          let text = minify(quasi.value.raw);
          // Only CSS may lose its outer spaces: in HTML a leading space can separate words.
          if (minify === minifyCss && i === 0) text = text.trimStart();
          if (minify === minifyCss && i === quasis.length - 1) text = text.trimEnd();
          edits.push({ start: quasi.start, end: quasi.end, text });
        });
      });
      if (edits.length === 0) return null;
      let out = '';
      let at = 0;
      for (const edit of edits.sort((a, b) => a.start - b.start)) {
        out += code.slice(at, edit.start) + edit.text;
        at = edit.end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

/** The widget's CDN bundle: one minified ES2022 module with Lit and the SDK inside. */
export function widgetBundle({ outDir = WIDGET_DIST } = {}) {
  return {
    input: fromRoot('./widget/src/slotkit.ts'),
    output: { dir: outDir, format: 'es', entryFileNames: 'slotkit.js', inlineDynamicImports: true },
    plugins: [
      sdkFromSource(),
      // Lit's production build (no dev-mode warnings), browser entry points.
      nodeResolve({ browser: true, exportConditions: ['production'], extensions: ['.ts', '.js', '.mjs'] }),
      esbuild({ target: 'es2022', minify: true, legalComments: 'eof' }),
      minifyTaggedTemplates(),
      hashedCopyWithManifest('slotkit.js'),
    ],
    onwarn(warning, warn) {
      // Lit's modules use `this` at the top level of ESM, which rollup rewrites to undefined, as intended.
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  };
}

/** Where `rollup -c` writes the admin dashboard (`admin.js`, its chunks and `index.html`). */
export const DASHBOARD_DIST = fromRoot('./examples/admin-dashboard/dist');

/** The dashboard's page: no inline script or style (the server's CSP allows neither), the bundle by absolute path. */
const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Slotkit admin</title>
<script type="module" src="/admin/admin.js"></script>
</head>
<body>
<sk-admin-app></sk-admin-app>
<noscript>The Slotkit dashboard needs JavaScript.</noscript>
</body>
</html>
`;

/**
 * The admin dashboard: `admin.js` (stable name, revalidated) with hashed chunks loaded on
 * demand (immutable), and `index.html`; Lit, Chart.js and the SDK from source inside.
 */
export function dashboardBundle({ outDir = DASHBOARD_DIST } = {}) {
  return {
    input: fromRoot('./examples/admin-dashboard/src/main.ts'),
    output: { dir: outDir, format: 'es', entryFileNames: 'admin.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [
      sdkFromSource(),
      nodeResolve({ browser: true, exportConditions: ['production'], extensions: ['.ts', '.js', '.mjs'] }),
      esbuild({ target: 'es2022', minify: true, legalComments: 'eof' }),
      { name: 'slotkit-dashboard-html', generateBundle() { this.emitFile({ type: 'asset', fileName: 'index.html', source: DASHBOARD_HTML }); } },
    ],
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  };
}

export default [widgetBundle(), dashboardBundle()];
