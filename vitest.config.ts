import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    maxConcurrency: 4,
    // The e2e and conformance suites spawn the built bin: `npm test` builds it first.
    pool: 'forks',
  },
});
