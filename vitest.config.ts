import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    maxConcurrency: 4,
    // The e2e and conformance suites spawn the built bin: `npm test` builds it first.
    pool: 'forks',
    // The JSON report lets .ci/run print a plain 'N passed, N failed' line.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
  },
});
