import { describe, expect, test } from 'vitest';
import { startEmulator } from '../../src/emulator/server.js';
import cases from './cases.mjs';
import { expectConforms, goldens } from './expect-case.js';
import { runCase } from './harness.mjs';

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
      expectConforms(testCase, await runCase(testCase, 'ours', startEmulator));
    });
  }
});
