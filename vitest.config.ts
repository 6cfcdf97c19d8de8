import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Apollo, loaded by Node, gets graphql's CommonJS build (graphql has no `exports` map); Vite
    // would give our sources its ESM build. Two copies fail graphql's instanceof checks when our
    // code builds the schema Apollo runs, so both get Node's. The bundle has one ESM copy.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
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
