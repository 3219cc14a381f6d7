import { openSession } from '../../src/aws/session.js';
import type { Clock } from '../../src/io.js';
import { START_IMPORT_LABELS_TASK_RUN } from '../../src/model/operations/start-import-labels-task-run.js';
import type { Deps } from '../../src/run.js';

/** The operation the tests run. */
export const MODEL = START_IMPORT_LABELS_TASK_RUN;

/** A clock that never waits: `sleep` moves its time forward and records each wait. */
export function fakeClock(start = 1_700_000_000_000): Clock & { readonly sleeps: number[] } {
  let time = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms, signal) => {
      if (signal?.aborted) return;
      sleeps.push(ms);
      time += ms;
      // A turn of the event loop, as a real sleep gives: a Ctrl-C raised meanwhile is seen.
      await new Promise((tick) => setImmediate(tick));
    },
  };
}

/** The real AWS session (from source) with a fake clock. */
export function testDeps(overrides: Partial<Deps> = {}): Deps {
  return { openSession, clock: fakeClock(), ...overrides };
}
