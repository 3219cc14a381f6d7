// The conformance cases (test/conformance/) run through src/main.ts in-process: the same goldens, the
// same comparison, each case against its own loopback emulator — but no spawned bin. The spawned suite
// checks what the built tool does as a process; this one lets a mutation of src/ (npm run mutate) be
// seen by every byte the reference's goldens pin down.
import { describe, test } from 'vitest';
import { startEmulator } from '../../src/emulator/server.js';
import cases from '../conformance/cases.mjs';
import { expectConforms } from '../conformance/expect-case.js';
import { runCase } from '../conformance/harness.mjs';
import { testDeps } from '../support/deps.js';
import { type InProcessCommand, runInProcess } from '../support/in-process.js';

describe.concurrent('conformance cases through main() in-process', () => {
  for (const testCase of cases) {
    test(testCase.name, async () => {
      expectConforms(
        testCase,
        await runCase(testCase, 'ours', startEmulator, (command: InProcessCommand) =>
          runInProcess({ ...command, deps: testDeps() }),
        ),
      );
    });
  }
});
