import type { ClientSettings } from '../model/settings.js';

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

const silentLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

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
    const identity = {
      accessKeyId: env['AWS_ACCESS_KEY_ID'],
      secretAccessKey: env['AWS_SECRET_ACCESS_KEY'] ?? '',
      ...(env['AWS_SESSION_TOKEN'] ? { sessionToken: env['AWS_SESSION_TOKEN'] } : {}),
    };
    return async () => identity;
  }
  let cached: Promise<AwsCredentialIdentity> | undefined;
  return () => (cached ??= resolveFromChain(settings));
}

async function resolveFromChain(settings: ClientSettings): Promise<AwsCredentialIdentity> {
  // The providers are loaded only when the environment has no keys.
  const { fromIni, fromNodeProviderChain } = await import('@aws-sdk/credential-providers');
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
