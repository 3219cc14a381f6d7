import { ConfigError, GeneralError, ParamError, UsageError } from '../errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../model/options.js';
import type { TimestampFormat } from '../model/settings.js';
import { pyInt } from '../python/numbers.js';
import { hasControlCharacter, maskUrlCredentials } from '../redact.js';
import { profileExists, profileSettings, type SharedFiles } from './shared-files.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The first value that is defined (an empty string counts, as in aws-cli). */
export function first<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((value) => value !== undefined);
}

/** Where each resolved setting came from, for --debug: setting → "value (from SOURCE)". */
export type Trace = Map<string, string>;

type Candidates = ReadonlyArray<readonly [source: string, value: string | undefined]>;

/** first() over labelled sources, noting in `trace` which one won. */
export function pick(trace: Trace | undefined, setting: string, candidates: Candidates): string | undefined {
  for (const [source, value] of candidates) {
    if (value !== undefined) {
      trace?.set(setting, `${JSON.stringify(value)} (from ${source})`);
      return value;
    }
  }
  return undefined;
}

/** pick() with a default, noted as the source `default` when nothing else is set. */
export function pickOr(trace: Trace | undefined, setting: string, candidates: Candidates, fallback: string): string {
  return pick(trace, setting, [...candidates, ['default', fallback]]) ?? fallback;
}

/** Active profile: --profile > AWS_PROFILE > AWS_DEFAULT_PROFILE > default. */
export function resolveProfile(
  flag: string | undefined,
  env: Env,
  trace?: Trace,
): { name: string; explicit: boolean; named: boolean } {
  // aws-cli sets the profile only `if args.profile`: an empty --profile is no --profile at all.
  const given = flag === '' ? undefined : flag;
  const name = pick(trace, 'profile', [
    ['--profile', given],
    ['AWS_PROFILE', env['AWS_PROFILE']],
    ['AWS_DEFAULT_PROFILE', env['AWS_DEFAULT_PROFILE']],
  ]);
  return { name: name ?? 'default', explicit: given !== undefined, named: name !== undefined };
}

const ENVIRONMENT_KEYS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
] as const;

/**
 * Keys from the environment go into request headers: a line break or another control character in
 * one (a pasted value) is refused at once, naming the variable and printing nothing of its value.
 * aws-cli sends it and hangs until the connect timeout ends in "Could not connect".
 */
export function checkEnvironmentKeys(env: Env, now: number): void {
  for (const name of ENVIRONMENT_KEYS) {
    const value = env[name];
    if (value !== undefined && hasControlCharacter(value)) {
      throw new GeneralError(
        `The environment variable ${name} contains a line break or another control character; fix its value.`,
      );
    }
  }
  // botocore's environment provider refreshes expiring keys from the environment, and gives up when
  // they are still expired.
  const expiration = env['AWS_CREDENTIAL_EXPIRATION'];
  if (env['AWS_ACCESS_KEY_ID'] && expiration && Date.parse(expiration) <= now) {
    throw new GeneralError('Credentials were refreshed, but the refreshed credentials are still expired.');
  }
}

/** aws-cli raises this when the chosen profile is in neither file (255). */
export function checkProfile(files: SharedFiles, profile: { name: string; named: boolean }): void {
  if (profile.named && !profileExists(files, profile.name)) {
    throw new GeneralError(`The config profile (${profile.name}) could not be found`);
  }
}

/**
 * Output format: --output > AWS_DEFAULT_OUTPUT > profile `output` > json. A bad value from the
 * environment or config is aws-cli's `Unknown output type` (255) — found here, before the request
 * is sent, where aws-cli finds it only after the task run has started.
 */
export function resolveOutput(
  flag: string | undefined,
  env: Env,
  profile: Record<string, string>,
  trace?: Trace,
): OutputFormat {
  const value = pickOr(
    trace,
    'output',
    [
      ['--output', flag],
      ['AWS_DEFAULT_OUTPUT', env['AWS_DEFAULT_OUTPUT']],
      ['profile output', profile['output']],
    ],
    'json',
  );
  if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) throw new GeneralError(`Unknown output type: ${value}`);
  return value as OutputFormat;
}

/** The config file's section for a profile: [default] or [profile NAME]. */
const configSection = (profile: string): string => (profile === 'default' ? '[default]' : `[profile ${profile}]`);

/** What to write instead of running "aws configure" for a region. */
export function regionHint(configPath: string, profile: string): string {
  return `Hint: add "region = us-east-1" (your region) under ${configSection(profile)} in ${configPath}, or set AWS_REGION, or pass --region.`;
}

/** What to write instead of running "aws configure" for credentials. */
export function credentialsHint(credentialsPath: string, profile: string): string {
  return `Hint: add aws_access_key_id and aws_secret_access_key under [${profile}] in ${credentialsPath}, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.`;
}

const REGION_FORMAT = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

/** Region: --region > AWS_REGION > AWS_DEFAULT_REGION > profile `region`; none is 253, a malformed one 255. */
export function resolveRegion(
  flag: string | undefined,
  env: Env,
  profile: Record<string, string>,
  trace?: Trace,
  where?: { readonly configPath: string; readonly profile: string },
): string {
  const region = pick(trace, 'region', [
    ['--region', flag],
    ['AWS_REGION', env['AWS_REGION']],
    ['AWS_DEFAULT_REGION', env['AWS_DEFAULT_REGION']],
    ['profile region', profile['region']],
  ]);
  // aws-cli passes an empty region through and signs with an empty scope; here it counts as no region.
  if (region === undefined || region === '') {
    throw new ConfigError('You must specify a region. You can also configure your region by running "aws configure".', {
      code: 'NoRegion',
      ...(where ? { hint: regionHint(where.configPath, where.profile) } : {}),
    });
  }
  if (!REGION_FORMAT.test(region)) {
    throw new GeneralError(`Provided region_name '${region}' doesn't match a supported format.`);
  }
  return region;
}

/** --endpoint-url's first check, made while global options are read: it must have a scheme (252). */
export function checkEndpointScheme(url: string | undefined): void {
  if (url === undefined) return;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url)) {
    throw new ParamError(
      `Bad value for --endpoint-url "${maskUrlCredentials(url)}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`,
    );
  }
}

/**
 * The endpoint to send to: --endpoint-url > AWS_ENDPOINT_URL_GLUE > AWS_ENDPOINT_URL > the profile's
 * `services` glue endpoint_url > its `endpoint_url` (for `s3`, the labels check's: no flag,
 * AWS_ENDPOINT_URL_S3 and the services section's s3); configured ones are off with
 * AWS_IGNORE_CONFIGURED_ENDPOINT_URLS / ignore_configured_endpoint_urls. Undefined: the SDK's default.
 */
export function resolveEndpoint(
  flag: string | undefined,
  env: Env,
  files: SharedFiles,
  profile: Record<string, string>,
  trace?: Trace,
  service: 'glue' | 's3' = 'glue',
): string | undefined {
  const ignore =
    first(env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'], profile['ignore_configured_endpoint_urls'])?.toLowerCase() ===
    'true';
  const section = profile['services'] ? files.services.get(profile['services'])?.[service] : undefined;
  const serviceEndpoint = typeof section === 'object' ? section['endpoint_url'] : undefined;
  const variable = `AWS_ENDPOINT_URL_${service.toUpperCase()}`;
  const configured: Array<readonly [string, string | undefined]> = ignore
    ? []
    : [
        [variable, env[variable]],
        ['AWS_ENDPOINT_URL', env['AWS_ENDPOINT_URL']],
        [`services ${profile['services']} ${service} endpoint_url`, serviceEndpoint],
        ['profile endpoint_url', profile['endpoint_url']],
      ];
  const setting = service === 'glue' ? 'endpoint' : `${service} endpoint`;
  const url = pick(trace, setting, [...(service === 'glue' ? [['--endpoint-url', flag] as const] : []), ...configured]);
  if (url === undefined) return undefined;
  return checkEndpointUrl(url);
}

function checkEndpointUrl(url: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    if (scheme && url.slice(scheme.length + 1).startsWith('//')) {
      throw new GeneralError(`An HTTP Client raised an unhandled exception: Not supported URL scheme ${scheme}`);
    }
    throw new GeneralError(`Invalid endpoint: ${maskUrlCredentials(url)}`);
  }
  // urlsplit finds a host only after `//` (the web's URL parser also takes `http:/host`).
  if (!url.slice(scheme.length + 1).startsWith('//'))
    throw new GeneralError(`Invalid endpoint: ${maskUrlCredentials(url)}`);
  const port = /^[A-Za-z]+:\/\/[^/?#]*:([^/?#]*)/.exec(url)?.[1];
  if (port !== undefined && port !== '') {
    if (!/^\d+$/.test(port)) throw new GeneralError(`Port could not be cast to integer value as '${port}'`);
    if (Number(port) > 65535) throw new GeneralError('Port out of range 0-65535');
  }
  try {
    const parsed = new URL(url);
    if (parsed.hostname === '' || /\s/.test(url)) throw new Error('no host');
  } catch {
    throw new GeneralError(`Invalid endpoint: ${maskUrlCredentials(url)}`);
  }
  return url;
}

/** Retry settings: AWS_RETRY_MODE / retry_mode and AWS_MAX_ATTEMPTS / max_attempts, checked as aws-cli checks them. */
export function resolveRetry(
  env: Env,
  profile: Record<string, string>,
  trace?: Trace,
): { mode: 'standard' | 'adaptive'; maxAttempts: number } {
  const mode = pickOr(
    trace,
    'retry mode',
    [
      ['AWS_RETRY_MODE', env['AWS_RETRY_MODE']],
      ['profile retry_mode', profile['retry_mode']],
    ],
    'standard',
  );
  if (mode !== 'standard' && mode !== 'adaptive') {
    throw new GeneralError(`Invalid value provided to "mode": "${mode}" must be one of: "standard" or "adaptive"`);
  }
  const attemptsText = pickOr(
    trace,
    'max attempts',
    [
      ['AWS_MAX_ATTEMPTS', env['AWS_MAX_ATTEMPTS']],
      ['profile max_attempts', profile['max_attempts']],
    ],
    '3',
  );
  const maxAttempts = pyInt(attemptsText);
  if (maxAttempts === undefined) throw new GeneralError(`invalid literal for int() with base 10: '${attemptsText}'`);
  if (maxAttempts < 1) {
    throw new GeneralError(
      `Value provided to "max_attempts": ${maxAttempts} must be an integer greater than or equal to one.`,
    );
  }
  return { mode, maxAttempts };
}

/**
 * --cli-read-timeout / --cli-connect-timeout: whole seconds. Not a number is a usage error here (aws-cli: a
 * Python traceback text, 255).
 */
export function parseTimeout(flag: string, value: string | undefined): number {
  if (value === undefined) return 60;
  const seconds = pyInt(value);
  if (seconds === undefined) throw new UsageError(`argument ${flag}: invalid int value: '${value}'`);
  return seconds;
}

/** Negative timeouts fail at client creation, with urllib3's words (255). */
export function checkTimeout(kind: 'read' | 'connect', seconds: number): void {
  if (seconds < 0) {
    throw new GeneralError(
      `Attempted to set ${kind} timeout to ${seconds}, but the timeout cannot be set to a value less than or equal to 0.`,
    );
  }
}

/**
 * aws-cli's `cli_timestamp_format` (profile key only): iso8601 (the default) or wire, exactly. Read when
 * the session starts, before the command line is checked: a bad value is 253 whatever else is wrong.
 * A profile that does not exist has no value.
 */
export function resolveTimestampFormat(files: SharedFiles, profileFlag: string | undefined, env: Env): TimestampFormat {
  const value = profileSettings(files, resolveProfile(profileFlag, env).name)['cli_timestamp_format'];
  if (value === undefined || value === 'iso8601') return 'iso8601';
  if (value === 'wire') return 'wire';
  throw new ConfigError(`Unknown cli_timestamp_format value: ${value}, valid values are "wire" or "iso8601"`);
}
