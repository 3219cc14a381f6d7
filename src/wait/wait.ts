import { CliError, ExitCode, TaskRunEnded } from '../errors.js';
import type { Clock } from '../io.js';
import type { TaskRunRef } from '../model/operation.js';
import { escapeControlCharacters } from '../redact.js';
import { createProgress, formatElapsed, type ProgressMode } from './progress.js';

/** The statuses a task run ends in; STARTING, RUNNING and STOPPING come before them. */
export const TERMINAL_STATUSES = ['SUCCEEDED', 'FAILED', 'STOPPED', 'TIMEOUT'] as const;

/** The exit code each unsuccessful end maps to. */
const ENDINGS: Readonly<Record<string, CliError['exitCode']>> = {
  FAILED: ExitCode.taskFailed,
  STOPPED: ExitCode.taskStopped,
  TIMEOUT: ExitCode.taskTimeout,
};

export interface WaitOptions {
  /** Milliseconds between polls (the first poll is at once). */
  readonly intervalMs: number;
  /** Milliseconds to wait in all; 0 waits until the run ends. */
  readonly timeoutMs: number;
  readonly progress: ProgressMode;
  /** The command that resumes waiting, for the messages that leave the run going. */
  readonly resumeCommand: string;
}

/** One GetMLTaskRun: the parsed response, or the error aws-cli would print and whether trying again may help. */
export type PollResult =
  | { readonly ok: true; readonly response: Record<string, unknown> }
  | { readonly ok: false; readonly error: CliError; readonly retryable: boolean };

export interface WaitDeps {
  /** Sends GetMLTaskRun for the run (through the session, under its retry settings). */
  poll(): Promise<PollResult>;
  readonly clock: Clock;
  writeStderr(text: string): void;
  onInterrupt(handler: () => void): () => void;
}

/** The last GetMLTaskRun response, and how waiting ended when the run did not succeed. */
export interface WaitResult {
  readonly response: Record<string, unknown> | undefined;
  readonly ending: TaskRunEnded | undefined;
}

/** The longest a live progress line goes without a redraw. */
const TICK_MS = 1000;

/**
 * Polls GetMLTaskRun until the run reaches a terminal status, `--wait-timeout` passes, or Ctrl-C.
 * `first` is a response already in hand (get-ml-task-run's own call); without one the first poll
 * is at once. Between polls the process sleeps. A poll that fails with a retryable error (after the
 * session's own retries) is reported and the loop goes on; any other failure ends the wait with its
 * own error and exit code, naming the run that goes on. Ctrl-C ends it with 130.
 */
export async function waitForTaskRun(
  ref: TaskRunRef,
  first: Record<string, unknown> | undefined,
  options: WaitOptions,
  deps: WaitDeps,
): Promise<WaitResult> {
  const { clock } = deps;
  const progress = createProgress(options.progress, escapeControlCharacters(ref.TaskRunId), deps.writeStderr);
  const started = clock.now();
  const elapsed = (): number => clock.now() - started;
  const deadline = options.timeoutMs > 0 ? started + options.timeoutMs : Number.POSITIVE_INFINITY;
  const interrupted = new AbortController();
  const restore = deps.onInterrupt(() => interrupted.abort());
  const onInterrupt = aborted(interrupted.signal);
  const run = `${escapeControlCharacters(ref.TaskRunId)} of transform ${escapeControlCharacters(ref.TransformId)}`;
  let last = first;
  let status = statusOf(first);
  let nextPoll = first === undefined ? started : started + options.intervalMs;
  try {
    for (;;) {
      progress.status(status, elapsed());
      if ((status !== undefined && isTerminal(status)) || clock.now() >= deadline) break;
      // Sleep until the next poll (or the deadline, when one last poll is made), in ticks when a live
      // line shows the time.
      const pollAt = Math.min(nextPoll, deadline);
      while (clock.now() < pollAt) {
        const left = pollAt - clock.now();
        await clock.sleep(options.progress === 'live' ? Math.min(left, TICK_MS) : left, interrupted.signal);
        if (interrupted.signal.aborted) throw stopped(run, options);
        if (options.progress === 'live') progress.status(status, elapsed());
      }
      nextPoll = clock.now() + options.intervalMs;
      const result = await Promise.race([deps.poll(), onInterrupt]);
      if (result === 'interrupted') throw stopped(run, options);
      if (result.ok) {
        last = result.response;
        status = statusOf(last);
      } else if (result.retryable) {
        const next = formatElapsed(Math.max(0, Math.min(nextPoll, deadline) - clock.now()));
        progress.note(`GetMLTaskRun failed; polling again in ${next}: ${oneLine(result.error.message)}`, elapsed());
      } else {
        throw new CliError(
          result.error.exitCode,
          `${result.error.message}\nTask run ${run} was started and goes on in Glue; check it with: ${options.resumeCommand}`,
          { cause: result.error, code: result.error.code, fields: result.error.fields },
        );
      }
    }
  } finally {
    restore();
    progress.end();
  }
  return { response: last, ending: ending(status, last, run, elapsed(), options) };
}

function ending(
  status: string | undefined,
  last: Record<string, unknown> | undefined,
  run: string,
  elapsedMs: number,
  options: WaitOptions,
): TaskRunEnded | undefined {
  if (status === 'SUCCEEDED') return undefined;
  if (status !== undefined && isTerminal(status)) {
    const error = last?.['ErrorString'];
    const because = typeof error === 'string' && error !== '' ? `: ${oneLine(error)}` : ' (no ErrorString)';
    const code = `TaskRun${status.charAt(0)}${status.slice(1).toLowerCase()}`;
    return new TaskRunEnded(ENDINGS[status] ?? ExitCode.general, `Task run ${run} ended ${status}${because}`, { code });
  }
  const now = status === undefined ? 'its status is unknown' : `it is ${oneLine(status)}`;
  return new TaskRunEnded(
    ExitCode.waitTimeout,
    `Gave up waiting after ${formatElapsed(elapsedMs)} (--wait-timeout): task run ${run} did not end (${now}); it goes on in Glue. Resume with: ${options.resumeCommand}`,
    { code: 'WaitTimeout' },
  );
}

function stopped(run: string, options: WaitOptions): CliError {
  // An interrupt: plain text in every error format, as aws-cli prints interrupts.
  return new CliError(
    ExitCode.interrupted,
    `Stopped waiting (Ctrl-C). Task run ${run} goes on in Glue. Resume waiting with: ${options.resumeCommand}`,
    { code: undefined },
  );
}

function isTerminal(status: string): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

function statusOf(response: Record<string, unknown> | undefined): string | undefined {
  const status = response?.['Status'];
  return typeof status === 'string' ? status : undefined;
}

/** Server text on one line, control characters escaped. */
function oneLine(text: string): string {
  return escapeControlCharacters(text.replace(/\s*\n\s*/g, ' ').trim());
}

function aborted(signal: AbortSignal): Promise<'interrupted'> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve('interrupted');
    else signal.addEventListener('abort', () => resolve('interrupted'), { once: true });
  });
}
