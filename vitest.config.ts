import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The packaging and benchmark tests run dist/'s bundles: built here when missing or stale.
    globalSetup: ['test/setup/buildBundlesIfStale.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration suites start loopback servers; two cores is all a runner has.
    maxWorkers: 2,
  },
});
