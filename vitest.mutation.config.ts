import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant (`npm run mutate`): those that run src/ in this process.
// - test/unit/, test/cli/main.test.ts, and test/cli/main.conformance.test.ts (every conformance case
//   through src/main.ts, compared with aws-cli's recorded goldens).
// - The end-to-end files below, with GIL_TEST_IN_PROCESS=1: their runBin() then runs src/main.ts in
//   this process instead of spawning the built bin (which a mutant of src/ does not change).
// Left out: the spawned conformance suite (the in-process one covers the same cases); end-to-end
// files about the process itself (bin, terminal, faults, hostile-files, wait, package, action: exit
// paths, signals, the code cache, the installed package); and the fuzz test (random inputs: a mutant's
// result would differ between runs). The credentials file runs in-process too: while a command runs,
// the process's environment is the command's (test/support/in-process.ts), which the SDK's
// credential providers read. login-session stays out: its provider finds the token cache through
// os.homedir(), the C environment's HOME, which Stryker's worker threads cannot change.
export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/cli/main.test.ts',
      'test/cli/main.conformance.test.ts',
      ...[
        'check-labels',
        'credentials',
        'error-formats',
        'network',
        'no-second-start',
        'offline-labels',
        'profile-settings',
      ].map((name) => `test/e2e/${name}.test.ts`),
    ],
    env: { GIL_TEST_IN_PROCESS: '1' },
    // Lets the unit tests that check a module's top-level code see its mutants (see the file).
    setupFiles: ['test/support/stryker-early-activation.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
