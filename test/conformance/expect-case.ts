// How a case's result is compared with its recorded golden: shared by the conformance suite (the
// built bins, spawned) and test/cli/main.conformance.test.ts (src/main.ts, in-process).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { normalizeStderr } from './harness.mjs';

export interface Golden {
  rc: number;
  stdout: string;
  stderr: string;
  requests: unknown[];
}

interface Differs {
  rc?: number;
  stdout?: string;
  stdoutIncludes?: string;
  stderr?: string;
  stderrIncludes?: string;
  requests?: number | unknown[];
  /** The golden's stderr, then a line with the response of the call that succeeded before the failure. */
  afterCall?: boolean;
  reason: string;
}

export interface Case {
  name: string;
  compare?: string;
  differs?: Differs;
}

export interface Result {
  rc: number | null;
  stdout: string;
  stderr: string;
  requests: unknown[];
}

export const goldens = JSON.parse(readFileSync(new URL('./goldens.json', import.meta.url), 'utf8')) as Record<
  string,
  Golden
>;

/** Asserts that `ours` is what the reference did (the golden), but where the case says this tool differs. */
export function expectConforms(testCase: Case, ours: Result): void {
  const golden = goldens[testCase.name] as Golden;
  const differs = testCase.differs;
  expect(ours.rc, 'exit code').toBe(differs?.rc ?? golden.rc);
  // Help and version texts are this tool's own: those cases compare the exit code and what was sent.
  if (testCase.compare === 'rc') {
    expect(ours.requests, 'requests received').toEqual(golden.requests);
    return;
  }
  if (differs?.stdoutIncludes !== undefined) expect(ours.stdout).toContain(differs.stdoutIncludes);
  else expect(ours.stdout, 'stdout bytes').toBe(differs?.stdout ?? golden.stdout);
  if (testCase.compare === 'stdout-rc') return;
  if (differs?.afterCall) {
    const note =
      /^StartImportLabelsTaskRun succeeded before this error; its response: \{"TaskRunId": "tfr-[0-9a-f]{32}"\}\n$/;
    expect(ours.stderr.startsWith(golden.stderr), 'the reference stderr first').toBe(true);
    expect(ours.stderr.slice(golden.stderr.length)).toMatch(note);
  } else if (differs?.stderrIncludes !== undefined) expect(ours.stderr).toContain(differs.stderrIncludes);
  else expect(normalizeStderr(ours.stderr), 'stderr').toBe(differs?.stderr ?? normalizeStderr(golden.stderr));
  if (typeof differs?.requests === 'number') expect(ours.requests).toHaveLength(differs.requests);
  else expect(ours.requests, 'requests received').toEqual(differs?.requests ?? golden.requests);
}
