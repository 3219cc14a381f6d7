import { GeneralError } from '../errors.js';
import { MAX_FILE_BYTES, type ProcessIo } from '../io.js';
import type { GlobalArgs } from '../model/options.js';
import type { ClientSettings, OutputSettings } from '../model/settings.js';
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
export async function resolveSettings(args: GlobalArgs, io: ProcessIo, files: SharedFiles): Promise<Settings> {
  const trace: Trace = new Map();
  const profile = resolveProfile(args.profile, io.env, trace);
  checkProfile(files, profile);
  // Environment keys are used unless --profile names a profile (aws-cli's rule) or nothing is signed.
  if (args.signRequest !== false && !profile.explicit) checkEnvironmentKeys(io.env);
  const config = profileSettings(files, profile.name);
  const region = resolveRegion(args.region, io.env, config, trace);
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
          'less',
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
      profile,
      profileHasCredentials: hasCredentialKeys(config),
      signRequest: args.signRequest !== false,
      retry,
      connectTimeoutSeconds,
      readTimeoutSeconds,
      verifySsl: args.verifySsl !== false,
      caBundle: await loadCaBundle(args.caBundle, io, config, requestUrl, trace),
      env: io.env,
      configPath: files.configPath,
      credentialsPath: files.credentialsPath,
      sharedFileTexts: files.sdkTexts,
      debug: args.debug ? (line) => io.writeStderr(line + '\n') : undefined,
      warn: (line) => io.writeStderr(line + '\n'),
      requestUrl,
      proxy: resolveProxy(requestUrl, io.env, trace),
      stdinIsTTY: io.stdinIsTTY,
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
  try {
    return new TextDecoder().decode(await io.readFile(expandUser(path, io.homedir), { maxBytes: MAX_FILE_BYTES }));
  } catch (error) {
    if ((error as { code?: string }).code === 'EFBIG') {
      throw new GeneralError(`The CA bundle ${path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB.`, {
        cause: error,
      });
    }
    throw new GeneralError(`SSL validation failed for ${url} [Errno 2] No such file or directory`, { cause: error });
  }
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
];

/** True when a profile's settings configure credentials of their own. */
function hasCredentialKeys(settings: Record<string, string>): boolean {
  return CREDENTIAL_KEYS.some((key) => settings[key] !== undefined);
}
