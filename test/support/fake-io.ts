import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProcessIo } from '../../src/io.js';

/** A ProcessIo that records output; files are read from `cwd` on disk, the environment is only what is given. */
export function fakeIo(
  argv: string[],
  options: {
    env?: Record<string, string>;
    cwd?: string;
    tty?: boolean;
    stdinTTY?: boolean;
    stderrTTY?: boolean;
    answers?: Record<string, string | boolean>;
  } = {},
) {
  const asked: string[] = [];
  const stdout: string[] = [];
  const stderr: string[] = [];
  const paged: string[] = [];
  const interruptHandlers = new Set<() => void>();
  const cwd = options.cwd ?? process.cwd();
  const io: ProcessIo = {
    argv,
    env: { AWS_EC2_METADATA_DISABLED: 'true', ...options.env },
    cwd,
    homedir: options.env?.['HOME'] ?? '/nonexistent-home',
    stdoutIsTTY: options.tty ?? false,
    stdinIsTTY: options.stdinTTY ?? false,
    stderrIsTTY: options.stderrTTY ?? false,
    stdoutColumns: options.tty ? 120 : undefined,
    nodeVersion: 'v20.0.0',
    platform: 'linux',
    arch: 'x64',
    writeStdout: (text) => void stdout.push(text),
    writeStderr: (text) => void stderr.push(text),
    readFile: async (path) => readFileSync(resolve(cwd, path)),
    runPager: async (_argv, text) => void paged.push(text),
    ask: async (question) => {
      asked.push(question.name);
      return options.answers?.[question.name] ?? question.default;
    },
    // Every program exists but those named missing-….
    findProgram: (program) => !program.startsWith('missing-'),
    onInterrupt: (handler) => {
      interruptHandlers.add(handler);
      return () => void interruptHandlers.delete(handler);
    },
  };
  /** Ctrl-C: runs the installed handlers; false when none is installed (the process would just exit). */
  const interrupt = (): boolean => {
    for (const handler of interruptHandlers) handler();
    return interruptHandlers.size > 0;
  };
  return { io, out: () => stdout.join(''), err: () => stderr.join(''), paged, asked, interrupt };
}

export const KEYS = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
};

/** A process environment that reads no file of the user's: fake keys, no pager, no shared files. */
export const ISOLATED_ENV = {
  HOME: '/nonexistent-home',
  ...KEYS,
  AWS_PAGER: '',
  AWS_CONFIG_FILE: '/nonexistent/config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
};
