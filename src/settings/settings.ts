import { GeneralError } from '../errors.js';
import { MAX_FILE_BYTES, mebibytes, type ProcessIo } from '../io.js';
import type { GlobalArgs } from '../model/options.js';
import type { ClientSettings, OutputSettings, ProfileCredentials } from '../model/settings.js';
import { errnoText } from '../python/errno.js';
import { expandUser } from '../python/os-path.js';
import { proxyForUrl } from '../python/urllib-proxies.js';
import {
  checkEnvironmentKeys,
  checkProfile,
  checkTimeout,
  parseTimeout,
  pick,
  pickOr,
  resolveEndpoint,
  resolveOutput,
  resolveProfile,
  resolveRegion,
  resolveRetry,
  type Trace,
} from './resolve.js';
import { profileSettings, type SharedFiles } from './shared-files.js';

/** Everything resolved from flags, environment and shared files, before the request is built. */
export interface Settings {
  readonly output: OutputSettings;
  readonly client: ClientSettings;
  /** Where each setting came from, for --debug. */
  readonly trace: Trace;
}

/** Client creation in aws-cli's order: profile, region, region format, retries, timeouts, endpoint; then output. */
export async function resolveSettings(
  args: GlobalArgs,
  io: ProcessIo,
  files: SharedFiles,
  now: number,
): Promise<Settings> {
  const trace: Trace = new Map();
  const profile = resolveProfile(args.profile, io.env, trace);
  checkProfile(files, profile);
  // Environment keys are used unless --profile names a profile (aws-cli's rule) or nothing is signed.
  if (args.signRequest !== false && !profile.explicit) checkEnvironmentKeys(io.env, now);
  const config = profileSettings(files, profile.name);
  const region = resolveRegion(args.region, io.env, config, trace, {
    configPath: files.configPath,
    profile: profile.name,
  });
  const retry = resolveRetry(io.env, config, trace);
  const readTimeoutSeconds = parseTimeout('--cli-read-timeout', args.cliReadTimeout);
  const connectTimeoutSeconds = parseTimeout('--cli-connect-timeout', args.cliConnectTimeout);
  checkTimeout('read', readTimeoutSeconds);
  checkTimeout('connect', connectTimeoutSeconds);
  const endpoint = resolveEndpoint(args.endpointUrl, io.env, files, config, trace);
  const output = resolveOutput(args.output, io.env, config, trace);
  const requestUrl = endpointRequestUrl(endpoint, region);
  const pager =
    args.cliPager === false
      ? undefined
      : pickOr(
          trace,
          'pager',
          [
            ['AWS_PAGER', io.env['AWS_PAGER']],
            ['profile cli_pager', config['cli_pager']],
            ['PAGER', io.env['PAGER']],
          ],
          // aws-cli's default pager (awscli/compat.py): `more` on Windows.
          io.platform === 'win32' ? 'more' : 'less',
        );
  trace.set('timeouts', `connect ${connectTimeoutSeconds} s, read ${readTimeoutSeconds} s`);
  trace.set('files', `config ${files.configPath}, credentials ${files.credentialsPath}`);
  return {
    trace,
    output: {
      format: output,
      color: resolveColor(args.color ?? 'auto', io),
      terminalWidth: io.stdoutIsTTY ? (io.stdoutColumns ?? 80) : 80,
      pager,
    },
    client: {
      region,
      endpoint,
      // A custom endpoint wins over both, as in aws-cli.
      useFipsEndpoint: endpoint === undefined && flagSetting(trace, io.env, config, 'use_fips_endpoint'),
      useDualstackEndpoint: endpoint === undefined && flagSetting(trace, io.env, config, 'use_dualstack_endpoint'),
      userAgentAppId: pick(trace, 'sdk_ua_app_id', [
        ['AWS_SDK_UA_APP_ID', io.env['AWS_SDK_UA_APP_ID']],
        ['profile sdk_ua_app_id', config['sdk_ua_app_id']],
      ]),
      profile,
      profileHasCredentials: hasCredentialKeys(config),
      // The profile's credentials matter only where the environment's keys are not used (aws-cli's rule).
      profileCredentials:
        args.signRequest !== false && (profile.explicit || !io.env['AWS_ACCESS_KEY_ID'])
          ? profileCredentials(files, profile.name)
          : { kind: 'providers' },
      signRequest: args.signRequest !== false,
      retry,
      connectTimeoutSeconds,
      readTimeoutSeconds,
      verifySsl: args.verifySsl !== false,
      caBundle: await loadCaBundle(args.caBundle, io, config, requestUrl, trace),
      env: io.env,
      configPath: files.configPath,
      credentialsPath: files.credentialsPath,
      sharedFileTexts: () => files.sdkTexts(),
      debug: args.debug ? (text) => io.writeStderr(timestamped(text, new Date())) : undefined,
      warn: (line) => io.writeStderr(line + '\n'),
      requestUrl,
      // Resolved only when the labels check reads S3: a bad S3 setting does not fail other commands.
      s3Endpoint: () => resolveEndpoint(undefined, io.env, files, config, trace, 's3'),
      proxy: resolveProxy(requestUrl, io.env, trace),
      // Read only when an MFA code is asked for.
      get stdinIsTTY() {
        return io.stdinIsTTY;
      },
      ask: io.ask,
    },
  };
}

/** The proxy for the request URL, chosen from the environment as botocore chooses it. */
function resolveProxy(requestUrl: string, env: ProcessIo['env'], trace: Trace): string | undefined {
  const proxy = proxyForUrl(requestUrl, env);
  if (proxy !== undefined) trace.set('proxy', JSON.stringify(proxy));
  return proxy;
}

/**
 * A boolean setting: AWS_<KEY> > the profile's key (the profile --profile chose), read with botocore's
 * ensure_boolean (only 'true', in any case, is true).
 */
function flagSetting(trace: Trace, env: ProcessIo['env'], config: Record<string, string>, key: string): boolean {
  const variable = `AWS_${key.toUpperCase()}`;
  const value = pick(trace, key.replaceAll('_', ' '), [
    [variable, env[variable]],
    [`profile ${key}`, config[key]],
  ]);
  return value?.toLowerCase() === 'true';
}

/** --color: on, off, or auto (a terminal on stdout); NO_COLOR / FORCE_COLOR decide `auto` where set. */
function resolveColor(mode: 'on' | 'off' | 'auto', io: ProcessIo): boolean {
  if (mode !== 'auto') return mode === 'on';
  if (io.env['NO_COLOR']) return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return io.stdoutIsTTY;
}

/** --ca-bundle > AWS_CA_BUNDLE > ca_bundle, read only for https endpoints. */
async function loadCaBundle(
  flag: string | undefined,
  io: ProcessIo,
  config: Record<string, string>,
  url: string,
  trace: Trace,
): Promise<string | undefined> {
  const path = pick(trace, 'ca bundle', [
    ['--ca-bundle', flag],
    ['AWS_CA_BUNDLE', io.env['AWS_CA_BUNDLE']],
    ['profile ca_bundle', config['ca_bundle']],
  ]);
  if (path === undefined || path === '' || !/^https:/i.test(url)) return undefined;
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(expandUser(path, io.homedir), { maxBytes: MAX_FILE_BYTES }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EFBIG') {
      throw new GeneralError(`The CA bundle ${path} is larger than ${mebibytes(MAX_FILE_BYTES)}.`, {
        cause: error,
      });
    }
    throw new GeneralError(`SSL validation failed for ${url} ${errnoText(code)}`, { cause: error });
  }
  // OpenSSL's load_verify_locations finds no certificate in an empty or non-PEM file (Node would
  // silently trust nothing, and fail later as an untrusted certificate).
  if (!/-----BEGIN (?:TRUSTED )?CERTIFICATE-----|-----BEGIN X509 CRL-----/.test(text)) {
    throw new GeneralError(
      `SSL validation failed for ${url} [X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found (_ssl.c:4123)`,
    );
  }
  return text;
}

/** The URL requests go to, as aws-cli names it in transport errors: the endpoint, with `/` when it has no path. */
export function endpointRequestUrl(endpoint: string | undefined, region: string): string {
  const base = endpoint ?? `https://glue.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
  return /^[a-z]+:\/\/[^/?#]+$/i.test(base) ? base + '/' : base;
}

const CREDENTIAL_KEYS = [
  'aws_access_key_id',
  'role_arn',
  'credential_process',
  'sso_session',
  'sso_start_url',
  'web_identity_token_file',
  // aws-cli 2.32+'s `aws login` session (the SDK's login provider reads its token cache).
  'login_session',
];

/** True when a profile's settings configure credentials of their own. */
function hasCredentialKeys(settings: Record<string, string>): boolean {
  return CREDENTIAL_KEYS.some((key) => settings[key] !== undefined);
}

/** Keys botocore's role, web-identity and SSO providers act on before the shared-file providers. */
const PROVIDER_KEYS = ['role_arn', 'web_identity_token_file', 'sso_session', 'sso_start_url', 'login_session'];

/**
 * A profile's own credentials in botocore's provider order: the credentials file's keys, then
 * credential_process, then the config file's keys; an access key without its secret in either file
 * is botocore's PartialCredentialsError (the two files' keys are never combined).
 */
function profileCredentials(files: SharedFiles, name: string): ProfileCredentials {
  const merged = files.profiles.get(name) ?? {};
  if (PROVIDER_KEYS.some((key) => merged[key] !== undefined)) return { kind: 'providers' };
  const fromFile = (
    section: Readonly<Record<string, unknown>> | undefined,
    provider: string,
  ): ProfileCredentials | undefined => {
    const accessKeyId = section?.['aws_access_key_id'];
    if (typeof accessKeyId !== 'string') return undefined;
    const secretAccessKey = section?.['aws_secret_access_key'];
    if (typeof secretAccessKey !== 'string') {
      throw new GeneralError(`Partial credentials found in ${provider}, missing: aws_secret_access_key`);
    }
    // botocore reads aws_session_token first, then the legacy aws_security_token.
    const token = [section?.['aws_session_token'], section?.['aws_security_token']].find((t) => typeof t === 'string');
    return {
      kind: 'static',
      accessKeyId,
      secretAccessKey,
      ...(typeof token === 'string' ? { sessionToken: token } : {}),
    };
  };
  const shared = fromFile(files.credentialsSections.get(name), 'shared-credentials-file');
  if (shared) return shared;
  const process = merged['credential_process'];
  if (typeof process === 'string') return { kind: 'process', command: process };
  return fromFile(files.configProfiles.get(name), 'config-file') ?? { kind: 'providers' };
}

/** A --debug entry with the local time on each of its lines, as aws-cli's log lines start. */
export function timestamped(text: string, now: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const stamp =
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())},${pad(now.getMilliseconds(), 3)}`;
  return text
    .split('\n')
    .map((line) => `${stamp} ${line}\n`)
    .join('');
}
