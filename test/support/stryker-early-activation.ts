// Mutation runs only (vitest.mutation.config.ts): turn the mutant on before the test file's imports.
// Stryker runs a mutant whose code is reached both while a module loads and by a test ("hybrid":
// a table, a regular expression or a function called at the top level) with the mutant turned on in
// a beforeAll, after the test file's imports have already evaluated that module with the original
// code; the module-level part of such a mutant can then never take effect, and it survives whatever
// the tests assert. This setup file runs after Stryker's own and before the test file is imported, so
// the module loads with the mutant on, as it would in a build of the mutated source. Only the tests
// that reach the mutant still run (Stryker's filter); the runner reloads the files for each mutant.
import { inject } from 'vitest';

const get = inject as unknown as (key: string) => unknown;
if (get('mode') === 'mutant') {
  const namespace = get('globalNamespace') as string;
  const store = globalThis as unknown as Record<string, { activeMutant?: unknown }>;
  store[namespace] ??= {};
  store[namespace].activeMutant = get('activeMutant');
}
