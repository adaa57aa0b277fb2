import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../../server/test/harness.ts';
import { expectListedAndBooked } from './fixtures/expect-round-trip.ts';

/**
 * The SDK source, unchanged, under Deno and Bun: `fixtures/smoke.ts` books, double-books,
 * fetches, cancels and lists through the SDK against a real server on loopback.
 *
 * The runtimes are the pinned devDependencies `deno` and `bun`; their postinstalls are denied
 * (pnpm-workspace.yaml), so this runs the binaries of their platform packages directly.
 */
const run = promisify(execFile);
const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const smoke = fileURLToPath(new URL('fixtures/smoke.ts', import.meta.url));
const scratch = join(sdkDir, '..', '.test-data', `runtimes-${process.pid}`);

/** The native binary inside the platform package the wrapper package depends on. */
function platformBinary(wrapper: string, candidates: string[], exe: string): string {
  const fromWrapper = createRequire(createRequire(join(sdkDir, 'package.json')).resolve(`${wrapper}/package.json`));
  for (const name of candidates) {
    try {
      return join(dirname(fromWrapper.resolve(`${name}/package.json`)), exe);
    } catch { /* not this platform's package */ }
  }
  throw new Error(`no ${wrapper} binary installed for ${process.platform}-${process.arch} (tried ${candidates.join(', ')})`);
}

const arch = process.arch === 'arm64' ? 'aarch64' : process.arch;
const win = process.platform === 'win32';
const runtimes = [
  {
    name: 'deno',
    version: '2.9.6',
    binary: () => platformBinary('deno', [
      process.platform === 'linux' ? `@deno/linux-${process.arch}-glibc` : `@deno/${process.platform}-${process.arch}`,
    ], win ? 'deno.exe' : 'deno'),
    // No deno.json, lockfile, npm or remote modules: nothing to fetch or write; the net only to loopback.
    args: ['run', '--no-config', '--no-lock', '--no-npm', '--no-remote', '--no-prompt', '--allow-net=127.0.0.1', smoke],
  },
  {
    name: 'bun',
    version: '1.4.5',
    binary: () => platformBinary('bun', [
      `@oven/bun-${win ? 'windows' : process.platform}-${arch}`, `@oven/bun-${process.platform}-${arch}-musl`,
    ], win ? 'bin/bun.exe' : 'bin/bun'),
    // No auto-install of imports, no .env files.
    args: ['run', '--no-install', '--no-env-file', smoke],
  },
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe.each(runtimes)('the SDK under $name', ({ name, version, binary, args }) => {
  it(`runs a booking round trip (${version})`, async () => {
    const seed = await seedWorkspace(server);
    const home = join(scratch, name);
    mkdirSync(join(home, 'tmp'), { recursive: true });
    // A clean environment: no proxies (the server is on loopback), no user caches or config.
    const env = {
      HOME: home, TMPDIR: join(home, 'tmp'), XDG_CACHE_HOME: join(home, 'cache'), NO_COLOR: '1',
      DENO_DIR: join(home, 'deno'), DENO_NO_UPDATE_CHECK: '1', DENO_NO_PACKAGE_JSON: '1',
      BUN_INSTALL: join(home, 'bun'), BUN_INSTALL_CACHE_DIR: join(home, 'bun', 'cache'), DO_NOT_TRACK: '1',
    };
    const { stdout } = await run(binary(), [...args, server.url, seed.slug, seed.apiKey], {
      cwd: home, env, timeout: 30_000, killSignal: 'SIGKILL', maxBuffer: 1 << 20,
    }).catch((error: Error & { stdout?: string; stderr?: string }) => {
      throw new Error(`${name} failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
    });
    const summary = JSON.parse(stdout.trim().split('\n').at(-1)!);

    expect(summary.runtime).toEqual({ name, version });
    const uid = expectListedAndBooked(summary);
    expect(summary.doubleBooking).toEqual({
      name: 'SlotUnavailableError', constructor: 'SlotUnavailableError', isSlotUnavailableError: true, isSlotkitError: true,
      status: 409, code: 'slot_unavailable', hasRequestId: true,
    });
    expect(summary.fetched).toEqual({ uid, status: 'confirmed' });
    expect(summary.cancelled).toEqual({ uid, status: 'cancelled', cancelReason: `smoke test on ${name}` });
    expect(summary.listed).toEqual({ count: 1, status: 'cancelled' });
    // What the runtime did, the server saw.
    const stored = await seed.admin('GET', `/v1/bookings/${uid}`);
    expect(stored.body.status).toBe('cancelled');
  });
});
