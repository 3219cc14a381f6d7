import { ConfigError, GeneralError } from '../errors.js';
import type { ProcessIo } from '../io.js';
import type { OutputSettings } from '../model/settings.js';
import { shlexSplit } from '../python/shlex.js';

/**
 * A formatted response (src/output/format.ts) as its writes. It lives here, with how it reaches
 * stdout, so that printing help or text loads none of the formatters.
 */
export interface Rendered {
  readonly writes: readonly string[];
  /** True when colorama's autoreset is active: a reset follows each write on a direct stdout. */
  readonly autoreset: boolean;
}

const RESET = '\x1b[0m';

/**
 * The bytes for a direct (unpaged) stdout: with autoreset, a reset after every write, and one more at
 * exit on a terminal.
 */
export function directBytes(rendered: Rendered, stdoutIsTTY: boolean): string {
  if (!rendered.autoreset) return rendered.writes.join('');
  return rendered.writes.map((w) => w + RESET).join('') + (stdoutIsTTY ? RESET : '');
}

/**
 * Writes the formatted response: through the pager when stdout is a terminal and a pager is
 * configured (never under CI), else straight to stdout. Nothing to print starts no pager.
 */
export async function writeRendered(rendered: Rendered, settings: OutputSettings, io: ProcessIo): Promise<void> {
  if (rendered.writes.length === 0) return;
  const pager = io.stdoutIsTTY && !io.env['CI'] ? settings.pager : undefined;
  if (pager === undefined || pager === '') {
    io.writeStdout(directBytes(rendered, io.stdoutIsTTY));
    return;
  }
  const argv = splitCommand(pager);
  const env = { ...io.env, LESS: io.env['LESS'] ?? 'FRX' };
  try {
    await io.runPager(argv, rendered.writes.join(''), env);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ENOENT')
      throw new GeneralError(`Unable to start the pager ${argv[0]}: ${(error as Error).message}`, { cause: error });
    throw pagerNotFound(argv[0] as string, error);
  }
  // aws-cli writes one colour reset to the terminal after the pager exits.
  if (rendered.autoreset) io.writeStdout('\x1b[0m');
}

/**
 * Help text: through MANPAGER, PAGER or `less -R` (aws-cli's help pager) when stdout is a terminal and
 * CI is not set; straight to stdout otherwise, or when the pager cannot be started.
 */
export async function writePaged(text: string, io: ProcessIo): Promise<void> {
  const pager = io.stdoutIsTTY && !io.env['CI'] ? (io.env['MANPAGER'] ?? io.env['PAGER'] ?? 'less -R') : '';
  if (pager !== '') {
    try {
      const argv = splitCommand(pager);
      if (io.findProgram(argv[0] as string)) {
        await io.runPager(argv, text, io.env);
        return;
      }
    } catch {
      // An unusable pager setting: the help is printed as it is.
    }
  }
  io.writeStdout(text);
}

/** The pager command as aws-cli splits it (shlex.split); an unusable command is aws-cli's Python error text (255). */
export function splitCommand(command: string): string[] {
  let words: string[];
  try {
    words = shlexSplit(command);
  } catch (error) {
    throw new GeneralError((error as Error).message, { cause: error });
  }
  if (words.length === 0) throw new GeneralError('list index out of range');
  return words;
}

function pagerNotFound(program: string, cause?: unknown): ConfigError {
  return new ConfigError(
    `Unable to redirect output to pager. Received the following error when opening pager:\n[Errno 2] No such file or directory: '${program}'\n\nLearn more about configuring the output pager by running "aws help config-vars".`,
    { cause, code: 'Pager' },
  );
}

/**
 * Before anything is sent: the pager the output would go through must exist (aws-cli finds out only
 * after the call, and the TaskRunId of the import it started is lost). Same message and code (253).
 */
export function checkPager(settings: OutputSettings, io: Pick<ProcessIo, 'stdoutIsTTY' | 'env' | 'findProgram'>): void {
  const pager = io.stdoutIsTTY && !io.env['CI'] && settings.format !== 'off' ? settings.pager : undefined;
  if (pager === undefined || pager === '') return;
  const [program] = splitCommand(pager);
  if (program !== undefined && !io.findProgram(program)) throw pagerNotFound(program);
}
