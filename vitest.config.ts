import { defineConfig } from 'vitest/config';

// One run covers every package; each package is a project with its own setup.
export default defineConfig({
  test: {
    projects: ['packages/*', 'server', 'sdk', 'widget', 'examples/admin-dashboard'],
    reporters: ['default', './scripts/summary-reporter.ts'],
  },
});
