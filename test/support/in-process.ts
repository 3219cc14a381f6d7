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
  /**
   * Whether the process's environment is the command's while it runs (for the SDK's credential
   * providers, which read it themselves). Only for commands run one at a time: it is global.
   */
  ownEnvironment?: boolean;
}

/** Runs one command through main(); resolves to its exit code and what it printed. */
export async function runInProcess({
  command = 'start-import-labels-task-run',
  args,
  env,
  cwd,
  deps,
  ownEnvironment = false,
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
  // The SDK's credential providers (process, SSO, web identity, login) read process.env and the home
  // folder themselves: with ownEnvironment, the process's environment is the command's while it runs,
  // as in a spawned bin (set key by key: os.homedir() reads the C environment's HOME, which only that
  // changes). The test runner's own variables stay.
  const saved = ownEnvironment ? { ...process.env } : undefined;
  if (saved) {
    const runner = Object.fromEntries(Object.entries(saved).filter(([key]) => key.startsWith('VITEST')));
    replaceEnvironment({ ...runner, ...env });
  }
  try {
    const rc = await main(io, deps ?? defaultDeps, model);
    return { rc, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    if (saved) replaceEnvironment(saved);
  }
}

function replaceEnvironment(next: Record<string, string | undefined>): void {
  for (const key of Object.keys(process.env)) if (!(key in next)) delete process.env[key];
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}
