import { describe, expect, test } from 'vitest';
import { GeneralError, ServiceError } from '../../../src/errors.js';
import { type PollResult, type WaitOptions, waitForTaskRun } from '../../../src/wait/wait.js';
import { fakeClock } from '../../support/deps.js';

const REF = { TransformId: 'tfm-1', TaskRunId: 'tfr-1' };
const OPTIONS: WaitOptions = { intervalMs: 10_000, timeoutMs: 0, progress: 'off', resumeCommand: 'RESUME' };

const run = (Status: string, extra: Record<string, unknown> = {}): PollResult => ({
  ok: true,
  response: { ...REF, Status, ...extra },
});

/** A poll that answers from a script, one entry per call, and records when it was called. */
function scripted(answers: (PollResult | (() => PollResult))[], clock: ReturnType<typeof fakeClock>) {
  const at: number[] = [];
  const poll = async (): Promise<PollResult> => {
    at.push(clock.now());
    const next = answers.shift();
    if (next === undefined) throw new Error('polled more often than scripted');
    return typeof next === 'function' ? next() : next;
  };
  return { poll, at };
}

function deps(poll: () => Promise<PollResult>, clock: ReturnType<typeof fakeClock>) {
  const stderr: string[] = [];
  const handlers = new Set<() => void>();
  return {
    stderr,
    interrupt: () => {
      for (const h of handlers) h();
    },
    handlers,
    deps: {
      poll,
      clock,
      writeStderr: (text: string) => void stderr.push(text),
      onInterrupt: (handler: () => void) => {
        handlers.add(handler);
        return () => void handlers.delete(handler);
      },
    },
  };
}

describe('waitForTaskRun', () => {
  test('polls at once, then every interval, until a terminal status; SUCCEEDED has no ending', async () => {
    const clock = fakeClock(0);
    const { poll, at } = scripted([run('STARTING'), run('RUNNING'), run('RUNNING'), run('SUCCEEDED')], clock);
    const d = deps(poll, clock);
    const result = await waitForTaskRun(REF, undefined, OPTIONS, d.deps);
    expect(at).toEqual([0, 10_000, 20_000, 30_000]);
    expect(clock.sleeps).toEqual([10_000, 10_000, 10_000]);
    expect(result.response?.['Status']).toBe('SUCCEEDED');
    expect(result.ending).toBeUndefined();
    expect(d.handlers.size).toBe(0);
  });

  test.each([
    ['FAILED', 3, { ErrorString: 'Bad labels file' }, 'ended FAILED: Bad labels file', 'TaskRunFailed'],
    ['STOPPED', 4, {}, 'ended STOPPED (no ErrorString)', 'TaskRunStopped'],
    ['STOPPED', 4, { ErrorString: '' }, 'ended STOPPED (no ErrorString)', 'TaskRunStopped'],
    ['FAILED', 3, { ErrorString: 42 }, 'ended FAILED (no ErrorString)', 'TaskRunFailed'],
    ['FAILED', 3, { ErrorString: ' \n padded \n ' }, 'ended FAILED: padded', 'TaskRunFailed'],
    ['TIMEOUT', 5, { ErrorString: 'Timed\nout\x1b[31m' }, 'ended TIMEOUT: Timed out\\x1b[31m', 'TaskRunTimeout'],
  ])(
    '%s ends with exit %i and one line naming the status, the run and the ErrorString (%j)',
    async (status, code, extra, text, errorCode) => {
      const clock = fakeClock(0);
      const { poll } = scripted([run('RUNNING'), run(status, extra)], clock);
      const result = await waitForTaskRun(REF, undefined, OPTIONS, deps(poll, clock).deps);
      expect(result.response?.['Status']).toBe(status);
      expect(result.ending?.exitCode).toBe(code);
      expect(result.ending?.message).toBe(`Task run tfr-1 of transform tfm-1 ${text}`);
      expect(result.ending?.message).not.toContain('\n');
      // The Code of --cli-error-format json and yaml.
      expect(result.ending?.code).toBe(errorCode);
    },
  );

  test('a response in hand that is terminal needs no poll; one that is not waits an interval first', async () => {
    const clock = fakeClock(0);
    const done = await waitForTaskRun(
      REF,
      { Status: 'SUCCEEDED' },
      OPTIONS,
      deps(scripted([], clock).poll, clock).deps,
    );
    expect(done.ending).toBeUndefined();
    const { poll, at } = scripted([run('SUCCEEDED')], clock);
    await waitForTaskRun(REF, { Status: 'RUNNING' }, OPTIONS, deps(poll, clock).deps);
    expect(at).toEqual([10_000]);
  });

  test('--wait-timeout: one last poll at the deadline, then exit 6 with the last response and how to resume', async () => {
    const clock = fakeClock(0);
    const { poll, at } = scripted([run('STARTING'), run('RUNNING'), run('RUNNING')], clock);
    const result = await waitForTaskRun(REF, undefined, { ...OPTIONS, timeoutMs: 15_000 }, deps(poll, clock).deps);
    expect(at).toEqual([0, 10_000, 15_000]);
    expect(result.response?.['Status']).toBe('RUNNING');
    expect(result.ending?.exitCode).toBe(6);
    expect(result.ending?.message).toContain('Gave up waiting after 15s (--wait-timeout)');
    expect(result.ending?.message).toContain('it is RUNNING');
    expect(result.ending?.message).toContain('Resume with: RESUME');
    expect(result.ending?.code).toBe('WaitTimeout');
  });

  test('a Status that is not text is no status: the wait goes on', async () => {
    const clock = fakeClock(0);
    const { poll, at } = scripted([run('RUNNING', { Status: 7 }), run('SUCCEEDED')], clock);
    const result = await waitForTaskRun(REF, undefined, OPTIONS, deps(poll, clock).deps);
    expect(at).toEqual([0, 10_000]);
    expect(result.ending).toBeUndefined();
  });

  test('a Ctrl-C already received when the wait starts ends it before any poll answers', async () => {
    const clock = fakeClock(0);
    const d = deps(() => new Promise<PollResult>(() => undefined), clock);
    const failure = await waitForTaskRun(REF, undefined, OPTIONS, {
      ...d.deps,
      onInterrupt: (handler: () => void) => {
        handler();
        return () => undefined;
      },
    }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ exitCode: 130, code: undefined });
  });

  test('a retryable poll failure is reported and the loop goes on', async () => {
    const clock = fakeClock(5_000);
    const throttled: PollResult = {
      ok: false,
      retryable: true,
      error: new ServiceError('ThrottlingException', 'An error occurred (ThrottlingException): Rate exceeded'),
    };
    const { poll, at } = scripted([throttled, run('SUCCEEDED')], clock);
    const d = deps(poll, clock);
    const result = await waitForTaskRun(REF, undefined, { ...OPTIONS, progress: 'lines' }, d.deps);
    expect(at).toEqual([5_000, 15_000]);
    expect(result.ending).toBeUndefined();
    expect(d.stderr.join('')).toContain(
      'GetMLTaskRun failed; polling again in 10s: An error occurred (ThrottlingException)',
    );
  });

  test('a non-retryable poll failure ends the wait with its code, naming the run that goes on', async () => {
    const clock = fakeClock(0);
    const denied: PollResult = {
      ok: false,
      retryable: false,
      error: new ServiceError(
        'AccessDeniedException',
        'An error occurred (AccessDeniedException) when calling the GetMLTaskRun operation: no',
      ),
    };
    const { poll } = scripted([run('RUNNING'), denied], clock);
    const d = deps(poll, clock);
    const failure = await waitForTaskRun(REF, undefined, OPTIONS, d.deps).catch((e: unknown) => e);
    expect(failure).toMatchObject({ exitCode: 254, code: 'AccessDeniedException' });
    const message = (failure as Error).message;
    expect(message).toContain('when calling the GetMLTaskRun operation');
    expect(message).toContain(
      'Task run tfr-1 of transform tfm-1 was started and goes on in Glue; check it with: RESUME',
    );
    expect(d.handlers.size).toBe(0);
  });

  test('Ctrl-C while sleeping ends at once with 130 and the command that resumes waiting', async () => {
    const clock = fakeClock(0);
    let d: ReturnType<typeof deps> | undefined;
    const { poll, at } = scripted(
      [
        () => {
          // Ctrl-C arrives while the first answer is on its way; the wait sees it before sleeping.
          d?.interrupt();
          return run('RUNNING');
        },
      ],
      clock,
    );
    d = deps(poll, clock);
    const failure = await waitForTaskRun(REF, undefined, OPTIONS, d.deps).catch((e: unknown) => e);
    expect(failure).toMatchObject({ exitCode: 130, code: undefined });
    expect((failure as Error).message).toBe(
      'Stopped waiting (Ctrl-C). Task run tfr-1 of transform tfm-1 goes on in Glue. Resume waiting with: RESUME',
    );
    expect(at).toEqual([0]);
    expect(clock.sleeps).toEqual([]);
    expect(d.handlers.size).toBe(0);
  });

  test('Ctrl-C while a poll is in flight does not wait for its answer', async () => {
    const clock = fakeClock(0);
    const d = deps(() => new Promise<PollResult>(() => undefined), clock);
    const waiting = waitForTaskRun(REF, undefined, OPTIONS, d.deps).catch((e: unknown) => e);
    await new Promise((tick) => setImmediate(tick));
    d.interrupt();
    expect(await waiting).toMatchObject({ exitCode: 130 });
  });

  test('every poll failing until the deadline: the ending says the status is unknown', async () => {
    const clock = fakeClock(0);
    const down: PollResult = { ok: false, retryable: true, error: new GeneralError('Could not connect') };
    const { poll } = scripted([down, down], clock);
    const result = await waitForTaskRun(REF, undefined, { ...OPTIONS, timeoutMs: 5_000 }, deps(poll, clock).deps);
    expect(result.response).toBeUndefined();
    expect(result.ending?.message).toContain('its status is unknown');
  });
});

describe('progress while waiting', () => {
  const script = (clock: ReturnType<typeof fakeClock>) =>
    scripted([run('STARTING'), run('RUNNING'), run('RUNNING'), run('SUCCEEDED')], clock).poll;

  test('off a terminal: one plain line per status change, no control characters', async () => {
    const clock = fakeClock(0);
    const d = deps(script(clock), clock);
    await waitForTaskRun(REF, undefined, { ...OPTIONS, progress: 'lines' }, d.deps);
    expect(d.stderr.join('')).toBe(
      '[0s] Task run tfr-1: STARTING\n[10s] Task run tfr-1: RUNNING\n[30s] Task run tfr-1: SUCCEEDED\n',
    );
  });

  test('on a terminal: one line redrawn in place, its elapsed time ticking each second, ended by a newline', async () => {
    const clock = fakeClock(0);
    const d = deps(script(clock), clock);
    await waitForTaskRun(REF, undefined, { ...OPTIONS, intervalMs: 2_000, progress: 'live' }, d.deps);
    const text = d.stderr.join('');
    expect(clock.sleeps.every((ms) => ms <= 1_000)).toBe(true);
    expect(text).toContain('\r\x1b[2KTask run tfr-1: RUNNING (3s)');
    expect(text.endsWith('\r\x1b[2KTask run tfr-1: SUCCEEDED (6s)\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(2);
  });

  test('--no-progress: nothing on stderr', async () => {
    const clock = fakeClock(0);
    const d = deps(script(clock), clock);
    await waitForTaskRun(REF, undefined, OPTIONS, d.deps);
    expect(d.stderr).toEqual([]);
  });
});
