/** What the program may touch of the world. bin/ builds the real one; tests build fakes. */
export interface Io {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly homedir: string;
  readonly stdoutIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** Terminal width of stdout, when it is a terminal. */
  readonly stdoutColumns: number | undefined;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** Reads a file; relative paths resolve against `cwd`. Throws Node's errors (code ENOENT, EISDIR…). */
  readFile(path: string): Uint8Array;
}

/** Io plus what only the process edge knows: Node's version, the platform, and the pager. */
export interface ProcessIo extends Io {
  readonly nodeVersion: string;
  readonly platform: string;
  readonly arch: string;
  /** Asks one question on the terminal (auto-prompt); the prompt is drawn on stderr. */
  ask(question: import('./input/prompt.js').Question): Promise<string | boolean | undefined>;
  /** Runs the pager with `text` on its stdin and waits for it; throws Node's spawn error (code ENOENT…). */
  runPager(argv: readonly string[], text: string, env: Record<string, string | undefined>): Promise<void>;
}
