import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { GeneralError, InterruptedError } from '../../src/errors.js';
import { main } from '../../src/main.js';
import { GET_ML_TASK_RUN } from '../../src/model/operations/get-ml-task-run.js';
import type { Deps } from '../../src/run.js';
import { versionLine } from '../../src/version.js';
import { fakeClock, MODEL, testDeps } from '../support/deps.js';
import { fakeIo, KEYS } from '../support/fake-io.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator(0, { faults: true, deterministicIds: true });
});
afterAll(() => emulator.close());

const base = () => ['--transform-id', 'tfm-1', '--input-s3-path', 's3://b/labels.csv', '--endpoint-url', emulator.url];
const lastBody = () => JSON.parse(emulator.requests.at(-1)?.body ?? 'null');

describe('advice after aws-cli\'s "run aws configure" lines', () => {
  test("no region: aws-cli's line, then the config file, section and key (legacy format only)", async () => {
    const argv = ['--transform-id', 't', '--input-s3-path', 's3://b/k'];
    const config = join(mkdtempSync(join(tmpdir(), 'gil-hint-')), 'config');
    writeFileSync(config, '[profile ci]\noutput = json\n');
    const { AWS_DEFAULT_REGION: _region, ...keys } = KEYS;
    const env = { ...keys, AWS_CONFIG_FILE: config, AWS_PROFILE: 'ci' };
    const legacy = fakeIo(argv, { env });
    expect(await main(legacy.io, testDeps(), MODEL)).toBe(253);
    expect(legacy.err()).toBe(
      '\nYou must specify a region. You can also configure your region by running "aws configure".\n' +
        `Hint: add "region = us-east-1" (your region) under [profile ci] in ${config}, or set AWS_REGION, or pass --region.\n`,
    );
    const json = fakeIo([...argv, '--cli-error-format', 'json'], { env });
    expect(await main(json.io, testDeps(), MODEL)).toBe(253);
    expect(json.err()).not.toContain('Hint');
  });
});

describe('main() in-process against the loopback emulator', () => {
  test('sends the request and prints the task run id', async () => {
    const { io, out, err } = fakeIo([...base(), '--replace-all-labels'], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(err()).toBe('');
    expect(out()).toMatch(/^\{\n {4}"TaskRunId": "tfr-[0-9a-f]{32}"\n\}\n$/);
    expect(lastBody()).toEqual({ TransformId: 'tfm-1', InputS3Path: 's3://b/labels.csv', ReplaceAllLabels: true });
    expect(emulator.requests.at(-1)?.headers['x-amz-target']).toBe('AWSGlue.StartImportLabelsTaskRun');
  });

  test('the session token is sent, and --debug never prints it or the secret', async () => {
    const env = { ...KEYS, AWS_SESSION_TOKEN: 'SESSIONTOKENEXAMPLE123' };
    const { io, out, err } = fakeIo([...base(), '--debug'], { env });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(emulator.requests.at(-1)?.headers['x-amz-security-token']).toBe('SESSIONTOKENEXAMPLE123');
    expect(err()).toContain('Sending request: POST');
    expect(err()).toContain('Credential=AKIDEXAMPLE/');
    for (const secret of ['SESSIONTOKENEXAMPLE123', KEYS.AWS_SECRET_ACCESS_KEY]) {
      expect(out() + err()).not.toContain(secret);
    }
    expect(err()).not.toMatch(/Signature=[0-9a-f]{64}/);
  });

  test('--debug logs the resolved settings with their sources and each retry with its delay', async () => {
    const { io, err } = fakeIo(
      ['--transform-id', 'tfm-500', '--input-s3-path', 's', '--endpoint-url', emulator.url, '--debug'],
      { env: KEYS },
    );
    expect(await main(io, testDeps(), MODEL)).toBe(254);
    expect(err()).toContain('region: "us-east-1" (from AWS_DEFAULT_REGION)');
    expect(err()).toContain(`endpoint: "${emulator.url}" (from --endpoint-url)`);
    expect(err()).toMatch(/Retry: attempt 2 of 3, after a delay of \d+ ms/);
    expect(err()).toMatch(/Retry: attempt 3 of 3, after a delay of \d+ ms/);
    expect(err()).not.toContain('WARN');
  });

  test('--debug shows the cause of an error, still without a stack trace otherwise', async () => {
    const plain = fakeIo([...base().slice(0, 4), '--endpoint-url', 'http://127.0.0.1:9'], {
      env: { ...KEYS, AWS_MAX_ATTEMPTS: '1' },
    });
    expect(await main(plain.io, testDeps(), MODEL)).toBe(255);
    expect(plain.err()).toBe('\nCould not connect to the endpoint URL: "http://127.0.0.1:9/"\n');
  });

  test('the SDK is not loaded for a skeleton, a usage error or help', async () => {
    const deps: Deps = testDeps({ openSession: () => Promise.reject(new Error('the SDK must not load here')) });
    for (const argv of [
      ['--generate-cli-skeleton'],
      ['--generate-cli-skeleton', 'output'],
      ['--output', 'xml'],
      ['help'],
      ['--version'],
    ]) {
      const { io, err } = fakeIo(argv, { env: KEYS });
      const code = await main(io, deps, MODEL);
      expect(err()).not.toContain('the SDK must not load here');
      expect([0, 252]).toContain(code);
    }
  });

  test('`help` as an option value is a value: the request is sent (aws-cli sends it)', async () => {
    const { io, out } = fakeIo(
      ['--transform-id', 'help', '--input-s3-path', 's3://b/k', '--endpoint-url', emulator.url, '--output', 'text'],
      { env: KEYS },
    );
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(lastBody()).toEqual({ TransformId: 'help', InputS3Path: 's3://b/k' });
    expect(out()).toMatch(/^tfr-[0-9a-f]{32}\n$/);
  });

  test('`help` after the required flags prints help and sends nothing', async () => {
    const before = emulator.requests.length;
    const { io, out } = fakeIo([...base(), 'help'], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(out()).toContain('--input-s3-path');
    expect(emulator.requests.length).toBe(before);
  });

  test('a query that fails to compile sends nothing: parse errors 252, calls that can never succeed 255', async () => {
    const malformed = [
      'TaskRunId.',
      'a..b',
      'a.b.',
      '[0].',
      '@.',
      '{a: b}.',
      'TaskRunId[].',
      'a.(b)',
      '[].',
      '[:::]',
      '@(foo)',
    ];
    const deep = ['('.repeat(30_000) + 'a' + ')'.repeat(30_000), '['.repeat(5_000), `${'a.'.repeat(3_000)}`];
    const never = ['foo(@)', 'length(@, @)', 'TaskRunId | sort_by(@)'];
    for (const [queries, code] of [
      [[...malformed, ...deep], 252],
      [never, 255],
    ] as const) {
      for (const query of queries) {
        const before = emulator.requests.length;
        const { io, out, err } = fakeIo([...base(), '--query', query], { env: KEYS });
        expect(await main(io, testDeps(), MODEL), query.slice(0, 40)).toBe(code);
        expect(emulator.requests.length, query.slice(0, 40)).toBe(before);
        expect(out()).toBe('');
        expect(err()).not.toMatch(/\n\s+at /);
      }
    }
  });

  test('a long but valid chain of fields is evaluated (no recursion limit a user meets)', async () => {
    const { io, out } = fakeIo([...base(), '--query', `${'Missing.'.repeat(3_000)}x`, '--output', 'text'], {
      env: KEYS,
    });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(out()).toBe('None\n');
  });

  test('a query that fails on the response after the start still prints the TaskRunId (stderr)', async () => {
    const { io, out, err } = fakeIo([...base(), '--query', 'length(`1`)'], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(255);
    expect(out()).toBe('');
    expect(err()).toMatch(/^\nIn function length\(\), invalid type for value: 1, .*\n/);
    expect(err()).toMatch(
      /\nStartImportLabelsTaskRun succeeded before this error; its response: \{"TaskRunId": "tfr-[0-9a-f]{32}"\}\n$/,
    );
  });

  test('a proxy or endpoint password is masked in every message and in --debug', async () => {
    const proxied = fakeIo(['--transform-id', 't', '--input-s3-path', 's', '--endpoint-url', 'https://127.0.0.1:9'], {
      env: { ...KEYS, HTTPS_PROXY: 'http://proxyuser:proxySecret1@127.0.0.1:9', AWS_MAX_ATTEMPTS: '1' },
    });
    expect(await main(proxied.io, testDeps(), MODEL)).toBe(255);
    expect(proxied.err()).toBe('\nFailed to connect to proxy URL: "http://***:***@127.0.0.1:9"\n');
    const endpoint = fakeIo(
      [
        '--transform-id',
        't',
        '--input-s3-path',
        's',
        '--endpoint-url',
        'http://u:endpointSecret2@127.0.0.1:9',
        '--debug',
      ],
      {
        env: { ...KEYS, AWS_MAX_ATTEMPTS: '1' },
      },
    );
    expect(await main(endpoint.io, testDeps(), MODEL)).toBe(255);
    expect(endpoint.err()).toContain('Could not connect to the endpoint URL: "http://***:***@127.0.0.1:9/"');
    expect(endpoint.err()).toContain('endpoint: "http://***:***@127.0.0.1:9" (from --endpoint-url)');
    for (const secret of ['proxySecret1', 'endpointSecret2'])
      expect(proxied.err() + endpoint.err()).not.toContain(secret);
  });

  test('service errors come back as 254 with the reference line', async () => {
    const { io, out, err } = fakeIo(
      ['--transform-id', 'tfm-notfound', '--input-s3-path', 's', '--endpoint-url', emulator.url],
      { env: KEYS },
    );
    expect(await main(io, testDeps(), MODEL)).toBe(254);
    expect(out()).toBe('');
    expect(err()).toBe(
      '\nAn error occurred (EntityNotFoundException) when calling the StartImportLabelsTaskRun operation: Transform tfm-notfound not found\n',
    );
  });

  test('output goes to the pager on a terminal, never with --no-cli-pager', async () => {
    const paged = fakeIo(base(), { env: { ...KEYS, AWS_PAGER: 'less' }, tty: true });
    expect(await main(paged.io, testDeps(), MODEL)).toBe(0);
    expect(paged.paged.join('')).toContain('"TaskRunId"');
    expect(paged.out()).toBe('');
    const direct = fakeIo([...base(), '--no-cli-pager'], { env: { ...KEYS, AWS_PAGER: 'less' }, tty: true });
    expect(await main(direct.io, testDeps(), MODEL)).toBe(0);
    expect(direct.paged).toEqual([]);
    expect(direct.out()).toContain('"TaskRunId"');
  });

  test.each([
    [{ NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{}, true, true],
    [{}, false, false],
  ])('--color auto with %j on tty=%s colours: %s', async (env, tty, coloured) => {
    const { io, out, paged } = fakeIo([...base(), '--output', 'table', '--no-cli-pager'], {
      env: { ...KEYS, ...env },
      tty,
    });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect((out() + paged.join('')).includes('\x1b[1m\x1b[34m')).toBe(coloured);
  });

  test('auto-prompt from the environment without a terminal is a clear 252', async () => {
    const { io, err } = fakeIo(base(), { env: { ...KEYS, AWS_CLI_AUTO_PROMPT: 'ON' } });
    expect(await main(io, testDeps(), MODEL)).toBe(252);
    expect(err()).toContain('needs an interactive terminal');
  });

  test('endpoint from AWS_ENDPOINT_URL_GLUE', async () => {
    const before = emulator.requests.length;
    const { io } = fakeIo(base().slice(0, 4), { env: { ...KEYS, AWS_ENDPOINT_URL_GLUE: emulator.url } });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(emulator.requests.length).toBe(before + 1);
  });
});

describe('auto-prompt on a terminal', () => {
  test('on: asks for every parameter, required first, and sends the answers', async () => {
    const { io, asked } = fakeIo(['--endpoint-url', emulator.url, '--cli-auto-prompt'], {
      env: KEYS,
      stdinTTY: true,
      answers: { TransformId: 'tfm-asked', InputS3Path: 's3://b/asked.csv', ReplaceAllLabels: true },
    });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(asked).toEqual(['TransformId', 'InputS3Path', 'ReplaceAllLabels']);
    expect(lastBody()).toEqual({ TransformId: 'tfm-asked', InputS3Path: 's3://b/asked.csv', ReplaceAllLabels: true });
  });

  test('on: values from the command line are the defaults', async () => {
    const { io } = fakeIo([...base(), '--no-replace-all-labels'], {
      env: { ...KEYS, AWS_CLI_AUTO_PROMPT: 'on' },
      stdinTTY: true,
    });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(lastBody()).toEqual({ TransformId: 'tfm-1', InputS3Path: 's3://b/labels.csv', ReplaceAllLabels: false });
  });

  test('on-partial: a complete command asks nothing; a missing required member is asked for alone', async () => {
    const complete = fakeIo(base(), { env: { ...KEYS, AWS_CLI_AUTO_PROMPT: 'on-partial' }, stdinTTY: true });
    expect(await main(complete.io, testDeps(), MODEL)).toBe(0);
    expect(complete.asked).toEqual([]);
    const partial = fakeIo(['--transform-id', 'tfm-p', '--endpoint-url', emulator.url], {
      env: { ...KEYS, AWS_CLI_AUTO_PROMPT: 'on-partial' },
      stdinTTY: true,
      answers: { InputS3Path: 's3://b/p.csv' },
    });
    expect(await main(partial.io, testDeps(), MODEL)).toBe(0);
    expect(partial.asked).toEqual(['InputS3Path']);
    expect(lastBody()).toEqual({ TransformId: 'tfm-p', InputS3Path: 's3://b/p.csv' });
  });

  test('on-partial without a terminal runs as given: a missing flag is the usual usage error', async () => {
    const { io, err } = fakeIo(['--transform-id', 'x'], { env: { ...KEYS, AWS_CLI_AUTO_PROMPT: 'on-partial' } });
    expect(await main(io, testDeps(), MODEL)).toBe(252);
    expect(err()).toContain('the following arguments are required: --input-s3-path');
  });

  test('cli_auto_prompt in the profile chosen with --profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gil-prompt-'));
    writeFileSync(join(dir, 'config'), '[profile p]\ncli_auto_prompt = on\n');
    const { io, asked } = fakeIo([...base(), '--profile', 'p'], {
      env: { ...KEYS, AWS_CONFIG_FILE: join(dir, 'config') },
      stdinTTY: true,
    });
    await main(io, testDeps(), MODEL);
    expect(asked).toEqual(['TransformId', 'InputS3Path', 'ReplaceAllLabels']);
  });
});

describe('--wait in-process, with the clock injected', () => {
  let glue: Emulator;
  beforeAll(async () => {
    glue = await startEmulator(0, { faults: true, phaseMs: 0 });
  });
  afterAll(() => glue.close());

  const startArgs = (transform: string) => [
    '--transform-id',
    transform,
    '--input-s3-path',
    's3://b/labels.csv',
    '--endpoint-url',
    glue.url,
    '--wait',
  ];
  const targets = (since: number) => glue.requests.slice(since).map((r) => r.target?.replace('AWSGlue.', ''));

  test('a run that never ends: polls at once, then every --wait-interval, until --wait-timeout (exit 6)', async () => {
    const before = glue.requests.length;
    const clock = fakeClock();
    const { io, out, err } = fakeIo(
      [...startArgs('tfm-run-forever'), '--wait-interval', '30', '--wait-timeout', '120', '--query', 'Status'],
      {
        env: KEYS,
      },
    );
    expect(await main(io, testDeps({ clock }), MODEL)).toBe(6);
    expect(targets(before)).toEqual(['StartImportLabelsTaskRun', ...Array(5).fill('GetMLTaskRun')]);
    expect(clock.sleeps).toEqual([30_000, 30_000, 30_000, 30_000]);
    expect(out()).toBe('"RUNNING"\n');
    expect(err()).toContain('Gave up waiting after 2m 00s (--wait-timeout)');
    expect(err()).toContain('Resume with: get-ml-task-run --transform-id tfm-run-forever --task-run-id tfr-');
  });

  test('the final GetMLTaskRun response is the document: --query and --output apply, the table is titled by it', async () => {
    const { io, out, err } = fakeIo(
      [...startArgs('tfm-1'), '--output', 'table', '--query', '{s: Status, t: Properties.TaskType}'],
      {
        env: KEYS,
      },
    );
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(out()).toContain('GetMLTaskRun');
    expect(out()).toMatch(/\|\s+s\s+\|\s+t\s+\|/);
    expect(out()).toMatch(/\|\s+SUCCEEDED\s+\|\s+IMPORT_LABELS\s+\|/);
    expect(err()).toMatch(/^\[0s\] Task run tfr-[0-9a-f]{32}: SUCCEEDED\n$/);
  });

  test('a failed run prints its response, then one line with the status, the id and the ErrorString (exit 3)', async () => {
    const { io, out, err } = fakeIo([...startArgs('tfm-run-failed'), '--no-progress', '--query', 'ErrorString'], {
      env: KEYS,
    });
    expect(await main(io, testDeps(), MODEL)).toBe(3);
    expect(out()).toContain('does not have the columns labeling_set_id and label');
    expect(err()).toMatch(/^Task run tfr-[0-9a-f]{32} of transform tfm-run-failed ended FAILED: The labels file/);
    expect(err().split('\n')).toHaveLength(2);
  });

  test('a failed run with --cli-error-format json: the ending is a JSON document with its Code', async () => {
    const argv = [...startArgs('tfm-run-failed'), '--no-progress', '--cli-error-format', 'json', '--query', 'Status'];
    const { io, out, err } = fakeIo(argv, { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(3);
    expect(out()).toBe('"FAILED"\n');
    expect(JSON.parse(err())).toMatchObject({ Code: 'TaskRunFailed' });
  });

  test('get-ml-task-run --wait on a run that has ended makes one call', async () => {
    const before = glue.requests.length;
    const args = [
      '--transform-id',
      'tfm-1',
      '--task-run-id',
      'tfr-fixture-succeeded',
      '--endpoint-url',
      glue.url,
      '--wait',
    ];
    const { io, out } = fakeIo([...args, '--query', 'Status'], { env: KEYS });
    expect(await main(io, testDeps(), GET_ML_TASK_RUN)).toBe(0);
    expect(out()).toBe('"SUCCEEDED"\n');
    expect(targets(before)).toEqual(['GetMLTaskRun']);
  });

  test('--wait with --generate-cli-skeleton output prints GetMLTaskRun’s skeleton and sends nothing', async () => {
    const before = glue.requests.length;
    const { io, out } = fakeIo([...startArgs('tfm-1'), '--generate-cli-skeleton', 'output'], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(JSON.parse(out())).toMatchObject({ Status: 'Status', StartedOn: '1970-01-01T00:00:00' });
    expect(glue.requests.length).toBe(before);
  });

  test('a bad --wait-interval is refused before the import starts', async () => {
    const before = glue.requests.length;
    const { io, err } = fakeIo([...startArgs('tfm-1'), '--wait-interval', 'soon'], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(252);
    expect(err()).toContain('--wait-interval must be a number of seconds greater than 0');
    expect(glue.requests.length).toBe(before);
  });
});

describe('--backup-labels-to without --wait: the export is waited for with the defaults', () => {
  let glue: Emulator;
  beforeAll(async () => {
    // An export that takes longer than the (fake) hour waited for it.
    glue = await startEmulator(0, { faults: true, phaseMs: 600_000 });
  });
  afterAll(() => glue.close());

  const argv = () => [
    '--transform-id',
    'tfm-1',
    '--input-s3-path',
    's3://b/labels.csv',
    '--replace-all-labels',
    '--backup-labels-to',
    's3://b/backup.csv',
    '--endpoint-url',
    glue.url,
  ];
  const targets = (since: number) => glue.requests.slice(since).map((r) => r.target?.replace('AWSGlue.', ''));

  test('polls every 10 s for an hour, prints a line per status off a terminal, then gives up: nothing imported', async () => {
    const before = glue.requests.length;
    const clock = fakeClock();
    const { io, out, err } = fakeIo(argv(), { env: KEYS });
    expect(await main(io, testDeps({ clock }), MODEL)).toBe(6);
    expect(clock.sleeps).toEqual(Array(360).fill(10_000));
    expect(targets(before)).toEqual(['StartExportLabelsTaskRun', ...Array(361).fill('GetMLTaskRun')]);
    expect(out()).toBe('');
    expect(err()).toMatch(/^Backing up the labels of tfm-1 to s3:\/\/b\/backup\.csv first \(export task run tfr-/);
    expect(err()).toMatch(/\n\[0s\] Task run tfr-[0-9a-f]{32}: STARTING\n/);
    expect(err()).not.toContain('\r');
    expect(err()).toContain('Gave up waiting after 1h 00m 00s (--wait-timeout)');
    expect(err()).toContain('nothing was imported, the labels are as they were.');
  });

  test("on a terminal the export's progress is one line redrawn in place", async () => {
    const clock = fakeClock();
    const { io, err } = fakeIo(argv(), { env: KEYS, stderrTTY: true });
    expect(await main(io, testDeps({ clock }), MODEL)).toBe(6);
    expect(err()).toContain('\r\x1b[2KTask run tfr-');
  });

  test('an export that cannot start: its error, and nothing imported', async () => {
    const before = glue.requests.length;
    const { io, err } = fakeIo([...argv().slice(0, 1), 'tfm-notfound-x', ...argv().slice(2)], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(254);
    expect(err()).toContain('(EntityNotFoundException) when calling the StartExportLabelsTaskRun operation');
    expect(err()).toContain('nothing was imported, the labels are as they were.');
    expect(targets(before)).toEqual(['StartExportLabelsTaskRun']);
  });
});

describe("run(): --debug's first lines, the pager check, and errors after the response", () => {
  test('--debug starts with the version line and the arguments as given (not ASCII-escaped, URL passwords masked)', async () => {
    const argv = [...base(), '--debug', '--dry-run', '--cli-input-json', '{"TransformId": "tfm-é"}'];
    const { io, err } = fakeIo([...argv, '--ca-bundle', 'http://u:pw@127.0.0.1:9/x'], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    const lines = err()
      .split('\n')
      .map((line) => line.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} /, ''));
    expect(lines[0]).toBe(`CLI version: ${versionLine(MODEL.command, io.nodeVersion, io.platform, io.arch).trim()}`);
    expect(lines[1]).toContain('Arguments entered: ["--transform-id", "tfm-1", ');
    expect(lines[1]).toContain('"{\\"TransformId\\": \\"tfm-é\\"}"');
    expect(lines[1]).toContain('"http://***:***@127.0.0.1:9/x"');
    expect(lines[2]).toBe('Resolved settings:');
  });

  test('a pager that does not exist fails a call before it is sent, but not an output skeleton', async () => {
    const before = emulator.requests.length;
    const env = { ...KEYS, AWS_PAGER: 'missing-pager' };
    const call = fakeIo(base(), { env, tty: true });
    expect(await main(call.io, testDeps(), MODEL)).toBe(253);
    expect(call.err()).toContain("No such file or directory: 'missing-pager'");
    expect(emulator.requests.length).toBe(before);
    const skeleton = fakeIo(['--generate-cli-skeleton', 'output'], { env, tty: true });
    expect(await main(skeleton.io, testDeps(), MODEL)).toBe(0);
    expect(skeleton.paged).toEqual(['{\n    "TaskRunId": "TaskRunId"\n}\n']);
  });

  test('a query that fails on an output skeleton is the error alone (nothing was sent, so no response to give)', async () => {
    const { io, out, err } = fakeIo(['--generate-cli-skeleton', 'output', '--query', 'length(`1`)'], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(255);
    expect(out()).toBe('');
    expect(err()).toMatch(/^\nIn function length\(\), invalid type for value: 1, [^\n]*\n$/);
  });

  test('a --cli-input-yaml paramfile that cannot be read names the option (aws-cli 2.9.19, 252)', async () => {
    const { io, err } = fakeIo([...base(), '--cli-input-yaml', 'file:///nonexistent/in.yaml'], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(252);
    expect(err()).toBe(
      "\nError parsing parameter '--cli-input-yaml': Unable to load paramfile file:///nonexistent/in.yaml: " +
        "[Errno 2] No such file or directory: '/nonexistent/in.yaml'\n",
    );
  });

  test('an output skeleton needs no parameters, but those given are still validated', async () => {
    const bare = fakeIo(['--generate-cli-skeleton', 'output'], { env: KEYS });
    expect(await main(bare.io, testDeps(), MODEL)).toBe(0);
    const bad = fakeIo(['--generate-cli-skeleton', 'output', '--cli-input-json', '{"Bogus": 1}'], { env: KEYS });
    expect(await main(bad.io, testDeps(), MODEL)).toBe(252);
    expect(bad.err()).toContain('Unknown parameter in input: "Bogus"');
  });

  test("a dry run's document is titled DryRun in a table", async () => {
    const { io, out } = fakeIo([...base(), '--dry-run', '--output', 'table'], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(out()).toMatch(/^-+\n\|\s+DryRun\s+\|\n/);
  });
});

describe('--dry-run', () => {
  test('resolves everything, prints the request with no secret, sends nothing', async () => {
    const before = emulator.requests.length;
    const env = { ...KEYS, AWS_SESSION_TOKEN: 'SESSIONTOKENEXAMPLE123' };
    const { io, out, err } = fakeIo([...base(), '--replace-all-labels', '--dry-run', '--wait'], { env });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(emulator.requests.length).toBe(before);
    expect(err()).toBe('');
    const plan = JSON.parse(out());
    expect(plan).toEqual({
      DryRun: 'nothing was sent',
      Operation: 'StartImportLabelsTaskRun',
      EndpointUrl: `${emulator.url}/`,
      Region: 'us-east-1',
      Parameters: { TransformId: 'tfm-1', InputS3Path: 's3://b/labels.csv', ReplaceAllLabels: true },
      Credentials: {
        Source: 'environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)',
        AccessKeyId: '****************MPLE',
      },
      Then: ['GetMLTaskRun every 10 s until the task run ends, for up to 3600 s'],
    });
    for (const secret of ['SESSIONTOKENEXAMPLE123', KEYS.AWS_SECRET_ACCESS_KEY, KEYS.AWS_ACCESS_KEY_ID]) {
      expect(out() + err()).not.toContain(secret);
    }
  });

  test('a problem is the code it would be: a bad parameter 252, no credentials 253, nothing sent', async () => {
    const before = emulator.requests.length;
    const bad = fakeIo(
      ['--transform-id', '', '--input-s3-path', 's3://b/k', '--endpoint-url', emulator.url, '--dry-run'],
      {
        env: KEYS,
      },
    );
    expect(await main(bad.io, testDeps(), MODEL)).toBe(252);
    const none = fakeIo([...base(), '--dry-run'], {
      env: {
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_CONFIG_FILE: '/nonexistent/c',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/d',
      },
    });
    expect(await main(none.io, testDeps(), MODEL)).toBe(253);
    expect(none.err()).toContain('Unable to locate credentials');
    expect(emulator.requests.length).toBe(before);
  });

  test('credentials from a profile: the source names the profile; --query applies to the plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gil-dry-'));
    writeFileSync(
      join(dir, 'credentials'),
      '[ci]\naws_access_key_id = AKIDPROFILE1234\naws_secret_access_key = s3cr3t\n',
    );
    const { io, out } = fakeIo(
      [...base(), '--dry-run', '--profile', 'ci', '--query', 'Credentials', '--output', 'text'],
      {
        env: {
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
          AWS_CONFIG_FILE: '/nonexistent',
        },
      },
    );
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    expect(out()).toBe('****************1234\tprofile ci: keys in the shared credentials or config file\n');
  });
});

describe('the one catch: each kind of failure, its lines and its code', () => {
  const call = ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', 'http://127.0.0.1:9'];
  const failing = (error: unknown) =>
    testDeps({
      openSession: async () => {
        throw error;
      },
    });

  test('an error that is not ours: its message on one line, 255; the stack only with --debug', async () => {
    const plain = fakeIo(call, { env: KEYS });
    expect(await main(plain.io, failing(new Error('boom')), MODEL)).toBe(255);
    expect(plain.err()).toBe('\nboom\n');
    const debug = fakeIo([...call, '--debug'], { env: KEYS });
    expect(await main(debug.io, failing(new Error('boom')), MODEL)).toBe(255);
    expect(debug.err()).toMatch(/\nError: boom\n {4}at [^\n]+\n[\s\S]*\nboom\n$/);
    const thrown = fakeIo(call, { env: KEYS });
    expect(await main(thrown.io, failing('a string'), MODEL)).toBe(255);
    expect(thrown.err()).toBe('\na string\n');
    for (const nothing of [undefined, null]) {
      const bare = fakeIo([...call, '--debug'], { env: KEYS });
      expect(await main(bare.io, failing(nothing), MODEL)).toBe(255);
      expect(bare.err().endsWith(`\n${nothing}\n\n${nothing}\n`)).toBe(true);
    }
  });

  test('a structured error format: the error as a document (in a table: no colour, the terminal width)', async () => {
    const json = fakeIo([...call, '--cli-error-format', 'json'], { env: KEYS });
    expect(await main(json.io, failing(new GeneralError('Could not connect', { code: 'Connect' })), MODEL)).toBe(255);
    expect(JSON.parse(json.err())).toMatchObject({ Code: 'Connect', Message: 'Could not connect' });
    const table = fakeIo([...call, '--cli-error-format', 'table', '--color', 'on'], { env: KEYS, tty: true });
    const long = `Could not connect ${'x'.repeat(80)}`;
    expect(await main(table.io, failing(new GeneralError(long, { code: 'Connect' })), MODEL)).toBe(255);
    expect(table.err()).not.toContain('\x1b[');
    // Code and Message side by side fit the terminal's 120 columns (at 80 they would be stacked).
    expect(table.err()).toMatch(/\n\|\s+Code\s+\|\s+Message\s+\|\n/);
    // No Code (an interrupted wait): plain text in every format.
    const plain = fakeIo([...call, '--cli-error-format', 'json'], { env: KEYS });
    expect(await main(plain.io, failing(new GeneralError('Stopped waiting', { code: undefined })), MODEL)).toBe(255);
    expect(plain.err()).toBe('\nStopped waiting\n');
  });

  test('help goes to the pager on a terminal; the version line does not', async () => {
    const help = fakeIo(['help'], { env: KEYS, tty: true });
    expect(await main(help.io, testDeps(), MODEL)).toBe(0);
    expect(help.out()).toBe('');
    expect(help.paged[0]).toMatch(/^NAME\n/);
    const version = fakeIo(['--version'], { env: KEYS, tty: true });
    expect(await main(version.io, testDeps(), MODEL)).toBe(0);
    expect(version.paged).toEqual([]);
    expect(version.out()).toMatch(/^start-import-labels-task-run\//);
  });

  test('Ctrl-C (InterruptedError): a newline on stdout, nothing on stderr, 130', async () => {
    const { io, out, err } = fakeIo(call, { env: KEYS });
    expect(await main(io, failing(new InterruptedError()), MODEL)).toBe(130);
    expect([out(), err()]).toEqual(['\n', '']);
  });

  test('one of ours with a cause: --debug prints the cause first, without --debug only the line', async () => {
    const cause = Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
    const error = () => new GeneralError('Could not connect', { cause });
    const debug = fakeIo([...call, '--debug'], { env: KEYS });
    expect(await main(debug.io, failing(error()), MODEL)).toBe(255);
    expect(debug.err()).toMatch(/Caused by: TimeoutError: socket hang up\n {4}at [\s\S]*\n\nCould not connect\n$/);
    const plain = fakeIo(call, { env: KEYS });
    expect(await main(plain.io, failing(error()), MODEL)).toBe(255);
    expect(plain.err()).toBe('\nCould not connect\n');
    const stackless = fakeIo([...call, '--debug'], { env: KEYS });
    const bare = new GeneralError('Could not connect', { cause: { name: 'X', message: 'y' } });
    expect(await main(stackless.io, failing(bare), MODEL)).toBe(255);
    expect(stackless.err()).toContain('Caused by: X: y\n');
  });
});

describe('run(): the checks before anything is sent, and --dry-run', () => {
  test('--backup-labels-to without --replace-all-labels is a 252 and nothing is sent', async () => {
    const before = emulator.requests.length;
    const { io, err } = fakeIo([...base(), '--backup-labels-to', 's3://b/backup/'], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(252);
    expect(err()).toBe(
      '\n--backup-labels-to is only valid with --replace-all-labels (there is nothing to back up otherwise)\n',
    );
    expect(emulator.requests.length).toBe(before);
  });

  test('--dry-run: what would follow, in order (the backup first, then the wait, its default 10 s and its limit); nothing sent', async () => {
    const before = emulator.requests.length;
    const argv = [...base(), '--dry-run', '--replace-all-labels', '--backup-labels-to', 's3://b/backup/'];
    const { io, out } = fakeIo([...argv, '--wait', '--wait-interval', '5', '--wait-timeout', '60'], { env: KEYS });
    expect(await main(io, testDeps(), MODEL)).toBe(0);
    const plan = JSON.parse(out());
    expect(plan.Then).toEqual([
      'first StartExportLabelsTaskRun to s3://b/backup/, waiting for it to succeed (if it does not, nothing is imported)',
      'GetMLTaskRun every 5 s until the task run ends, for up to 60 s',
    ]);
    expect(plan.Credentials).toEqual({
      Source: 'environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)',
      AccessKeyId: '****************MPLE',
    });
    expect(emulator.requests.length).toBe(before);
    const open = fakeIo([...base(), '--dry-run', '--wait', '--wait-timeout', '0'], { env: KEYS });
    expect(await main(open.io, testDeps(), MODEL)).toBe(0);
    expect(JSON.parse(open.out()).Then).toEqual(['GetMLTaskRun every 10 s until the task run ends']);
  });

  test('--dry-run unsigned has no key; without credentials it fails as the call would (253)', async () => {
    const unsigned = fakeIo([...base(), '--dry-run', '--no-sign-request'], { env: KEYS });
    expect(await main(unsigned.io, testDeps(), MODEL)).toBe(0);
    expect(JSON.parse(unsigned.out()).Credentials).toEqual({ Source: 'none: unsigned (--no-sign-request)' });
    const { AWS_ACCESS_KEY_ID: _k, AWS_SECRET_ACCESS_KEY: _s, ...region } = KEYS;
    const none = fakeIo([...base(), '--dry-run'], {
      env: { ...region, AWS_CONFIG_FILE: '/nonexistent/c', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/k' },
    });
    expect(await main(none.io, testDeps(), MODEL)).toBe(253);
    expect(none.err()).toMatch(
      /^\nUnable to locate credentials\. You can configure credentials by running "aws configure"\.\n/,
    );
  });
});
