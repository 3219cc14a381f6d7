import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator } from '../../dist/emulator.cjs';
import type { Emulator } from '../../src/emulator/server.js';
import { runInTerminal } from '../support/pty.js';
import { root } from '../support/run-bin.js';

// --wait and get-ml-task-run as a user meets them: the built bins against the emulator, in real time
// (phases of 250 ms, polls every 0.1 s), the polls read from the emulator's request log.

const ENV = {
  PATH: process.env['PATH'] ?? '',
  HOME: '/nonexistent-home',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_PAGER: '',
};
const START = join(root, 'bin/start-import-labels-task-run.cjs');
const GET = join(root, 'bin/get-ml-task-run.cjs');

let emulator: Emulator;
beforeAll(async () => {
  emulator = (await startEmulator(0, { faults: true, phaseMs: 250 })) as Emulator;
});
afterAll(() => emulator.close());

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a bin; `onStderr` sees stderr so far and may act on the child (send it a signal). */
function run(bin: string, args: string[], onStderr?: (text: string, kill: () => void) => void): Promise<Ran> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { env: ENV });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      onStderr?.(stderr, () => child.kill('SIGINT'));
    });
    child.stdin.end();
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const start = (transform: string, ...extra: string[]) =>
  run(START, [
    '--transform-id',
    transform,
    '--input-s3-path',
    's3://bucket/labels.csv',
    '--endpoint-url',
    emulator.url,
    '--wait',
    '--wait-interval',
    '0.1',
    ...extra,
  ]);

/** The requests for one task run, in order. */
function requestsFor(transform: string) {
  return emulator.requests.filter((r) => JSON.parse(r.body || '{}').TransformId === transform);
}

describe('start-import-labels-task-run --wait', () => {
  test('reaches SUCCEEDED: exit 0, the final response on stdout, a progress line per status on stderr', async () => {
    const r = await start('tfm-wait-ok');
    expect(r.code).toBe(0);
    const final = JSON.parse(r.stdout);
    expect(final).toMatchObject({ TransformId: 'tfm-wait-ok', Status: 'SUCCEEDED', ExecutionTime: 1 });
    expect(final.StartedOn).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
    expect(r.stderr).toMatch(/^\[0s\] Task run tfr-[0-9a-f]{32}: STARTING\n/);
    expect(r.stderr).toContain(': RUNNING\n');
    expect(r.stderr).toMatch(/: SUCCEEDED\n$/);
    expect(r.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    const sent = requestsFor('tfm-wait-ok');
    expect(sent[0]?.target).toBe('AWSGlue.StartImportLabelsTaskRun');
    const polls = sent.slice(1);
    expect(polls.every((p) => p.target === 'AWSGlue.GetMLTaskRun')).toBe(true);
    expect(polls.every((p) => JSON.parse(p.body).TaskRunId === final.TaskRunId)).toBe(true);
    // A poll every 0.1 s until the end (500 ms of phases); the first at once (test/cli/main.test.ts).
    expect(polls.length).toBeGreaterThanOrEqual(3);
    const gaps = polls.slice(1).map((p, i) => p.receivedMs - (polls[i]?.receivedMs ?? 0));
    // Spaced by the interval (the process sleeps between polls), not sent back to back.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(50);
  });

  test.each([
    ['tfm-run-failed', 3, /ended FAILED: The labels file s3:\/\/… does not have the columns/],
    ['tfm-run-stopped', 4, /ended STOPPED \(no ErrorString\)$/m],
    ['tfm-run-timeout', 5, /ended TIMEOUT: Task run timed out after 2880 minutes\.$/m],
  ])(
    '%s: exit %i and one stderr line naming the status, the run and the ErrorString',
    async (transform, code, line) => {
      const r = await start(transform, '--no-progress', '--query', 'Status', '--output', 'text');
      expect(r.code).toBe(code);
      expect(r.stdout).toBe(`${transform.replace('tfm-run-', '').toUpperCase()}\n`);
      expect(r.stderr).toMatch(line);
      expect(r.stderr).toMatch(new RegExp(`^Task run tfr-[0-9a-f]{32} of transform ${transform} ended`));
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    },
  );

  test('--wait-timeout passes: exit 6, the last response, and how to resume', async () => {
    const r = await start('tfm-run-forever', '--wait-timeout', '0.35', '--query', 'Status');
    expect(r.code).toBe(6);
    expect(r.stdout).toBe('"RUNNING"\n');
    expect(r.stderr).toContain('(--wait-timeout): task run tfr-');
    expect(r.stderr).toMatch(
      /Resume with: get-ml-task-run --transform-id tfm-run-forever --task-run-id tfr-[0-9a-f]{32} --endpoint-url http:\/\/127\.0\.0\.1:\d+ --wait\n$/,
    );
  });

  test('throttled polls are retried under the retry settings and the wait goes on', async () => {
    const r = await start('tfm-poll-throttle', '--no-progress', '--query', 'Status');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('"SUCCEEDED"\n');
    expect(r.stderr).toBe('');
    const polls = requestsFor('tfm-poll-throttle').filter((p) => p.target === 'AWSGlue.GetMLTaskRun');
    // Each poll is throttled once and answered on its second attempt.
    expect(polls.length % 2).toBe(0);
    expect(polls.length).toBeGreaterThanOrEqual(2);
  });

  test('a poll denied after the start: exit 254, the GetMLTaskRun error and the run that goes on', async () => {
    const r = await start('tfm-poll-denied');
    expect(r.code).toBe(254);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'An error occurred (AccessDeniedException) when calling the GetMLTaskRun operation: User: arn:aws:iam::123456789012:user/ci is not authorized',
    );
    expect(r.stderr).toMatch(
      /Task run tfr-[0-9a-f]{32} of transform tfm-poll-denied was started and goes on in Glue; check it with: get-ml-task-run/,
    );
    expect(requestsFor('tfm-poll-denied').filter((p) => p.target === 'AWSGlue.StartImportLabelsTaskRun')).toHaveLength(
      1,
    );
  });

  test('Ctrl-C while waiting (off a terminal): 130, the run goes on, the command that resumes it', async () => {
    let interrupted = false;
    const r = await run(
      START,
      [
        '--transform-id',
        'tfm-run-forever',
        '--input-s3-path',
        's3://b/k',
        '--endpoint-url',
        emulator.url,
        '--wait',
        '--wait-interval',
        '30',
      ],
      (stderr, interrupt) => {
        // Once: a second Ctrl-C while the process exits would kill it by the signal.
        if (stderr.includes('STARTING') && !interrupted) {
          interrupted = true;
          interrupt();
        }
      },
    );
    expect(r.code).toBe(130);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /Stopped waiting \(Ctrl-C\)\. Task run (tfr-[0-9a-f]{32}) of transform tfm-run-forever goes on in Glue\. Resume waiting with: get-ml-task-run --transform-id tfm-run-forever --task-run-id \1 --endpoint-url http:\/\/127\.0\.0\.1:\d+ --wait\n$/,
    );
  });

  test('in a terminal: one live line that is redrawn, and Ctrl-C ends the wait with 130', async () => {
    const { code, screen } = await runInTerminal(
      [
        process.execPath,
        START,
        '--transform-id',
        'tfm-run-forever',
        '--input-s3-path',
        's3://b/k',
        '--endpoint-url',
        emulator.url,
        '--wait',
        '--wait-interval',
        '30',
      ],
      ENV,
      (text) => (/STARTING \(1s\)/.test(text) ? '\x03' : undefined),
    );
    expect(code).toBe(130);
    expect(screen).toContain('\r\x1b[2KTask run tfr-');
    expect(screen).toMatch(/STARTING \(0s\)[\s\S]*STARTING \(1s\)/);
    expect(screen).toContain('Stopped waiting (Ctrl-C).');
  });
});

describe('get-ml-task-run', () => {
  test('checks a run started elsewhere, and --wait resumes waiting for it', async () => {
    const started = await run(START, [
      '--transform-id',
      'tfm-resume',
      '--input-s3-path',
      's3://b/k',
      '--endpoint-url',
      emulator.url,
    ]);
    const id = JSON.parse(started.stdout).TaskRunId as string;
    const args = ['--transform-id', 'tfm-resume', '--task-run-id', id, '--endpoint-url', emulator.url];
    const now = await run(GET, [...args, '--query', 'Status', '--output', 'text']);
    expect(now.code).toBe(0);
    expect(now.stdout).toMatch(/^(STARTING|RUNNING)\n$/);
    const waited = await run(GET, [...args, '--wait', '--wait-interval', '0.1', '--no-progress', '--query', 'Status']);
    expect(waited).toEqual({ code: 0, stdout: '"SUCCEEDED"\n', stderr: '' });
  });

  test('a run that does not exist is the service error (254), --wait or not', async () => {
    const r = await run(GET, [
      '--transform-id',
      'tfm-1',
      '--task-run-id',
      'tfr-nope',
      '--endpoint-url',
      emulator.url,
      '--wait',
    ]);
    expect(r.code).toBe(254);
    expect(r.stderr).toBe(
      '\nAn error occurred (EntityNotFoundException) when calling the GetMLTaskRun operation: Task run tfr-nope not found\n',
    );
  });
});

describe('the package', () => {
  test("require('glue-import-labels') gives startEmulator for users' own test suites", async () => {
    const script =
      "require('glue-import-labels').startEmulator(0, { phaseMs: 5 }).then(async (e) => { console.log(e.url); await e.close(); })";
    const child = spawn(process.execPath, ['-e', script], { cwd: root, env: ENV });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(out).toMatch(/^http:\/\/127\.0\.0\.1:\d+\n$/);
  });
});

describe('glue-ml-emulator bin', () => {
  const EMULATOR = join(root, 'bin/glue-ml-emulator.cjs');

  test('--help and --version exit 0; a bad value and a busy port are one line and exit 2', async () => {
    expect((await run(EMULATOR, ['--help'])).code).toBe(0);
    expect((await run(EMULATOR, ['--version'])).stdout).toMatch(/^glue-ml-emulator \d+\.\d+\.\d+\n$/);
    const bad = await run(EMULATOR, ['--port', 'x']);
    expect(bad).toEqual({
      code: 2,
      stdout: '',
      stderr: "glue-ml-emulator: error: argument --port: expected an integer from 0 to 65535, got 'x'\n",
    });
    const port = new URL(emulator.url).port;
    const busy = await run(EMULATOR, [`--port=${port}`]);
    expect(busy).toEqual({
      code: 2,
      stdout: '',
      stderr: `glue-ml-emulator: error: port ${port} on 127.0.0.1 is in use\n`,
    });
  });
});
