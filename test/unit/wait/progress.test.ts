import { describe, expect, test } from 'vitest';
import { createProgress, formatElapsed } from '../../../src/wait/progress.js';

describe('formatElapsed', () => {
  test.each([
    [0, '0s'],
    [999, '0s'],
    [59_000, '59s'],
    [65_000, '1m 05s'],
    [7_380_000, '2h 03m 00s'],
  ])('%i ms is %s', (ms, text) => expect(formatElapsed(ms)).toBe(text));
});

describe('createProgress', () => {
  const capture = (mode: 'live' | 'lines' | 'off') => {
    const out: string[] = [];
    return { out, progress: createProgress(mode, 'tfr-1', (t) => void out.push(t)) };
  };

  test('lines: a status is printed once however often it is reported; notes always', () => {
    const { out, progress } = capture('lines');
    progress.status(undefined, 0);
    progress.status('RUNNING', 1_000);
    progress.status('RUNNING', 2_000);
    progress.note('GetMLTaskRun failed', 3_000);
    progress.end();
    expect(out.join('')).toBe('[1s] Task run tfr-1: RUNNING\n[3s] GetMLTaskRun failed\n');
  });

  test('live: each report redraws the line; a note keeps its own line; end adds the newline once', () => {
    const { out, progress } = capture('live');
    progress.status(undefined, 0);
    progress.note('retrying', 1_000);
    progress.status('RUNNING', 2_000);
    progress.end();
    progress.end();
    expect(out).toEqual([
      '\r\x1b[2KTask run tfr-1: waiting for the first status (0s)',
      '\r\x1b[2K[1s] retrying\n',
      '\r\x1b[2KTask run tfr-1: RUNNING (2s)',
      '\n',
    ]);
  });

  test('lines: a response without a status after one with prints nothing', () => {
    const { out, progress } = capture('lines');
    progress.status('RUNNING', 0);
    progress.status(undefined, 1_000);
    expect(out).toEqual(['[0s] Task run tfr-1: RUNNING\n']);
  });

  test('live: nothing drawn, or a note last, leaves no newline to add', () => {
    const quiet = capture('live');
    quiet.progress.end();
    expect(quiet.out).toEqual([]);
    const noted = capture('live');
    noted.progress.status('RUNNING', 0);
    noted.progress.note('retrying', 1_000);
    noted.progress.end();
    expect(noted.out.at(-1)).toBe('\r\x1b[2K[1s] retrying\n');
  });

  test('off: nothing', () => {
    const { out, progress } = capture('off');
    progress.status('RUNNING', 0);
    progress.note('x', 0);
    progress.end();
    expect(out).toEqual([]);
  });
});
