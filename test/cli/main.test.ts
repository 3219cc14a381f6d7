import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { main } from '../../src/main.js';
import type { Deps } from '../../src/run.js';
import { fakeIo, KEYS } from '../support/fake-io.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator(0, { faults: true, deterministicIds: true });
});
afterAll(() => emulator.close());

const base = () => ['--transform-id', 'tfm-1', '--input-s3-path', 's3://b/labels.csv', '--endpoint-url', emulator.url];
const lastBody = () => JSON.parse(emulator.requests.at(-1)?.body ?? 'null');

describe('main() in-process against the loopback emulator', () => {
  test('sends the request and prints the task run id', async () => {
    const { io, out, err } = fakeIo([...base(), '--replace-all-labels'], { env: KEYS });
    expect(await main(io)).toBe(0);
    expect(err()).toBe('');
    expect(out()).toMatch(/^\{\n {4}"TaskRunId": "tfr-[0-9a-f]{32}"\n\}\n$/);
    expect(lastBody()).toEqual({ TransformId: 'tfm-1', InputS3Path: 's3://b/labels.csv', ReplaceAllLabels: true });
    expect(emulator.requests.at(-1)?.headers['x-amz-target']).toBe('AWSGlue.StartImportLabelsTaskRun');
  });

  test('the session token is sent, and --debug never prints it or the secret', async () => {
    const env = { ...KEYS, AWS_SESSION_TOKEN: 'SESSIONTOKENEXAMPLE123' };
    const { io, out, err } = fakeIo([...base(), '--debug'], { env });
    expect(await main(io)).toBe(0);
    expect(emulator.requests.at(-1)?.headers['x-amz-security-token']).toBe('SESSIONTOKENEXAMPLE123');
    expect(err()).toContain('Sending request: POST');
    expect(err()).toContain('Credential=AKIDEXAMPLE/');
    for (const secret of ['SESSIONTOKENEXAMPLE123', KEYS.AWS_SECRET_ACCESS_KEY]) {
      expect(out() + err()).not.toContain(secret);
    }
    expect(err()).not.toMatch(/Signature=[0-9a-f]{64}/);
  });

  test('--debug shows the cause of an error, still without a stack trace otherwise', async () => {
    const plain = fakeIo([...base().slice(0, 4), '--endpoint-url', 'http://127.0.0.1:9'], { env: { ...KEYS, AWS_MAX_ATTEMPTS: '1' } });
    expect(await main(plain.io)).toBe(255);
    expect(plain.err()).toBe('\nCould not connect to the endpoint URL: "http://127.0.0.1:9/"\n');
  });

  test('the SDK is not loaded for a skeleton, a usage error or help', async () => {
    const deps: Deps = { loadSender: () => Promise.reject(new Error('the SDK must not load here')) };
    for (const argv of [['--generate-cli-skeleton'], ['--generate-cli-skeleton', 'output'], ['--output', 'xml'], ['help'], ['--version']]) {
      const { io, err } = fakeIo(argv, { env: KEYS });
      const code = await main(io, deps);
      expect(err()).not.toContain('the SDK must not load here');
      expect([0, 252]).toContain(code);
    }
  });

  test('service errors come back as 254 with the reference line', async () => {
    const { io, out, err } = fakeIo(['--transform-id', 'tfm-notfound', '--input-s3-path', 's', '--endpoint-url', emulator.url], { env: KEYS });
    expect(await main(io)).toBe(254);
    expect(out()).toBe('');
    expect(err()).toBe('\nAn error occurred (EntityNotFoundException) when calling the StartImportLabelsTaskRun operation: Transform tfm-notfound not found\n');
  });

  test('output goes to the pager on a terminal, never with --no-cli-pager', async () => {
    const paged = fakeIo(base(), { env: { ...KEYS, AWS_PAGER: 'less' }, tty: true });
    expect(await main(paged.io)).toBe(0);
    expect(paged.paged.join('')).toContain('"TaskRunId"');
    expect(paged.out()).toBe('');
    const direct = fakeIo([...base(), '--no-cli-pager'], { env: { ...KEYS, AWS_PAGER: 'less' }, tty: true });
    expect(await main(direct.io)).toBe(0);
    expect(direct.paged).toEqual([]);
    expect(direct.out()).toContain('"TaskRunId"');
  });

  test.each([
    [{ NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{}, true, true],
    [{}, false, false],
  ])('--color auto with %j on tty=%s colours: %s', async (env, tty, coloured) => {
    const { io, out, paged } = fakeIo([...base(), '--output', 'table', '--no-cli-pager'], { env: { ...KEYS, ...env }, tty });
    expect(await main(io)).toBe(0);
    expect((out() + paged.join('')).includes('\x1b[1m\x1b[34m')).toBe(coloured);
  });

  test('auto-prompt from the environment without a terminal is a clear 252', async () => {
    const { io, err } = fakeIo(base(), { env: { ...KEYS, AWS_CLI_AUTO_PROMPT: 'ON' } });
    expect(await main(io)).toBe(252);
    expect(err()).toContain('needs an interactive terminal');
  });

  test('endpoint from AWS_ENDPOINT_URL_GLUE', async () => {
    const before = emulator.requests.length;
    const { io } = fakeIo(base().slice(0, 4), { env: { ...KEYS, AWS_ENDPOINT_URL_GLUE: emulator.url } });
    expect(await main(io)).toBe(0);
    expect(emulator.requests.length).toBe(before + 1);
  });
});
