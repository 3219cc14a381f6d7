import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { startEmulator } from '../../src/emulator/server.js';
import cases from './cases.mjs';
import { normalizeStderr, runCase } from './harness.mjs';

interface Golden {
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

const goldens = JSON.parse(readFileSync(new URL('./goldens.json', import.meta.url), 'utf8')) as Record<string, Golden>;

describe.concurrent('conformance with aws-cli v2 (recorded goldens)', () => {
  test('every case has a recorded golden', () => {
    const missing = cases.map((c) => c.name).filter((name) => !Object.hasOwn(goldens, name));
    expect(missing).toEqual([]);
  });

  test('every golden has a case (a renamed or removed case leaves no stale golden)', () => {
    const names = new Set(cases.map((c) => c.name));
    expect(Object.keys(goldens).filter((name) => !names.has(name))).toEqual([]);
  });

  test('case names are unique', () => {
    const seen = new Set<string>();
    const repeated = cases.map((c) => c.name).filter((name) => seen.size === seen.add(name).size);
    expect(repeated).toEqual([]);
  });

  for (const testCase of cases) {
    test(testCase.name, async () => {
      const golden = goldens[testCase.name] as Golden;
      const differs = (testCase as { differs?: Differs }).differs;
      const ours = await runCase(testCase, 'ours', startEmulator);
      expect(ours.rc, 'exit code').toBe(differs?.rc ?? golden.rc);
      // Help and version texts are this tool's own: those cases compare the exit code and what was sent.
      if ((testCase as { compare?: string }).compare === 'rc') {
        expect(ours.requests, 'requests received').toEqual(golden.requests);
        return;
      }
      if (differs?.stdoutIncludes !== undefined) expect(ours.stdout).toContain(differs.stdoutIncludes);
      else expect(ours.stdout, 'stdout bytes').toBe(differs?.stdout ?? golden.stdout);
      if ((testCase as { compare?: string }).compare === 'stdout-rc') return;
      if (differs?.afterCall) {
        const note =
          /^StartImportLabelsTaskRun succeeded before this error; its response: \{"TaskRunId": "tfr-[0-9a-f]{32}"\}\n$/;
        expect(ours.stderr.startsWith(golden.stderr), 'the reference stderr first').toBe(true);
        expect(ours.stderr.slice(golden.stderr.length)).toMatch(note);
      } else if (differs?.stderrIncludes !== undefined) expect(ours.stderr).toContain(differs.stderrIncludes);
      else expect(normalizeStderr(ours.stderr), 'stderr').toBe(differs?.stderr ?? normalizeStderr(golden.stderr));
      if (typeof differs?.requests === 'number') expect(ours.requests).toHaveLength(differs.requests);
      else expect(ours.requests, 'requests received').toEqual(differs?.requests ?? golden.requests);
    });
  }
});
