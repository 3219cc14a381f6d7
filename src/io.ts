/** What the program may touch of the world. bin/ builds the real one; tests build fakes. */

/** One question for the terminal: a text value, or a yes/no one. */
export type Question =
  | {
      readonly kind: 'text';
      readonly name: string;
      readonly message: string;
      readonly default: string | undefined;
      readonly required: boolean;
    }
  | {
      readonly kind: 'confirm';
      readonly name: string;
      readonly message: string;
      readonly default: boolean | undefined;
    };

/**
 * Asks one question on the terminal (drawn on stderr); undefined leaves an optional value out. Ctrl-C:
 * InterruptedError.
 */
export type Ask = (question: Question) => Promise<string | boolean | undefined>;

export interface Io {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly homedir: string;
  readonly stdoutIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** Whether stderr is a terminal (progress is then one line redrawn in place). */
  readonly stderrIsTTY: boolean;
  /** Terminal width of stdout, when it is a terminal. */
  readonly stdoutColumns: number | undefined;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /**
   * Reads a file; relative paths resolve against `cwd`. Throws Node's errors (code ENOENT, EISDIR…),
   * and `EFBIG` past `maxBytes`, `ENOTREG` for a FIFO or device when `regularOnly`. Waiting on a FIFO
   * leaves the event loop free, so Ctrl-C still ends the process.
   */
  readFile(path: string, limits: ReadLimits): Promise<Uint8Array>;
}

/** Io plus what only the process edge knows: Node's version, the platform, prompts and the pager. */
export interface ProcessIo extends Io {
  readonly nodeVersion: string;
  readonly platform: string;
  readonly arch: string;
  readonly ask: Ask;
  /** Runs the pager with `text` on its stdin and waits for it; throws Node's spawn error (code ENOENT…). */
  runPager(argv: readonly string[], text: string, env: Record<string, string | undefined>): Promise<void>;
  /** Whether a program can be run: a path to an executable file, or a name found on PATH. */
  findProgram(program: string): boolean;
  /**
   * Runs `handler` on Ctrl-C (SIGINT) instead of the default (a newline on stdout, exit 130) until the
   * returned function is called.
   */
  onInterrupt(handler: () => void): () => void;
}

/** The clock: tests replace it so that waiting is tested without real waiting. */
export interface Clock {
  now(): number;
  /** Resolves after `ms` milliseconds, or as soon as `signal` aborts; the process sleeps meanwhile. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** How much of a file may be read, and whether only a regular file will do. */
export interface ReadLimits {
  readonly maxBytes: number;
  readonly regularOnly?: boolean;
}

/** The most a user's file may hold: paramfiles, cli-input documents, config files, CA bundles (16 MiB). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A byte limit as messages state it (`16 MiB`). */
export function mebibytes(bytes: number): string {
  return `${bytes / 1024 / 1024} MiB`;
}

/** What reading a user's file needs: paramfiles, the shared config files, the CA bundle. */
export type FileContext = Pick<Io, 'env' | 'homedir' | 'readFile'>;
