import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator } from '../../dist/emulator.cjs';
import type { Emulator } from '../../src/emulator/server.js';
import { ISOLATED_ENV } from '../support/fake-io.js';
import { runBin } from '../support/run-bin.js';

// --cli-error-format (aws-cli 2.34+): every structured error kind is valid JSON (or YAML…) on stderr
// with the exit code it has today; usage errors and interrupts stay plain; the default stays legacy.

const KEYS = ISOLATED_ENV;

let emulator: Emulator;
let home: string;
beforeAll(async () => {
  emulator = (await startEmulator(0, { faults: true })) as Emulator;
  home = mkdtempSync(join(tmpdir(), 'gil-errfmt-'));
  mkdirSync(join(home, '.aws'));
  writeFileSync(
    join(home, '.aws/config'),
    '[default]\ncli_timestamp_format = bogus\n[profile errors-as-yaml]\ncli_error_format = YAML\nregion = us-east-1\n',
  );
});
afterAll(() => emulator.close());

const start = (transform: string) => [
  '--transform-id',
  transform,
  '--input-s3-path',
  's3://b/k',
  '--endpoint-url',
  emulator.url,
];

describe('--cli-error-format json: every structured error kind', () => {
  test.each([
    [
      'parameter',
      ['--transform-id', '', '--input-s3-path', 's3://b/k', '--endpoint-url', 'EMU'],
      {},
      252,
      'ParamValidation',
    ],
    ['configuration', () => [...start('tfm-1')], { HOME: 'HOME', AWS_CONFIG_FILE: 'CONFIG' }, 253, 'Configuration'],
    ['region', () => start('tfm-1'), { AWS_DEFAULT_REGION: '' }, 253, 'NoRegion'],
    [
      'credentials',
      () => start('tfm-1'),
      { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_EC2_METADATA_DISABLED: 'true' },
      253,
      'NoCredentials',
    ],
    ['service error', () => start('tfm-notfound-x'), {}, 254, 'EntityNotFoundException'],
    [
      'connection failure (beyond aws-cli)',
      ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', 'http://127.0.0.1:9'],
      { AWS_MAX_ATTEMPTS: '1' },
      255,
      'EndpointConnectionError',
    ],
  ])('%s: exit %#', async (_kind, args, env, code, errorCode) => {
    const argv = (typeof args === 'function' ? args() : args).map((a) => (a === 'EMU' ? emulator.url : a));
    const environment: Record<string, string> = { ...KEYS };
    for (const [k, v] of Object.entries(env)) {
      if (v === '') delete environment[k];
      else environment[k] = v === 'HOME' ? home : v === 'CONFIG' ? join(home, '.aws/config') : v;
    }
    const r = await runBin([...argv, '--cli-error-format', 'json'], environment);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    const parsed = JSON.parse(r.stderr);
    expect(parsed.Code).toBe(errorCode);
    expect(typeof parsed.Message).toBe('string');
  });

  test("a service error's modelled extra members are shown; members the model lacks are not", async () => {
    const r = await runBin([...start('tfm-error-federation'), '--cli-error-format', 'json'], KEYS);
    expect(r.code).toBe(254);
    expect(JSON.parse(r.stderr)).toEqual({
      Message: 'Transform not found',
      Code: 'EntityNotFoundException',
      FromFederationSource: false,
    });
    expect(r.stderr).not.toContain('do-not-show');
  });
});

describe('the other formats', () => {
  test('enhanced: aws-cli’s [ERROR] line and the additional details', async () => {
    const r = await runBin([...start('tfm-error-federation'), '--cli-error-format', 'enhanced'], KEYS);
    expect(r.stderr).toBe(
      '\naws: [ERROR]: An error occurred (EntityNotFoundException) when calling the StartImportLabelsTaskRun operation: Transform not found\n\nAdditional error details:\nFromFederationSource: False\n',
    );
  });

  test('enhanced, a non-service error: An error occurred (Code): Message', async () => {
    const r = await runBin(
      ['--transform-id', '', '--input-s3-path', 's3://b/k', '--cli-error-format', 'enhanced'],
      KEYS,
    );
    expect(r.code).toBe(252);
    expect(r.stderr).toBe(
      '\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nInvalid length for parameter TransformId, value: 0, valid min length: 1\n',
    );
  });

  test('yaml from the profile (any case), text and table from the environment', async () => {
    const yaml = await runBin(start('tfm-notfound-y'), {
      ...KEYS,
      HOME: home,
      AWS_CONFIG_FILE: join(home, '.aws/config'),
      AWS_PROFILE: 'errors-as-yaml',
    });
    // That profile's settings apply (the default profile's bad cli_timestamp_format does not).
    expect(yaml.code).toBe(254);
    expect(loadYaml(yaml.stderr)).toEqual({
      Code: 'EntityNotFoundException',
      Message: 'Transform tfm-notfound-y not found',
    });
    const text = await runBin(start('tfm-notfound-t'), { ...KEYS, AWS_CLI_ERROR_FORMAT: 'text' });
    expect(text.stderr).toBe('EntityNotFoundException\tTransform tfm-notfound-t not found\n');
    const table = await runBin(start('tfm-notfound-t'), { ...KEYS, AWS_CLI_ERROR_FORMAT: 'table' });
    expect(table.stderr.split('\n')[1]).toMatch(/^\|\s+error\s+\|$/);
  });

  test('a value that is not a format: aws-cli’s warning, then enhanced', async () => {
    const r = await runBin(start('tfm-notfound-z'), { ...KEYS, AWS_CLI_ERROR_FORMAT: 'xml' });
    expect(r.stderr).toBe(
      "Invalid cli_error_format: 'xml'. Using 'enhanced' format.\n\naws: [ERROR]: An error occurred (EntityNotFoundException) when calling the StartImportLabelsTaskRun operation: Transform tfm-notfound-z not found\n",
    );
    const ok = await runBin(start('tfm-1'), { ...KEYS, AWS_CLI_ERROR_FORMAT: 'xml' });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
  });

  test('usage errors stay plain in every format; the default is legacy', async () => {
    const usage = await runBin(['--transform-id', 't', '--cli-error-format', 'json'], KEYS);
    expect(usage.code).toBe(252);
    expect(usage.stderr).toContain('error: the following arguments are required: --input-s3-path');
    const legacy = await runBin(start('tfm-notfound-l'), KEYS);
    expect(legacy.stderr).toBe(
      '\nAn error occurred (EntityNotFoundException) when calling the StartImportLabelsTaskRun operation: Transform tfm-notfound-l not found\n',
    );
  });
});

describe('--output off', () => {
  test('the call is made, nothing is printed; errors as usual', async () => {
    const before = emulator.requests.length;
    const ok = await runBin([...start('tfm-1'), '--output', 'off'], KEYS);
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(emulator.requests.length).toBe(before + 1);
    const viaEnv = await runBin(start('tfm-1'), { ...KEYS, AWS_DEFAULT_OUTPUT: 'off' });
    expect(viaEnv.stdout).toBe('');
    const failed = await runBin([...start('tfm-notfound-o'), '--output', 'off'], KEYS);
    expect(failed.code).toBe(254);
    expect(failed.stderr).toContain('EntityNotFoundException');
  });
});
