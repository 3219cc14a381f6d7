import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Measured {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The child's peak resident memory in MiB, sampled from /proc/PID/status (VmHWM) while it ran. */
  readonly peakMiB: number;
}

/** The high-water mark of a live process's resident memory, in MiB (0 once it is gone). */
function peakOf(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? 0 : Number(kb) / 1024;
  } catch {
    return 0;
  }
}

/** Spawns a command with an explicit environment and measures what a user would see and its memory. */
export function spawnMeasured(argv: readonly string[], env: Record<string, string>, cwd?: string): Promise<Measured> {
  return new Promise((done) => {
    const child = spawn(argv[0] as string, argv.slice(1), { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakMiB = 0;
    const sample = setInterval(() => {
      if (child.pid !== undefined) peakMiB = Math.max(peakMiB, peakOf(child.pid));
    }, 10);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    // The last sample just before the process is reaped: VmHWM is the whole run's peak.
    child.on('exit', () => {
      if (child.pid !== undefined) peakMiB = Math.max(peakMiB, peakOf(child.pid));
    });
    child.on('close', (code, signal) => {
      clearInterval(sample);
      done({ code, signal, stdout, stderr, peakMiB });
    });
  });
}
