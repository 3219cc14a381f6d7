import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProcessIo } from './io.js';
import { InterruptedError } from './errors.js';
import { main } from './main.js';

/** The real Io: the only place that reads process state and writes to the real stdout and stderr. */
export function processIo(): ProcessIo {
  const cwd = process.cwd();
  return {
    argv: process.argv.slice(2),
    env: process.env,
    cwd,
    // os.homedir() only where HOME is unset: node:os is not loaded at start-up otherwise.
    homedir: process.env['HOME'] || (process.getBuiltinModule?.('node:os') as typeof import('node:os') | undefined)?.homedir() || '/',
    stdoutIsTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutColumns: process.stdout.columns,
    nodeVersion: process.version,
    platform: process.platform,
    arch: process.arch,
    writeStdout: (text) => void process.stdout.write(text),
    writeStderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFileSync(resolve(cwd, path)),
    ask: async (question) => {
      // The prompt library is loaded only when auto-prompt asks; it draws on stderr, stdout stays the output.
      const { confirm, input } = await import('@inquirer/prompts');
      const context = { output: process.stderr };
      try {
        if (question.kind === 'confirm') {
          return await confirm({ message: question.message, ...(question.default !== undefined ? { default: question.default } : {}) }, context);
        }
        return await input(
          { message: question.message, ...(question.default !== undefined ? { default: question.default } : {}), required: question.required },
          context,
        );
      } catch (error) {
        // Ctrl-C at the prompt: @inquirer/prompts rejects with ExitPromptError.
        if ((error as Error).name === 'ExitPromptError') throw new InterruptedError({ cause: error });
        throw error;
      }
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

/** Entry point used by bin/: runs main and returns the exit code. */
export async function runCli(): Promise<number> {
  return main(processIo());
}
