import { describe, expect, test } from 'vitest';
import { ConfigError, GeneralError, ParamError, UsageError } from '../../../src/errors.js';
import { parseIni } from '../../../src/python/configparser.js';
import {
  checkEndpointScheme,
  checkEnvironmentKeys,
  checkProfile,
  checkTimeout,
  credentialsHint,
  parseTimeout,
  regionHint,
  resolveEndpoint,
  resolveOutput,
  resolveProfile,
  resolveRegion,
  resolveRetry,
  resolveTimestampFormat,
} from '../../../src/settings/resolve.js';
import { buildSharedFiles, profileSettings, type SharedFiles } from '../../../src/settings/shared-files.js';

const files = (config = '', credentials = ''): SharedFiles =>
  buildSharedFiles(parseIni(config), parseIni(credentials), {
    configPath: '/c',
    credentialsPath: '/k',
    env: {},
    homedir: '/h',
  });

describe('precedence', () => {
  test.each([
    { flag: 'a', env: { AWS_PROFILE: 'b' }, want: { name: 'a', explicit: true, named: true } },
    {
      flag: undefined,
      env: { AWS_PROFILE: 'b', AWS_DEFAULT_PROFILE: 'c' },
      want: { name: 'b', explicit: false, named: true },
    },
    { flag: undefined, env: { AWS_DEFAULT_PROFILE: 'c' }, want: { name: 'c', explicit: false, named: true } },
    { flag: undefined, env: {}, want: { name: 'default', explicit: false, named: false } },
  ])('profile $want.name', ({ flag, env, want }) => expect(resolveProfile(flag, env)).toEqual(want));

  test.each([
    { flag: 'r1', env: { AWS_REGION: 'r2', AWS_DEFAULT_REGION: 'r3' }, profile: { region: 'r4' }, want: 'r1' },
    { flag: undefined, env: { AWS_REGION: 'r2', AWS_DEFAULT_REGION: 'r3' }, profile: { region: 'r4' }, want: 'r2' },
    { flag: undefined, env: { AWS_DEFAULT_REGION: 'r3' }, profile: { region: 'r4' }, want: 'r3' },
    { flag: undefined, env: {}, profile: { region: 'r4' }, want: 'r4' },
  ])('region $want', ({ flag, env, profile, want }) =>
    expect(resolveRegion(flag, env, profile as Record<string, string>)).toBe(want),
  );

  test('no region, or an empty one, is 253; a malformed one 255', () => {
    expect(() => resolveRegion(undefined, {}, {})).toThrow(ConfigError);
    expect(() => resolveRegion('', {}, {})).toThrow(ConfigError);
    expect(() => resolveRegion('bad region!', {}, {})).toThrow(
      "Provided region_name 'bad region!' doesn't match a supported format.",
    );
  });

  test.each([
    { flag: 'yaml', env: { AWS_DEFAULT_OUTPUT: 'text' }, profile: { output: 'table' }, want: 'yaml' },
    { flag: undefined, env: { AWS_DEFAULT_OUTPUT: 'text' }, profile: { output: 'table' }, want: 'text' },
    { flag: undefined, env: {}, profile: { output: 'table' }, want: 'table' },
    { flag: undefined, env: {}, profile: {}, want: 'json' },
  ])('output $want', ({ flag, env, profile, want }) =>
    expect(resolveOutput(flag, env, profile as Record<string, string>)).toBe(want),
  );

  test('an unknown output type from env is 255', () => {
    expect(() => resolveOutput(undefined, { AWS_DEFAULT_OUTPUT: 'TEXT' }, {})).toThrow(GeneralError);
  });

  test('endpoint precedence and the ignore switch', () => {
    const f = files(
      '[default]\nservices = s\nendpoint_url = http://127.0.0.1:4\n[services s]\nglue =\n  endpoint_url = http://127.0.0.1:3\n',
    );
    const profile = profileSettings(f, 'default');
    const env = { AWS_ENDPOINT_URL_GLUE: 'http://127.0.0.1:1', AWS_ENDPOINT_URL: 'http://127.0.0.1:2' };
    expect(resolveEndpoint('http://127.0.0.1:0', env, f, profile)).toBe('http://127.0.0.1:0');
    expect(resolveEndpoint(undefined, env, f, profile)).toBe('http://127.0.0.1:1');
    expect(resolveEndpoint(undefined, { AWS_ENDPOINT_URL: 'http://127.0.0.1:2' }, f, profile)).toBe(
      'http://127.0.0.1:2',
    );
    expect(resolveEndpoint(undefined, {}, f, profile)).toBe('http://127.0.0.1:3');
    expect(resolveEndpoint(undefined, {}, f, { endpoint_url: 'http://127.0.0.1:4' })).toBe('http://127.0.0.1:4');
    expect(
      resolveEndpoint(undefined, { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }, f, profile),
    ).toBeUndefined();
    expect(resolveEndpoint(undefined, env, f, { ...profile, ignore_configured_endpoint_urls: 'true' })).toBeUndefined();
    expect(resolveEndpoint('http://127.0.0.1:0', env, f, { ...profile, ignore_configured_endpoint_urls: 'true' })).toBe(
      'http://127.0.0.1:0',
    );
  });

  test.each([
    ['localhost:1', 'Invalid endpoint: localhost:1'],
    ['ftp://127.0.0.1:1', 'An HTTP Client raised an unhandled exception: Not supported URL scheme ftp'],
    ['http://127.0.0.1:abc', "Port could not be cast to integer value as 'abc'"],
    ['http://127.0.0.1:70000', 'Port out of range 0-65535'],
    ['http://', 'Invalid endpoint: http://'],
  ])('endpoint %s fails with 255', (url, message) => {
    expect(() => resolveEndpoint(url, {}, files(), {})).toThrow(message);
  });

  test('--debug names the source of each endpoint; S3 has its own variable and services section, never the flag', () => {
    const f = files(
      '[default]\nservices = s\n[services s]\nglue =\n  endpoint_url = http://127.0.0.1:3\ns3 =\n  endpoint_url = http://127.0.0.1:5\n',
    );
    const profile = profileSettings(f, 'default');
    const sources = (flag: string | undefined, env: Record<string, string>, service: 'glue' | 's3' = 'glue') => {
      const trace = new Map<string, string>();
      const url = resolveEndpoint(flag, env, f, profile, trace, service);
      return [url, [...trace].map(([k, v]) => `${k}: ${v}`)];
    };
    expect(sources(undefined, {})).toEqual([
      'http://127.0.0.1:3',
      ['endpoint: "http://127.0.0.1:3" (from services s glue endpoint_url)'],
    ]);
    expect(sources(undefined, { AWS_ENDPOINT_URL: 'http://127.0.0.1:2' })).toEqual([
      'http://127.0.0.1:2',
      ['endpoint: "http://127.0.0.1:2" (from AWS_ENDPOINT_URL)'],
    ]);
    expect(sources('http://127.0.0.1:0', {}, 's3')).toEqual([
      'http://127.0.0.1:5',
      ['s3 endpoint: "http://127.0.0.1:5" (from services s s3 endpoint_url)'],
    ]);
    expect(
      sources(undefined, { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:6', AWS_ENDPOINT_URL_GLUE: 'http://x:1' }, 's3'),
    ).toEqual(['http://127.0.0.1:6', ['s3 endpoint: "http://127.0.0.1:6" (from AWS_ENDPOINT_URL_S3)']]);
    expect(sources(undefined, {}, 's3')[0]).toBe('http://127.0.0.1:5');
    expect(resolveEndpoint(undefined, {}, files(), {}, undefined, 's3')).toBeUndefined();
  });

  test('http:/host (no //) and a scheme-only URL are invalid; an empty port is allowed', () => {
    expect(() => resolveEndpoint('http:/127.0.0.1:1', {}, files(), {})).toThrow('Invalid endpoint: http:/127.0.0.1:1');
    expect(() => resolveEndpoint('mailto:x', {}, files(), {})).toThrow('Invalid endpoint: mailto:x');
    expect(() => resolveEndpoint('HTTP://127.0.0.1:1', {}, files(), {})).not.toThrow();
    expect(resolveEndpoint('http://127.0.0.1:/x', {}, files(), {})).toBe('http://127.0.0.1:/x');
    expect(() => resolveEndpoint('http://u:p@127.0.0.1:abc', {}, files(), {})).toThrow(
      "Port could not be cast to integer value as 'abc'",
    );
  });

  test('an endpoint without a scheme is a 252', () => {
    expect(() => checkEndpointScheme('127.0.0.1:1')).toThrow(ParamError);
    expect(() => checkEndpointScheme('http://x')).not.toThrow();
    // A scheme starts with a letter (urlsplit's rule): `1http` is no scheme.
    expect(() => checkEndpointScheme('1http://x')).toThrow('scheme is missing');
  });

  test('a profile whose services section does not exist has no service endpoint', () => {
    expect(resolveEndpoint(undefined, {}, files('[profile p]\nservices = nowhere\n'), { services: 'nowhere' })).toBe(
      undefined,
    );
  });
});

describe('the advice after aws-cli\'s "aws configure" lines', () => {
  test("the config file's section is [default] or [profile NAME]; the credentials file's is [NAME]", () => {
    expect(regionHint('/c', 'default')).toBe(
      'Hint: add "region = us-east-1" (your region) under [default] in /c, or set AWS_REGION, or pass --region.',
    );
    expect(regionHint('/c', 'ci')).toContain('under [profile ci] in /c');
    expect(credentialsHint('/k', 'ci')).toBe(
      'Hint: add aws_access_key_id and aws_secret_access_key under [ci] in /k, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
    );
  });
});

describe('retries and timeouts', () => {
  test.each([
    { env: {}, profile: {}, want: { mode: 'standard', maxAttempts: 3 } },
    {
      env: { AWS_RETRY_MODE: 'adaptive', AWS_MAX_ATTEMPTS: '5' },
      profile: { retry_mode: 'standard', max_attempts: '2' },
      want: { mode: 'adaptive', maxAttempts: 5 },
    },
    { env: {}, profile: { max_attempts: '2' }, want: { mode: 'standard', maxAttempts: 2 } },
  ])('$want', ({ env, profile, want }) => expect(resolveRetry(env, profile as Record<string, string>)).toEqual(want));

  test.each([
    [
      { AWS_RETRY_MODE: 'legacy' },
      'Invalid value provided to "mode": "legacy" must be one of: "standard" or "adaptive"',
    ],
    [{ AWS_MAX_ATTEMPTS: '0' }, 'Value provided to "max_attempts": 0 must be an integer greater than or equal to one.'],
    [{ AWS_MAX_ATTEMPTS: '1.5' }, "invalid literal for int() with base 10: '1.5'"],
  ])('%j is rejected before any request', (env, message) => expect(() => resolveRetry(env, {})).toThrow(message));

  test('timeouts: seconds, 60 by default, a non-integer is a usage error, negative 255', () => {
    expect(parseTimeout('--cli-read-timeout', undefined)).toBe(60);
    expect(parseTimeout('--cli-read-timeout', '0')).toBe(0);
    expect(() => parseTimeout('--cli-read-timeout', '1.5')).toThrow(UsageError);
    expect(() => checkTimeout('read', -1)).toThrow(
      'Attempted to set read timeout to -1, but the timeout cannot be set to a value less than or equal to 0.',
    );
  });

  test('a named profile must exist in one of the files', () => {
    expect(() => checkProfile(files('[profile a]\n'), { name: 'a', named: true })).not.toThrow();
    expect(() => checkProfile(files('', '[b]\n'), { name: 'b', named: true })).not.toThrow();
    expect(() => checkProfile(files(), { name: 'nosuch', named: true })).toThrow(
      'The config profile (nosuch) could not be found',
    );
    expect(() => checkProfile(files(), { name: 'default', named: false })).not.toThrow();
  });
});

describe('the environment keys before anything is sent', () => {
  const NOW = Date.parse('2026-06-01T00:00:00Z');
  test.each(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN'])(
    'a control character in %s is refused, naming the variable, not its value',
    (name) => {
      const env = { AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 's', [name]: 'SECRETVALUE\n' };
      let message = '';
      try {
        checkEnvironmentKeys(env, NOW);
      } catch (error) {
        expect(error).toBeInstanceOf(GeneralError);
        message = (error as Error).message;
      }
      expect(message).toBe(
        `The environment variable ${name} contains a line break or another control character; fix its value.`,
      );
      expect(() => checkEnvironmentKeys({ ...env, [name]: 'clean' }, NOW)).not.toThrow();
    },
  );

  test('expired keys (AWS_CREDENTIAL_EXPIRATION at or before now) are refused; later, or without keys, not', () => {
    const keys = { AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 's' };
    const expired = 'Credentials were refreshed, but the refreshed credentials are still expired.';
    expect(() => checkEnvironmentKeys({ ...keys, AWS_CREDENTIAL_EXPIRATION: '2026-06-01T00:00:00Z' }, NOW)).toThrow(
      expired,
    );
    expect(() => checkEnvironmentKeys({ ...keys, AWS_CREDENTIAL_EXPIRATION: '2026-05-31T23:59:59Z' }, NOW)).toThrow(
      expired,
    );
    expect(() =>
      checkEnvironmentKeys({ ...keys, AWS_CREDENTIAL_EXPIRATION: '2026-06-01T00:00:01Z' }, NOW),
    ).not.toThrow();
    expect(() => checkEnvironmentKeys({ AWS_CREDENTIAL_EXPIRATION: '2020-01-01T00:00:00Z' }, NOW)).not.toThrow();
    expect(() => checkEnvironmentKeys({ ...keys, AWS_CREDENTIAL_EXPIRATION: '' }, NOW)).not.toThrow();
  });
});

describe('profile sources for --debug', () => {
  test('--profile, AWS_PROFILE, AWS_DEFAULT_PROFILE; an empty --profile is no profile', () => {
    const source = (flag: string | undefined, env: Record<string, string>) => {
      const trace = new Map<string, string>();
      resolveProfile(flag, env, trace);
      return trace.get('profile');
    };
    expect(source('a', { AWS_PROFILE: 'b' })).toBe('"a" (from --profile)');
    expect(source(undefined, { AWS_PROFILE: 'b', AWS_DEFAULT_PROFILE: 'c' })).toBe('"b" (from AWS_PROFILE)');
    expect(source(undefined, { AWS_DEFAULT_PROFILE: 'c' })).toBe('"c" (from AWS_DEFAULT_PROFILE)');
    expect(source('', { AWS_PROFILE: 'b' })).toBe('"b" (from AWS_PROFILE)');
    expect(source(undefined, {})).toBeUndefined();
  });
});

describe('cli_timestamp_format, timeouts and ports at their edges', () => {
  test('the profile chosen by --profile or AWS_PROFILE; iso8601 by default, wire, anything else 253', () => {
    const f = files(
      '[default]\ncli_timestamp_format = wire\n[profile p]\ncli_timestamp_format = ISO8601\n[profile q]\n',
    );
    expect(resolveTimestampFormat(f, undefined, {})).toBe('wire');
    expect(resolveTimestampFormat(f, 'q', {})).toBe('iso8601');
    expect(resolveTimestampFormat(files(''), undefined, {})).toBe('iso8601');
    expect(resolveTimestampFormat(files(''), 'missing', {})).toBe('iso8601');
    expect(() => resolveTimestampFormat(f, undefined, { AWS_PROFILE: 'p' })).toThrow(
      new ConfigError('Unknown cli_timestamp_format value: ISO8601, valid values are "wire" or "iso8601"'),
    );
    let code: number | undefined;
    try {
      resolveTimestampFormat(f, 'p', {});
    } catch (error) {
      code = (error as ConfigError).exitCode;
    }
    expect(code).toBe(253);
  });

  test("a timeout of 0 is allowed (no limit), below 0 is urllib3's error; the flag is named in a usage error", () => {
    expect(() => checkTimeout('read', 0)).not.toThrow();
    expect(() => checkTimeout('connect', -1)).toThrow(
      'Attempted to set connect timeout to -1, but the timeout cannot be set to a value less than or equal to 0.',
    );
    expect(parseTimeout('--cli-read-timeout', ' 7 ')).toBe(7);
    expect(() => parseTimeout('--cli-connect-timeout', '1.5')).toThrow(
      new UsageError("argument --cli-connect-timeout: invalid int value: '1.5'"),
    );
  });

  test('a port of 65535 is fine, 65536 is not; digits only; a host is needed, and no blank', () => {
    expect(resolveEndpoint('http://127.0.0.1:65535', {}, files(), {})).toBe('http://127.0.0.1:65535');
    expect(() => resolveEndpoint('http://127.0.0.1:65536', {}, files(), {})).toThrow('Port out of range 0-65535');
    expect(() => resolveEndpoint('http://127.0.0.1:1a', {}, files(), {})).toThrow(
      "Port could not be cast to integer value as '1a'",
    );
    expect(() => resolveEndpoint('http://127.0.0.1:a1', {}, files(), {})).toThrow(
      "Port could not be cast to integer value as 'a1'",
    );
    expect(() => resolveEndpoint('http://:1/x', {}, files(), {})).toThrow('Invalid endpoint: http://:1/x');
    expect(() => resolveEndpoint('http://a b/', {}, files(), {})).toThrow('Invalid endpoint: http://a b/');
  });
});
