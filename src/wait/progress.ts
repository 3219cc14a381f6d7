/** How progress shows while waiting: one line redrawn on a terminal, a line per change in a log, or nothing. */
export type ProgressMode = 'live' | 'lines' | 'off';

/** What the wait loop reports; the reporter decides how it looks. */
export interface Progress {
  /** The latest known status (undefined before the first answer), `elapsedMs` since waiting began. */
  status(status: string | undefined, elapsedMs: number): void;
  /** A poll that failed and will be tried again. */
  note(text: string, elapsedMs: number): void;
  /** Waiting is over: a live line is finished with a newline. */
  end(): void;
}

/** `1m 05s`, `2h 03m 00s`, `7s`. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (h > 0) return `${h}h ${pad(m)}m ${pad(s)}s`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}

const CLEAR_LINE = '\r\x1b[2K';

/**
 * Progress on stderr for task run `taskRunId`. Live: one line redrawn in place (carriage return and
 * erase-line), its elapsed time ticking. Lines: a plain line each time the status changes, and one
 * for each retried failure — no control characters, for CI logs. Off: nothing.
 */
export function createProgress(mode: ProgressMode, taskRunId: string, write: (text: string) => void): Progress {
  if (mode === 'off') return { status: () => undefined, note: () => undefined, end: () => undefined };
  const label = (status: string | undefined): string => status ?? 'waiting for the first status';
  if (mode === 'live') {
    let drawn = false;
    return {
      status: (status, elapsed) => {
        write(`${CLEAR_LINE}Task run ${taskRunId}: ${label(status)} (${formatElapsed(elapsed)})`);
        drawn = true;
      },
      note: (text, elapsed) => {
        write(`${CLEAR_LINE}[${formatElapsed(elapsed)}] ${text}\n`);
        drawn = false;
      },
      end: () => {
        if (drawn) write('\n');
        drawn = false;
      },
    };
  }
  let last: string | undefined;
  return {
    status: (status, elapsed) => {
      if (status === undefined || status === last) return;
      last = status;
      write(`[${formatElapsed(elapsed)}] Task run ${taskRunId}: ${status}\n`);
    },
    note: (text, elapsed) => write(`[${formatElapsed(elapsed)}] ${text}\n`),
    end: () => undefined,
  };
}
