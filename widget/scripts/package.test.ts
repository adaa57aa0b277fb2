import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, expect, it } from 'vitest';

// `@slotkit/widget` as npm would ship it: the modules compiled to `lib/` (with types), the
// Custom Elements Manifest and the README, with `publishConfig` applied as pnpm does on publish.
const widgetDir = fileURLToPath(new URL('..', import.meta.url));
const sdkDir = fileURLToPath(new URL('../../sdk', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'slotkit-widget-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The SDK builds with its own TypeScript, as its own package test does. */
const sdkTsc = createRequire(join(sdkDir, 'package.json')).resolve('typescript/bin/tsc');
/** The repository's TypeScript (7.x, whose package exports hide its bin from `require.resolve`). */
const rootTsc = join(widgetDir, '..', 'node_modules', 'typescript', 'bin', 'tsc');

it('compiles to ESM with types and passes publint with its published exports', async () => {
  // The widget's types import the SDK's, which resolve to the SDK's own build.
  execFileSync(process.execPath, [sdkTsc, '-p', join(sdkDir, 'tsconfig.build.json')], { stdio: 'pipe' });
  execFileSync(process.execPath, [rootTsc, '-p', join(widgetDir, 'tsconfig.build.json'), '--outDir', join(out, 'lib')], { stdio: 'pipe' });
  const pkg = JSON.parse(readFileSync(join(widgetDir, 'package.json'), 'utf8')) as Record<string, unknown> & { publishConfig: Record<string, unknown> };
  const { publishConfig, ...rest } = pkg;
  writeFileSync(join(out, 'package.json'), JSON.stringify({ ...rest, ...publishConfig }, null, 2));
  for (const file of ['README.md', 'custom-elements.json']) copyFileSync(join(widgetDir, file), join(out, file));

  const { messages, pkg: read } = await publint({ pkgDir: out, pack: false, strict: true });
  expect(messages.map((m) => formatMessage(m, read))).toEqual([]);
  for (const file of ['index.js', 'index.d.ts', 'define.js', 'components/booking-calendar/booking-calendar.d.ts']) expect(existsSync(join(out, 'lib', file)), file).toBe(true);
  // Relative imports point at the compiled .js files; the element registers nothing on import.
  const index = readFileSync(join(out, 'lib', 'index.js'), 'utf8');
  expect(index).toContain("from './components/booking-calendar/booking-calendar.js'");
  expect(index).not.toContain('customElements.define');
  expect(readFileSync(join(out, 'lib', 'define.js'), 'utf8')).toContain('customElements');
});
