import { defineConfig } from 'vitest/config';

// Node-side tests of the widget: the built bundle (size, manifest) and end-to-end runs in
// Chromium against a real API. Component tests in the browser run under web-test-runner.
export default defineConfig({
  test: {
    name: 'widget',
    include: ['scripts/**/*.test.ts', 'test/e2e*.test.ts'],
    // Its own embedded PostgreSQL, and the bundle built once from the current source.
    globalSetup: ['test/fixtures/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
