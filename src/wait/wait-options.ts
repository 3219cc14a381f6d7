import { ParamError } from '../errors.js';
import type { TaskRunRef } from '../model/operation.js';
import type { GlobalArgs, WaitArgs } from '../model/options.js';
import { shlexQuote } from '../python/shlex.js';
import { escapeControlCharacters, maskUrlCredentials } from '../redact.js';
import type { ProgressMode } from './progress.js';

/** What --wait asks for, read from the command line before anything is sent. */
export interface WaitRequest {
  readonly intervalMs: number;
  readonly timeoutMs: number;
  readonly progress: ProgressMode;
}

export const DEFAULT_INTERVAL_SECONDS = 10;
export const DEFAULT_TIMEOUT_SECONDS = 3600;
/** A day: longer values are a typo more often than a plan. */
const MAX_SECONDS = 86_400 * 7;

/**
 * --wait, --wait-interval, --wait-timeout and --no-progress. Without --wait the others are an error
 * (they would do nothing). Progress is a live line when stderr is a terminal, plain lines otherwise.
 */
export function readWaitRequest(args: WaitArgs, stderrIsTTY: boolean): WaitRequest | undefined {
  if (!args.wait) {
    const stray = (
      [
        ['--wait-interval', args.waitInterval],
        ['--wait-timeout', args.waitTimeout],
        ['--no-progress', args.progress],
      ] as const
    ).find(([, value]) => value !== undefined);
    if (stray) throw new ParamError(`${stray[0]} is only valid with --wait`);
    return undefined;
  }
  const interval = seconds('--wait-interval', args.waitInterval, DEFAULT_INTERVAL_SECONDS, false);
  const timeout = seconds('--wait-timeout', args.waitTimeout, DEFAULT_TIMEOUT_SECONDS, true);
  return {
    intervalMs: Math.round(interval * 1000),
    timeoutMs: Math.round(timeout * 1000),
    progress: args.progress === false ? 'off' : stderrIsTTY ? 'live' : 'lines',
  };
}

function seconds(flag: string, text: string | undefined, fallback: number, zeroAllowed: boolean): number {
  if (text === undefined) return fallback;
  const value = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(text) ? Number(text) : Number.NaN;
  const low = zeroAllowed ? value >= 0 : value > 0;
  if (!(low && value <= MAX_SECONDS)) {
    const range = zeroAllowed ? `from 0 (no limit) to ${MAX_SECONDS}` : `greater than 0 and at most ${MAX_SECONDS}`;
    throw new ParamError(`${flag} must be a number of seconds ${range}, not '${text}'`);
  }
  return value;
}

/**
 * The command that resumes waiting for `ref`: get-ml-task-run with the run's ids and the options of
 * this command line that say where it is (endpoint, region, profile), each quoted for a POSIX shell.
 */
export function resumeCommand(ref: TaskRunRef, globals: GlobalArgs): string {
  const words = ['get-ml-task-run', '--transform-id', ref.TransformId, '--task-run-id', ref.TaskRunId];
  if (globals.endpointUrl !== undefined) words.push('--endpoint-url', maskUrlCredentials(globals.endpointUrl));
  if (globals.region !== undefined) words.push('--region', globals.region);
  if (globals.profile) words.push('--profile', globals.profile);
  return escapeControlCharacters([...words.map(shlexQuote), '--wait'].join(' '));
}
