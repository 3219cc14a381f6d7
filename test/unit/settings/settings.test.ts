import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ProcessIo } from '../../../src/io.js';
import { main } from '../../../src/main.js';
import type { GlobalArgs } from '../../../src/model/options.js';
import { endpointRequestUrl, resolveSettings, timestamped } from '../../../src/settings/settings.js';
import { readSharedFiles } from '../../../src/settings/shared-files.js';
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

describe('the client settings a call is made with', () => {
  const ARGS = {} as GlobalArgs;
  const NOW = Date.parse('2026-06-01T00:00:00Z');

  /** resolveSettings for a home folder with these files, this environment and these flags. */
  async function settingsFor(
    files: { config?: string; credentials?: string },
    env: Record<string, string>,
    args: Partial<GlobalArgs> = {},
    options: Parameters<typeof fakeIo>[1] = {},
    readFile?: ProcessIo['readFile'],
  ) {
    const fake = fakeIo([], { ...options, env: { ...env, HOME: home(files) } });
    const io = readFile ? { ...fake.io, readFile } : fake.io;
    const shared = await readSharedFiles(io);
    return resolveSettings({ ...ARGS, ...args } as GlobalArgs, io, shared, NOW);
  }
  const { AWS_ACCESS_KEY_ID: _id, AWS_SECRET_ACCESS_KEY: _secret, ...NO_KEYS } = KEYS;
  const CREDENTIALS = '[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s3cret\n';

  test("the credentials file's keys are used only when the environment has none or --profile is given", async () => {
    const fromFile = { kind: 'static', accessKeyId: 'AKIDFILE', secretAccessKey: 's3cret' };
    expect((await settingsFor({ credentials: CREDENTIALS }, NO_KEYS)).client.profileCredentials).toEqual(fromFile);
    expect((await settingsFor({ credentials: CREDENTIALS }, KEYS)).client.profileCredentials).toEqual({
      kind: 'providers',
    });
    const named = await settingsFor({ credentials: CREDENTIALS }, KEYS, { profile: 'default' });
    expect(named.client.profileCredentials).toEqual(fromFile);
    const unsigned = await settingsFor({ credentials: CREDENTIALS }, NO_KEYS, { signRequest: false });
    expect(unsigned.client.profileCredentials).toEqual({ kind: 'providers' });
    expect(unsigned.client.signRequest).toBe(false);
  });

  test('the session token: aws_session_token, else aws_security_token, else none', async () => {
    const withToken = async (lines: string) =>
      (await settingsFor({ credentials: CREDENTIALS + lines }, NO_KEYS)).client.profileCredentials;
    expect(await withToken('aws_security_token = old\naws_session_token = new\n')).toMatchObject({
      sessionToken: 'new',
    });
    expect(await withToken('aws_security_token = old\n')).toMatchObject({ sessionToken: 'old' });
    expect(Object.keys(await withToken(''))).not.toContain('sessionToken');
  });

  test("a role, SSO or web identity profile goes to the SDK's providers; the config file's keys come last", async () => {
    const config = (lines: string) => `[default]\nregion = us-east-1\n${lines}`;
    for (const key of ['role_arn = arn:aws:iam::123456789012:role/r', 'sso_session = s', 'login_session = l']) {
      const settings = await settingsFor({ config: config(`${key}\n`), credentials: CREDENTIALS }, NO_KEYS);
      expect(settings.client.profileCredentials, key).toEqual({ kind: 'providers' });
      expect(settings.client.profileHasCredentials, key).toBe(true);
    }
    const keys = await settingsFor(
      { config: config('aws_access_key_id = AKIDCONF\naws_secret_access_key = c\n') },
      NO_KEYS,
    );
    expect(keys.client.profileCredentials).toEqual({ kind: 'static', accessKeyId: 'AKIDCONF', secretAccessKey: 'c' });
    expect(keys.client.profileHasCredentials).toBe(true);
    const none = await settingsFor({ config: config('') }, NO_KEYS);
    expect(none.client.profileCredentials).toEqual({ kind: 'providers' });
    expect(none.client.profileHasCredentials).toBe(false);
    const process = await settingsFor({ config: config('credential_process = /bin/creds\n') }, NO_KEYS);
    expect(process.client.profileCredentials).toEqual({ kind: 'process', command: '/bin/creds' });
    await expect(settingsFor({ config: config('aws_access_key_id = AKIDCONF\n') }, NO_KEYS)).rejects.toThrow(
      'Partial credentials found in config-file, missing: aws_secret_access_key',
    );
  });

  test('the environment keys are checked unless --profile is given or nothing is signed', async () => {
    const expired = { ...KEYS, AWS_CREDENTIAL_EXPIRATION: '2020-01-01T00:00:00Z' };
    await expect(settingsFor({}, expired)).rejects.toThrow('the refreshed credentials are still expired');
    await expect(settingsFor({}, expired, { signRequest: false })).resolves.toBeDefined();
    await expect(settingsFor({ credentials: CREDENTIALS }, expired, { profile: 'default' })).resolves.toBeDefined();
  });

  test('the request URL names the region (China regions under amazonaws.com.cn) and ends a bare host with /', async () => {
    expect((await settingsFor({}, { ...KEYS, AWS_DEFAULT_REGION: 'cn-north-1' })).client.requestUrl).toBe(
      'https://glue.cn-north-1.amazonaws.com.cn/',
    );
    expect((await settingsFor({}, KEYS)).client.requestUrl).toBe('https://glue.us-east-1.amazonaws.com/');
    expect(endpointRequestUrl('http://127.0.0.1:9', 'r')).toBe('http://127.0.0.1:9/');
    expect(endpointRequestUrl('http://127.0.0.1:9/p', 'r')).toBe('http://127.0.0.1:9/p');
    expect(endpointRequestUrl('http://127.0.0.1:9?a=b', 'r')).toBe('http://127.0.0.1:9?a=b');
  });

  test('the terminal width: the terminal columns, 80 off a terminal or when the terminal gives none', async () => {
    expect((await settingsFor({}, KEYS, {}, { tty: true })).output.terminalWidth).toBe(120);
    expect((await settingsFor({}, KEYS)).output.terminalWidth).toBe(80);
  });

  test('--color auto: NO_COLOR off, FORCE_COLOR on unless it is 0, else a terminal', async () => {
    const color = async (env: Record<string, string>, tty = false) =>
      (await settingsFor({}, { ...KEYS, ...env }, {}, { tty })).output.color;
    expect(await color({ FORCE_COLOR: '1' })).toBe(true);
    expect(await color({ FORCE_COLOR: '' })).toBe(true);
    expect(await color({ FORCE_COLOR: '0' })).toBe(false);
    expect(await color({ FORCE_COLOR: '0' }, true)).toBe(true);
    expect(await color({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    expect(await color({})).toBe(false);
  });

  test('the CA bundle is read for https endpoints only, from the flag, AWS_CA_BUNDLE or the profile (empty: none)', async () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const folder = mkdtempSync(join(tmpdir(), 'gil-ca-'));
    const file = (name: string) => {
      writeFileSync(join(folder, name), pem.replace('MIIB', name));
      return join(folder, name);
    };
    const [flag, variable, profile] = [file('flag'), file('variable'), file('profile')];
    const config = `[default]\nca_bundle = ${profile}\n`;
    const bundle = async (env: Record<string, string>, args: Partial<GlobalArgs> = {}) =>
      (await settingsFor({ config }, { ...KEYS, ...env }, args)).client.caBundle;
    expect(await bundle({ AWS_CA_BUNDLE: variable }, { caBundle: flag })).toContain('flag');
    expect(await bundle({ AWS_CA_BUNDLE: variable })).toContain('variable');
    expect(await bundle({})).toContain('profile');
    expect(await bundle({}, { endpointUrl: 'http://127.0.0.1:9' })).toBeUndefined();
    expect(await bundle({}, { endpointUrl: 'HTTPS://127.0.0.1:9' })).toContain('profile');
    // An empty AWS_CA_BUNDLE is a value (botocore's environment provider): the default trust store.
    expect(await bundle({ AWS_CA_BUNDLE: '' }, { endpointUrl: 'https://127.0.0.1:9' })).toBeUndefined();
  });

  test('a CA bundle that cannot be read: too large, or missing', async () => {
    const tooLarge: ProcessIo['readFile'] = async (path) => {
      if (path === '/x/ca.pem') throw Object.assign(new Error('big'), { code: 'EFBIG' });
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    };
    await expect(settingsFor({}, { ...KEYS, AWS_CA_BUNDLE: '/x/ca.pem' }, {}, {}, tooLarge)).rejects.toThrow(
      /^The CA bundle \/x\/ca\.pem is larger than \d+ MiB\.$/,
    );
    await expect(settingsFor({}, { ...KEYS, AWS_CA_BUNDLE: '/nonexistent/ca.pem' })).rejects.toThrow(
      'SSL validation failed for https://glue.us-east-1.amazonaws.com/ [Errno 2] No such file or directory',
    );
  });
});

describe('--debug lines carry the local time', () => {
  test('year, month (from 1), day, hours, minutes, seconds and milliseconds, zero-padded, on every line', () => {
    const when = new Date(2026, 0, 5, 7, 8, 9, 4);
    expect(timestamped('a\nb', when)).toBe('2026-01-05 07:08:09,004 a\n2026-01-05 07:08:09,004 b\n');
  });
});
