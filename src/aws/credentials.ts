import type { ClientSettings } from '../model/settings.js';
import { jsonLoads } from '../python/json.js';
import { pyStr } from '../python/repr.js';
import { shlexSplit } from '../python/shlex.js';
import { silentLogger } from './sdk-common.js';

/** The chain found no credentials at all: aws-cli's "Unable to locate credentials" (253). */
export class NoCredentials extends Error {}

/** A credential source was found but failed (an STS error, a failing credential_process, an MFA problem). */
export class CredentialsFailed extends Error {}

/** The SDK's AwsCredentialIdentity, the members used here. */
interface AwsCredentialIdentity {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}

/**
 * The credential provider for one call. Environment keys come first unless --profile names a profile
 * (aws-cli's rule); otherwise the SDK's provider chain for the profile does the work: shared files,
 * assume role (source_profile, credential_source, external_id, role_session_name, duration_seconds,
 * mfa_serial), credential_process, SSO, web identity, container and instance metadata.
 */
export function credentialsFor(settings: ClientSettings): () => Promise<AwsCredentialIdentity> {
  if (!settings.signRequest) return async () => ({ accessKeyId: 'unsigned', secretAccessKey: 'unsigned' });
  const { env } = settings;
  if (!settings.profile.explicit && env['AWS_ACCESS_KEY_ID']) {
    // botocore's environment provider reads AWS_SECURITY_TOKEN before AWS_SESSION_TOKEN.
    const token = env['AWS_SECURITY_TOKEN'] ?? env['AWS_SESSION_TOKEN'];
    const identity = {
      accessKeyId: env['AWS_ACCESS_KEY_ID'],
      secretAccessKey: env['AWS_SECRET_ACCESS_KEY'] ?? '',
      ...(token ? { sessionToken: token } : {}),
    };
    return async () => identity;
  }
  const own = settings.profileCredentials;
  if (own.kind === 'static') {
    const { kind: _kind, ...identity } = own;
    return async () => identity;
  }
  let cached: Promise<AwsCredentialIdentity> | undefined;
  if (own.kind === 'process') return () => (cached ??= runCredentialProcess(own.command));
  return () => (cached ??= resolveFromChain(settings));
}

async function resolveFromChain(settings: ClientSettings): Promise<AwsCredentialIdentity> {
  // The providers are loaded only when the environment has no keys.
  const { fromIni, fromNodeProviderChain, interceptFiles } = await import('./providers.js');
  interceptFiles(settings.sharedFileTexts());
  const init = {
    profile: settings.profile.name,
    filepath: settings.credentialsPath,
    configFilepath: settings.configPath,
    logger: silentLogger,
    clientConfig: { region: settings.region },
    mfaCodeProvider: (serial: string) => promptMfaCode(serial, settings),
  };
  // A profile that configures credentials is used on its own, so that its failure (a failing
  // credential_process, an STS error) is reported as such; the whole chain would move on and end
  // in "no credentials".
  if (settings.profileHasCredentials) {
    try {
      return await fromIni(init)();
    } catch (error) {
      if (error instanceof CredentialsFailed || isInterrupt(error)) throw error;
      throw new CredentialsFailed(
        `Error when retrieving credentials for profile (${settings.profile.name}): ${credentialMessage(error)}`,
        { cause: error },
      );
    }
  }
  try {
    return await fromNodeProviderChain(init)();
  } catch (error) {
    if (error instanceof CredentialsFailed || isInterrupt(error)) throw error;
    // The providers' own "not found" error (a profile that configures credentials took the fromIni
    // path above, so here it means nothing was found); anything else, such as an STS error, failed.
    if ((error as { name?: string }).name === 'CredentialsProviderError')
      throw new NoCredentials('no credentials', { cause: error });
    throw new CredentialsFailed(credentialMessage(error), { cause: error });
  }
}

/**
 * botocore's credential_process: the command split like shlex.split and run without a shell, its
 * stdout read as JSON (Python's json: a decoding error is its own message), Version 1 required.
 */
async function runCredentialProcess(command: string): Promise<AwsCredentialIdentity> {
  const { execFile } = await import('node:child_process');
  const fail = (message: string): CredentialsFailed =>
    new CredentialsFailed(`Error when retrieving credentials from custom-process: ${message}`);
  let argv: string[];
  try {
    argv = shlexSplit(command);
  } catch (error) {
    throw new CredentialsFailed((error as Error).message, { cause: error });
  }
  const output = await new Promise<string>((done, reject) => {
    execFile(argv[0] ?? '', argv.slice(1), { encoding: 'utf8', maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      // botocore reports the process's stderr as it is (empty when it printed nothing).
      if (error) reject(fail((error as { code?: unknown }).code === 'ENOENT' ? error.message : stderr));
      else done(stdout);
    });
  });
  let parsed: Record<string, unknown>;
  try {
    parsed = jsonLoads(output) as Record<string, unknown>;
  } catch (error) {
    throw new CredentialsFailed((error as Error).message, { cause: error });
  }
  const version = parsed['Version'] ?? '<Version key not provided>';
  if (version !== 1) {
    throw fail(`Unsupported version '${pyStr(version)}' for credential process provider, supported versions: 1`);
  }
  for (const key of ['AccessKeyId', 'SecretAccessKey']) {
    if (!Object.hasOwn(parsed, key)) throw fail(`Missing required key in response: '${key}'`);
  }
  const token = parsed['SessionToken'];
  return {
    accessKeyId: String(parsed['AccessKeyId']),
    secretAccessKey: String(parsed['SecretAccessKey']),
    ...(typeof token === 'string' ? { sessionToken: token } : {}),
  };
}

/** aws-cli's wording for a failing STS call; the SDK's message otherwise. */
function credentialMessage(error: unknown): string {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number }; $fault?: string };
  if (e.$fault !== undefined && e.$metadata?.httpStatusCode !== undefined) {
    return `An error occurred (${e.name}) when calling the AssumeRole operation: ${e.message}`;
  }
  return (e.message ?? String(error)).trim();
}

/** mfa_serial: asks for the code through the run's prompt, like every other question (Ctrl-C is 130). */
async function promptMfaCode(serial: string, settings: ClientSettings): Promise<string> {
  if (!settings.stdinIsTTY) {
    throw new CredentialsFailed(
      `The profile needs an MFA code for ${serial}, but stdin is not a terminal to ask for it on.`,
    );
  }
  const answer = await settings.ask({
    kind: 'text',
    name: 'mfa_code',
    message: `Enter MFA code for ${serial}:`,
    default: undefined,
    required: true,
  });
  return String(answer ?? '');
}

/** Ctrl-C at a prompt: the core's InterruptedError, told by its name (it comes from another bundle). */
export function isInterrupt(error: unknown): boolean {
  return (error as { name?: string } | undefined)?.name === 'InterruptedError';
}
