// A command run through src/main.ts in this process, as a spawned bin would run it: the arguments,
// environment and working folder given, files read from disk, stdout and stderr recorded. The
// in-process conformance suite uses it, and runBin() does when GIL_TEST_IN_PROCESS=1 (the mutation
// run's config sets it), so the end-to-end tests see a mutant of src/ too.
import { resolve } from 'node:path';
import { defaultDeps } from '../../src/cli.js';
import type { ProcessIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { OPERATIONS } from '../../src/model/operations.js';
import { readBounded } from '../../src/read-file.js';
import type { Deps } from '../../src/run.js';

export interface InProcessCommand {
  command?: string;
  args: readonly string[];
  env: Record<string, string | undefined>;
  cwd: string;
  deps?: Deps;
}

/** Runs one command through main(); resolves to its exit code and what it printed. */
export async function runInProcess({
  command = 'start-import-labels-task-run',
  args,
  env,
  cwd,
  deps,
}: InProcessCommand) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: ProcessIo = {
    argv: args,
    env,
    cwd,
    homedir: env['HOME'] || '/',
    stdoutIsTTY: false,
    stdinIsTTY: false,
    stderrIsTTY: false,
    stdoutColumns: undefined,
    nodeVersion: process.version,
    platform: 'linux',
    arch: 'x64',
    writeStdout: (text) => void stdout.push(text),
    writeStderr: (text) => void stderr.push(text),
    readFile: (path, limits) => readBounded(resolve(cwd, path), limits),
    runPager: async () => {
      throw new Error('an in-process command ran a pager');
    },
    ask: async () => {
      throw new Error('an in-process command asked a question');
    },
    findProgram: () => true,
    onInterrupt: () => () => undefined,
  };
  const model = OPERATIONS[command];
  if (model === undefined) throw new Error(`no such command: ${command}`);
  const rc = await main(io, deps ?? defaultDeps, model);
  return { rc, stdout: stdout.join(''), stderr: stderr.join('') };
}
