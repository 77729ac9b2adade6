import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tab is built once (when its sources changed) for the browser tests.
    globalSetup: ['test/support/build-tab.ts'],
    // End-to-end tests start real servers on free ports; keep the 2-core machine calm.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
