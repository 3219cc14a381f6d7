import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../../src/main.js';
import { MODEL, testDeps } from '../../support/deps.js';
import { fakeIo, KEYS } from '../../support/fake-io.js';

const CALL = ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--dry-run', '--debug'];

/** A home folder with these ~/.aws files. */
function home(files: { config?: string; credentials?: string }): string {
  const folder = mkdtempSync(join(tmpdir(), 'gil-settings-'));
  mkdirSync(join(folder, '.aws'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, '.aws', name), text);
  return folder;
}

/** The "Resolved settings" lines --debug prints (timestamps off), with the home folder as ~. */
async function resolved(argv: string[], env: Record<string, string>, platform = 'linux'): Promise<string[]> {
  const fake = fakeIo([...CALL, ...argv], { env });
  const code = await main({ ...fake.io, platform }, testDeps(), MODEL);
  const lines = fake
    .err()
    .split('\n')
    .map((line) => line.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} /, ''));
  const start = lines.indexOf('Resolved settings:');
  expect(start, fake.err()).toBeGreaterThan(0);
  expect(code, fake.err()).toBe(0);
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    block.push(line.trim().replaceAll(env['HOME'] ?? '\0', '~'));
  }
  return block;
}

describe('--debug names every resolved setting and where it came from', () => {
  const FILES = 'files: config ~/.aws/config, credentials ~/.aws/credentials';

  test('defaults: the region from the environment, the rest from defaults (the pager is more on Windows)', async () => {
    const env = { ...KEYS, HOME: home({}) };
    const linux = [
      'region: "us-east-1" (from AWS_DEFAULT_REGION)',
      'retry mode: "standard" (from default)',
      'max attempts: "3" (from default)',
      'output: "json" (from default)',
      'pager: "less" (from default)',
      'timeouts: connect 60 s, read 60 s',
      FILES,
    ];
    expect(await resolved([], env)).toEqual(linux);
    expect(await resolved([], env, 'win32')).toEqual(linux.map((l) => l.replace('"less"', '"more"')));
  });

  test("the profile's keys; its endpoint_url turns FIPS and dual-stack off (not even read)", async () => {
    const config =
      '[profile p]\nregion = eu-west-1\nretry_mode = adaptive\nmax_attempts = 5\noutput = text\ncli_pager = more -R\n' +
      'use_fips_endpoint = true\nuse_dualstack_endpoint = TRUE\nsdk_ua_app_id = app1\nendpoint_url = http://127.0.0.1:9/p\n';
    const { AWS_DEFAULT_REGION: _region, ...keys } = KEYS;
    expect(await resolved([], { ...keys, HOME: home({ config }), AWS_PROFILE: 'p' })).toEqual([
      'profile: "p" (from AWS_PROFILE)',
      'region: "eu-west-1" (from profile region)',
      'retry mode: "adaptive" (from profile retry_mode)',
      'max attempts: "5" (from profile max_attempts)',
      'endpoint: "http://127.0.0.1:9/p" (from profile endpoint_url)',
      'output: "text" (from profile output)',
      'pager: "more -R" (from profile cli_pager)',
      'timeouts: connect 60 s, read 60 s',
      FILES,
      'sdk_ua_app_id: "app1" (from profile sdk_ua_app_id)',
    ]);
  });

  const ENV = {
    ...KEYS,
    AWS_REGION: 'ap-south-1',
    AWS_RETRY_MODE: 'adaptive',
    AWS_MAX_ATTEMPTS: '7',
    AWS_DEFAULT_OUTPUT: 'yaml',
    PAGER: 'most',
    AWS_USE_FIPS_ENDPOINT: 'false',
    AWS_USE_DUALSTACK_ENDPOINT: 'true',
    AWS_SDK_UA_APP_ID: 'envapp',
    HTTPS_PROXY: 'http://127.0.0.1:3128',
  };
  const PROFILE = '[default]\nuse_fips_endpoint = true\nretry_mode = legacy\noutput = text\n';

  test('the environment over the profile; timeouts from the flags; the proxy for the https endpoint', async () => {
    const env = { ...ENV, HOME: home({ config: PROFILE }) };
    expect(await resolved(['--cli-read-timeout', '5', '--cli-connect-timeout', '7'], env)).toEqual([
      'region: "ap-south-1" (from AWS_REGION)',
      'retry mode: "adaptive" (from AWS_RETRY_MODE)',
      'max attempts: "7" (from AWS_MAX_ATTEMPTS)',
      'output: "yaml" (from AWS_DEFAULT_OUTPUT)',
      'pager: "most" (from PAGER)',
      'timeouts: connect 7 s, read 5 s',
      FILES,
      'use fips endpoint: "false" (from AWS_USE_FIPS_ENDPOINT)',
      'use dualstack endpoint: "true" (from AWS_USE_DUALSTACK_ENDPOINT)',
      'sdk_ua_app_id: "envapp" (from AWS_SDK_UA_APP_ID)',
      'proxy: "http://127.0.0.1:3128"',
    ]);
  });

  test('flags over the environment; --no-cli-pager leaves no pager; no HTTPS_PROXY for an http endpoint', async () => {
    const env = { ...ENV, HOME: home({ config: PROFILE }), AWS_ENDPOINT_URL_GLUE: 'http://127.0.0.1:7' };
    const flags = [
      '--region',
      'us-west-2',
      '--output',
      'table',
      '--no-cli-pager',
      '--endpoint-url',
      'http://127.0.0.1:8',
    ];
    expect(await resolved(flags, env)).toEqual([
      'region: "us-west-2" (from --region)',
      'retry mode: "adaptive" (from AWS_RETRY_MODE)',
      'max attempts: "7" (from AWS_MAX_ATTEMPTS)',
      'endpoint: "http://127.0.0.1:8" (from --endpoint-url)',
      'output: "table" (from --output)',
      'timeouts: connect 60 s, read 60 s',
      FILES,
      'sdk_ua_app_id: "envapp" (from AWS_SDK_UA_APP_ID)',
    ]);
    const fromEnv = await resolved([], { ...env, AWS_PAGER: 'cat' });
    expect(fromEnv).toContain('endpoint: "http://127.0.0.1:7" (from AWS_ENDPOINT_URL_GLUE)');
    expect(fromEnv).toContain('pager: "cat" (from AWS_PAGER)');
  });
});
