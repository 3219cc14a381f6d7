// Mutation runs only (vitest.mutation.config.ts): let the tests that check a module's top-level code
// (a table, a regular expression, a constant) see a mutant of it.
//
// Stryker's coverage run counts code run while a test file's imports are evaluated as "static", owned
// by no test; a mutant reached that way and by some test elsewhere ("hybrid") then runs only that
// test, with the mutant turned on in a beforeAll, after the imports were evaluated with the original
// code. Such a mutant survives whatever the tests assert. Two changes:
// - coverage run: the top-level code of a source file that a unit test file's imports reached is
//   counted as covered by each of that test file's tests — only for the source file the test file
//   mirrors (test/unit/x/y.test.ts checks src/x/y.ts, the house rule): counting every module the
//   imports reach would make a mutant of a table everything imports run most of the unit suite;
// - mutant run: the mutant is turned on before the test file is imported, so its modules load with
//   the mutant, as a build of the mutated source would. Stryker still runs only the covering tests,
//   and reloads the files for each mutant whose code runs at load time.
import { existsSync, readFileSync } from 'node:fs';
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
  let mirrored: string | undefined;
  beforeEach(({ task }) => {
    const file = (task as Task).file?.filepath ?? '';
    if (!/\/test\/unit\/.+\.test\.ts$/.test(file)) return;
    mirrored ??= file.replace('/test/unit/', '/src/').replace(/\.test\.ts$/, '.ts');
    tests.push(testId(task as Task));
  });
  afterAll(() => {
    const coverage = ns.mutantCoverage;
    if (coverage === undefined || mirrored === undefined || !existsSync(mirrored)) return;
    // The mutants of the mirrored source file: the ids its instrumented text switches on.
    const own = new Set([...readFileSync(mirrored, 'utf8').matchAll(/stryMutAct_9fa48\("(\d+)"\)/g)].map((m) => m[1]));
    const hit = Object.entries(coverage.static).filter(([mutant]) => own.has(mutant));
    for (const id of tests) {
      coverage.perTest[id] ??= {};
      const covered = coverage.perTest[id];
      for (const [mutant, hits] of hit) covered[mutant] = (covered[mutant] ?? 0) + hits;
    }
  });
}
