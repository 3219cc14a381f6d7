// Mutation runs only (vitest.mutation.config.ts): let the tests that check a module's top-level code
// (a table, a regular expression, a constant) see a mutant of it.
//
// Stryker's coverage run counts code run while a test file's imports are evaluated as "static", owned
// by no test; a mutant reached that way and by some test elsewhere ("hybrid") then runs only that
// test, with the mutant turned on in a beforeAll, after the imports were evaluated with the original
// code. Such a mutant survives whatever the tests assert. Two changes, for the unit tests (the files
// that import what they check; end-to-end and conformance files would make each such mutant run
// hundreds of cases):
// - coverage run: what a unit test file's imports reached is counted as covered by each of its tests;
// - mutant run: the mutant is turned on before the test file is imported, so its modules load with
//   the mutant, as a build of the mutated source would. Stryker still runs only the covering tests,
//   and reloads the files for each mutant whose code runs at load time.
import { afterAll, beforeEach, inject } from 'vitest';

interface Coverage {
  static: Record<string, number>;
  perTest: Record<string, Record<string, number>>;
}
interface Namespace {
  activeMutant?: unknown;
  mutantCoverage?: Coverage;
}
interface Task {
  name: string;
  suite?: Task;
  file?: { filepath: string };
}

const get = inject as unknown as (key: string) => unknown;
const namespace = get('globalNamespace') as string;
const store = globalThis as unknown as Record<string, Namespace>;
store[namespace] ??= {};
const ns = store[namespace];

/** Stryker's test id (its vitest runner's toRawTestId): the file, `#`, the suite names and the test's. */
function testId(task: Task): string {
  const names = [task.name];
  for (let suite = task.suite; suite; suite = suite.suite) names.unshift(suite.name);
  return `${task.file?.filepath ?? 'unknown.js'}#${names.join(' ').trim()}`;
}

if (get('mode') === 'mutant') {
  ns.activeMutant = get('activeMutant');
} else {
  const tests: string[] = [];
  beforeEach(({ task }) => {
    if ((task as Task).file?.filepath.includes('/test/unit/')) tests.push(testId(task as Task));
  });
  afterAll(() => {
    const coverage = ns.mutantCoverage;
    if (coverage === undefined) return;
    for (const id of tests) {
      coverage.perTest[id] ??= {};
      const own = coverage.perTest[id];
      for (const [mutant, hits] of Object.entries(coverage.static)) own[mutant] = (own[mutant] ?? 0) + hits;
    }
  });
}
