// Component tests of the widget: real Chromium, real Slotkit server, real PostgreSQL.
// The server runs here, in web-test-runner's Node process, with a fixed `now`; tests reach it
// through the `slotkit-*` commands below (seed a workspace, call the API, pay at the fake Stripe).
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { startWidgetTestApi } from './test/fixtures/test-api.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The instant the test server believes it is; tests pin the element's `now` to it too. */
export const NOW = '2026-11-30T08:00:00Z';

// `@web/test-runner-commands` (sendKeys, setViewport, emulateMedia) ships with the runner;
// serve its browser module from where the runner's own dependency lives.
const runnerRequire = createRequire(createRequire(import.meta.url).resolve('@web/test-runner'));
const commandsModule = runnerRequire.resolve('@web/test-runner-commands');
const aliases = {
  '@slotkit/sdk': resolve(root, 'sdk/src/index.ts'),
  '@web/test-runner-commands': commandsModule,
};

/** Resolves the SDK to its TypeScript source (its package points at an unbuilt `dist/`). */
const aliasPlugin = {
  name: 'slotkit-aliases',
  resolveImport({ source }) {
    const target = aliases[source];
    return target ? `/${relative(root, target).split('\\').join('/')}` : undefined;
  },
};

/** Starts the API for the run and answers the tests' `slotkit-*` commands. */
function slotkitApiPlugin() {
  let api;
  return {
    name: 'slotkit-api',
    async serverStart() {
      api = await startWidgetTestApi({ now: NOW });
    },
    async serverStop() {
      await api?.stop();
    },
    async executeCommand({ command, payload }) {
      if (command === 'slotkit-seed') return api.seed(payload ?? {});
      if (command === 'slotkit-request') return api.request(payload);
      if (command === 'slotkit-stripe') return api.stripe(payload);
      return undefined;
    },
  };
}

/** Prints one plain line with the number of passed and failed tests, for logs and CI. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++; // a file that failed to load
      }
      console.log(`\nWidget component tests: ${passed} passed, ${failed} failed`);
    },
  };
}

export default {
  rootDir: root,
  files: [resolve(root, 'widget/src/**/*.test.ts')],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        // --lang pins navigator.language, which the element falls back to: tests must not
        // depend on the machine's LANG.
        args: ['--headless', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'],
      },
    }),
  ],
  plugins: [aliasPlugin, esbuildPlugin({ ts: true, target: 'es2022' }), slotkitApiPlugin()],
  reporters: [defaultReporter(), countReporter()],
};
