import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant (`npm run mutate`): those that import src/ directly.
// Left out: test/e2e/ and test/conformance/ spawn the built dist/ bundles, which a mutant of src/ does
// not change (they could kill nothing and cost minutes per run), and the fuzz test (random inputs:
// a mutant's result would differ between runs).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/cli/main.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
