import { describe, expect, test } from 'vitest';
import { readWaitRequest, resumeCommand } from '../../../src/wait/wait-options.js';

describe('readWaitRequest', () => {
  test('no --wait: nothing to wait for', () => {
    expect(readWaitRequest({}, false)).toBeUndefined();
  });

  test('defaults: 10 s between polls, an hour in all; progress lines off a terminal, live on one', () => {
    expect(readWaitRequest({ wait: true }, false)).toEqual({
      intervalMs: 10_000,
      timeoutMs: 3_600_000,
      progress: 'lines',
    });
    expect(readWaitRequest({ wait: true }, true)?.progress).toBe('live');
    expect(readWaitRequest({ wait: true, progress: false }, true)?.progress).toBe('off');
  });

  test('fractions of a second; a timeout of 0 is no limit', () => {
    expect(readWaitRequest({ wait: true, waitInterval: '0.25', waitTimeout: '0' }, false)).toMatchObject({
      intervalMs: 250,
      timeoutMs: 0,
    });
    expect(readWaitRequest({ wait: true, waitInterval: '.75', waitTimeout: ' 604800 ' }, false)).toMatchObject({
      intervalMs: 750,
      timeoutMs: 604_800_000,
    });
  });

  test.each([
    [{ waitInterval: '0' }, "--wait-interval must be a number of seconds greater than 0 and at most 604800, not '0'"],
    [
      { waitInterval: 'abc' },
      "--wait-interval must be a number of seconds greater than 0 and at most 604800, not 'abc'",
    ],
    [{ waitTimeout: '-1' }, "--wait-timeout must be a number of seconds from 0 (no limit) to 604800, not '-1'"],
    [{ waitTimeout: '1e3' }, "--wait-timeout must be a number of seconds from 0 (no limit) to 604800, not '1e3'"],
    [
      { waitInterval: '999999' },
      "--wait-interval must be a number of seconds greater than 0 and at most 604800, not '999999'",
    ],
  ])('%o is refused before anything is sent', (args, message) => {
    expect(() => readWaitRequest({ wait: true, ...args }, false)).toThrow(message);
  });

  test.each([
    [{ waitInterval: '5' }, '--wait-interval is only valid with --wait'],
    [{ waitTimeout: '5' }, '--wait-timeout is only valid with --wait'],
    [{ progress: false }, '--no-progress is only valid with --wait'],
  ])('%o without --wait is an error, not silently ignored', (args, message) => {
    expect(() => readWaitRequest(args, false)).toThrow(message);
  });
});

describe('resumeCommand', () => {
  const ref = { TransformId: 'tfm-1', TaskRunId: 'tfr-2' };

  test('get-ml-task-run with the ids and --wait', () => {
    expect(resumeCommand(ref, {})).toBe('get-ml-task-run --transform-id tfm-1 --task-run-id tfr-2 --wait');
  });

  test('keeps where the run is (endpoint, region, profile), quoted for the shell, the URL credentials masked', () => {
    expect(
      resumeCommand(
        { TransformId: "it's", TaskRunId: 'a b' },
        { endpointUrl: 'http://user:pw@127.0.0.1:9/', region: 'eu-west-1', profile: 'ci' },
      ),
    ).toBe(
      `get-ml-task-run --transform-id 'it'"'"'s' --task-run-id 'a b' --endpoint-url 'http://***:***@127.0.0.1:9/' --region eu-west-1 --profile ci --wait`,
    );
  });
});
