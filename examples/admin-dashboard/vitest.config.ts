import { defineConfig } from 'vitest/config';

// The dashboard's tests: pure helpers in Node, and end-to-end runs of the built dashboard in
// Chromium against a real server on real PostgreSQL.
export default defineConfig({
  test: {
    name: 'admin-dashboard',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Its own embedded PostgreSQL, and the dashboard built once from the current source.
    globalSetup: ['test/fixtures/global-setup.ts'],
    testTimeout: 120_000,
    // Browser steps wait on a real server (scrypt for passwords, a shared two-core machine):
    // `expect.poll` gets as long as a person would wait, not vitest's default of one second.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 180_000,
    // Each browser test file starts a server and a Chromium: two at a time fit two cores.
    maxWorkers: 2,
  },
});
