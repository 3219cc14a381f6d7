import { resolve } from 'node:path';
import type { LoadedBundle } from './code-cache.js';
import { InterruptedError } from './errors.js';
import type { ProcessIo, Question } from './io.js';
import { main } from './main.js';
import { OPERATIONS } from './model/operations.js';
import { readBounded } from './read-file.js';
import type { Deps } from './run.js';
import { type DescriptorWriter, drained, isTerminal, standardWriter } from './stdio.js';

declare const __SENDER_BUNDLE__: string | undefined;
declare const __SENDER_HASH__: string | undefined;

type SessionModule = typeof import('./aws/session.js');
/** The sender bundle once loaded (its code cache is written after a successful call). */
let sender: LoadedBundle<SessionModule> | undefined;

/**
 * The AWS session's module: in the built tool, dist/sender.cjs through V8's code cache; from source
 * (tests), the module itself.
 */
async function sessionModule(): Promise<SessionModule> {
  if (typeof __SENDER_BUNDLE__ === 'undefined') return import('./aws/session.js');
  const { cacheFolder, loadBundle } = await import('./code-cache.js');
  // The SDK and Node's TLS stack may warn on process.stderr: a reader that has gone away must not end
  // the call (node:http loads the streams anyway). runCli waits for what they wrote.
  if (sender === undefined) process.stderr.on('error', () => undefined);
  sender ??= loadBundle<SessionModule>(
    resolve(__dirname, __SENDER_BUNDLE__),
    cacheFolder(process.env, process.env['HOME'] ?? ''),
    typeof __SENDER_HASH__ === 'string' ? __SENDER_HASH__ : undefined,
  );
  return sender.exports;
}

/** The real dependencies: the AWS session, loaded only when a request is sent, and the real clock. */
export const defaultDeps: Deps = {
  openSession: async (settings) => (await sessionModule()).openSession(settings),
  clock: {
    now: () => Date.now(),
    sleep: (ms, signal) =>
      new Promise((done) => {
        if (signal?.aborted) return done();
        const wake = (): void => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', wake);
          done();
        };
        const timer = setTimeout(wake, ms);
        signal?.addEventListener('abort', wake, { once: true });
      }),
  },
};

/**
 * The real Io: the only place that reads process state and writes to the real stdout and stderr
 * (through `stdout` and `stderr`, src/stdio.ts: no stream objects unless a descriptor would block).
 */
export function processIo(stdout: DescriptorWriter, stderr: DescriptorWriter): ProcessIo {
  const stdoutIsTTY = isTerminal(1);
  const cwd = process.cwd();
  return {
    argv: process.argv.slice(2),
    env: process.env,
    cwd,
    // os.homedir() only where HOME is unset: node:os is not loaded at start-up otherwise.
    homedir:
      process.env['HOME'] ||
      (process.getBuiltinModule?.('node:os') as typeof import('node:os') | undefined)?.homedir() ||
      '/',
    stdoutIsTTY,
    // A getter: process.stdin builds a stream (on a file, fs streams with fs/promises and readline: a
    // few ms) that only prompts need.
    get stdinIsTTY() {
      return (process.getBuiltinModule('node:tty') as typeof import('node:tty')).isatty(0);
    },
    stderrIsTTY: isTerminal(2),
    // Only a terminal has columns (process.stdout builds a stream: asked only then).
    stdoutColumns: stdoutIsTTY ? process.stdout.columns : undefined,
    nodeVersion: process.version,
    platform: process.platform,
    arch: process.arch,
    // After a write error, later writes are dropped, not thrown.
    writeStdout: (text) => stdout.write(text),
    writeStderr: (text) => stderr.write(text),
    readFile: (path, limits) => readBounded(resolve(cwd, path), limits),
    ask: askOnTerminal,
    findProgram: (program) => {
      const { accessSync, statSync, constants } = process.getBuiltinModule('node:fs') as typeof import('node:fs');
      const runnable = (path: string): boolean => {
        try {
          accessSync(path, constants.X_OK);
          return statSync(path).isFile();
        } catch {
          return false;
        }
      };
      if (program.includes('/')) return runnable(resolve(cwd, program));
      const dirs = (process.env['PATH'] ?? '').split(process.platform === 'win32' ? ';' : ':');
      const names =
        process.platform === 'win32' ? ['', '.exe', '.com', '.bat', '.cmd'].map((x) => program + x) : [program];
      return dirs.some((dir) => dir !== '' && names.some((name) => runnable(resolve(dir, name))));
    },
    onInterrupt: (handler) => {
      // The bin's default handler steps aside while this one is installed.
      const defaults = process.listeners('SIGINT');
      process.removeAllListeners('SIGINT');
      process.on('SIGINT', handler);
      return () => {
        process.removeListener('SIGINT', handler);
        for (const listener of defaults) process.on('SIGINT', listener);
      };
    },
    runPager: async (argv, text, env) => {
      // child_process is loaded only when a pager runs.
      const { spawnSync } = await import('node:child_process');
      const [command, ...args] = argv;
      const result = spawnSync(command as string, args, { input: text, stdio: ['pipe', 'inherit', 'inherit'], env });
      if (result.error) throw result.error;
    },
  };
}

type PromptModule = typeof import('@inquirer/input');

/**
 * The prompt function from its module. From source it is the ES module's default export; in the built
 * bundle import() is require() (scripts/build.mjs), which takes the package's CommonJS build and hands
 * over its exports whole, the default export being their `default`.
 */
export function promptInput(loaded: PromptModule | { default: PromptModule }): PromptModule['default'] {
  const first = loaded.default;
  return typeof first === 'function' ? first : first.default;
}

/**
 * One question on the terminal, drawn on stderr so that stdout stays the output. The prompt library
 * loads only when something asks. A yes/no question without a default takes Enter as "no answer"
 * (the library's confirm would take it as yes). Ctrl-C is an interrupt (130).
 */
async function askOnTerminal(question: Question): Promise<string | boolean | undefined> {
  const input = promptInput(await import('@inquirer/input'));
  const context = { output: process.stderr };
  try {
    if (question.kind === 'confirm') {
      const hint = question.default === undefined ? 'y/n, Enter leaves it unset' : question.default ? 'Y/n' : 'y/N';
      const answer = await input(
        {
          message: `${question.message} (${hint})`,
          validate: (text: string) => /^(y|yes|n|no)?$/i.test(text.trim()) || 'Answer y or n, or press Enter.',
        },
        context,
      );
      const text = answer.trim().toLowerCase();
      return text === '' ? question.default : text.startsWith('y');
    }
    return await input(
      {
        message: question.message,
        ...(question.default !== undefined ? { default: question.default } : {}),
        required: question.required,
      },
      context,
    );
  } catch (error) {
    // Ctrl-C at the prompt: @inquirer/input rejects with ExitPromptError.
    if ((error as Error).name === 'ExitPromptError') throw new InterruptedError({ cause: error });
    throw error;
  }
}

/** Python's text for the write errors a user meets on stdout. */
const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: '[Errno 28] No space left on device',
  EFBIG: '[Errno 27] File too large',
  EIO: '[Errno 5] Input/output error',
  EDQUOT: '[Errno 122] Disk quota exceeded',
};

/**
 * Entry point used by bin/ (through src/boot.ts, `self` being this bundle as it loaded it): runs the
 * named command and returns the exit code once stdout and stderr are flushed (the bin then exits at
 * once). A reader that closes early (`| head -c1`) is normal shell use: the rest of the output is
 * dropped quietly and the command's own code stands. Any other failure to write stdout (a full disk) is
 * one line on stderr and 255. A broken stderr changes nothing.
 */
export async function runCli(command: string, self?: Pick<LoadedBundle<unknown>, 'saveCache'>): Promise<number> {
  const model = OPERATIONS[command];
  if (model === undefined) throw new Error(`no such command: ${command}`);
  const stdout = standardWriter(1, () => process.stdout);
  const stderr = standardWriter(2, () => process.stderr);
  const code = await main(processIo(stdout, stderr), defaultDeps, model);
  // After a successful call, the sender's cache and this bundle's own (src/boot.ts), if either is missing.
  if (code === 0 && sender !== undefined) {
    sender.saveCache();
    self?.saveCache();
  }
  // Wait until what was written is flushed, or has failed: only text handed to Node's stream (a
  // descriptor that would block) can still be pending, and its write error comes a tick later.
  // The bin exits at once after this: what a stream still holds (a pipe's reader is slow) must be out.
  await stdout.drain();
  await stderr.drain();
  // What the SDK or Node wrote to process.stderr during a call (a stream only then).
  if (sender !== undefined) await drained(process.stderr);
  await new Promise<void>((tick) => setImmediate(tick));
  const failure = stdout.failure;
  if (failure === undefined || failure.code === 'EPIPE') return code;
  stderr.write(`\n${WRITE_ERRORS[failure.code ?? ''] ?? failure.message}\n`);
  await stderr.drain();
  return 255;
}
