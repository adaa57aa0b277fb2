import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_FILE, generateTypes } from '../scripts/generate.ts';
import { measureSize, SIZE_BUDGET_BYTES } from '../scripts/size.ts';

const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'slotkit-sdk-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('package', () => {
  it('has generated types that match the server\'s OpenAPI document (run `node sdk/scripts/generate.ts` if not)', async () => {
    expect(await generateTypes()).toBe(readFileSync(GENERATED_FILE, 'utf8'));
  });

  it(`stays under ${SIZE_BUDGET_BYTES} bytes minified and gzipped, bundled for a neutral platform`, async () => {
    const { gzip } = await measureSize();
    expect(gzip).toBeLessThan(SIZE_BUDGET_BYTES);
  });

  it('uses no Node built-ins or globals in its source (browsers, Deno, Bun)', () => {
    const files = readdirSync(join(sdkDir, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(join(sdkDir, 'src', file), 'utf8');
      expect(source, file).not.toMatch(/from ['"]node:|\bprocess\.|\bBuffer\b|\brequire\(/);
    }
  });

  it('builds to ESM with types that Node loads, and passes publint', async () => {
    const tsc = createRequire(join(sdkDir, 'package.json')).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', join(sdkDir, 'tsconfig.build.json'), '--outDir', join(out, 'dist')], { stdio: 'pipe' });
    copyFileSync(join(sdkDir, 'package.json'), join(out, 'package.json'));
    copyFileSync(join(sdkDir, 'README.md'), join(out, 'README.md'));
    const { messages, pkg } = await publint({ pkgDir: out, pack: false, strict: true });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
    const built = await import(join(out, 'dist', 'index.js')) as typeof import('../src/index.ts');
    expect(new built.Slotkit({ baseUrl: 'http://localhost' }).manage('bk_1', 't').calendarUrl()).toBe('http://localhost/v1/public/bookings/bk_1/calendar.ics?token=t');
    expect(readFileSync(join(out, 'dist', 'index.d.ts'), 'utf8')).toContain('Slotkit');
  });
});
