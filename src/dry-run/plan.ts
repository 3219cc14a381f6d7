import type { ClientSettings } from '../model/settings.js';
import { maskUrlCredentials } from '../redact.js';

/** What a dry run knows: the request it would send and where, and the checks it made. */
export interface PlanInput {
  readonly operation: string;
  readonly settings: ClientSettings;
  readonly parameters: Readonly<Record<string, unknown>>;
  /** The access key id the request would be signed with (masked here), when it is signed. */
  readonly accessKeyId: string | undefined;
  /** What would follow the call (the wait, a backup export), one line each. */
  readonly then: readonly string[];
  /** The checks made (--check-labels), one line each. */
  readonly checked: readonly string[];
}

/** An access key id as `aws configure list` shows one: all but the last four characters starred. */
export function maskAccessKey(id: string): string {
  return id.length <= 4 ? '*'.repeat(id.length) : `${'*'.repeat(16)}${id.slice(-4)}`;
}

/**
 * Where the credentials come from, as the session resolves them: the environment's keys unless
 * --profile names a profile, else the profile's own keys or credential_process, else the SDK's
 * providers (role, SSO, web identity from the profile; or the default chain).
 */
export function credentialSource(settings: ClientSettings): string {
  if (!settings.signRequest) return 'none: unsigned (--no-sign-request)';
  const { env, profile } = settings;
  if (!profile.explicit && env['AWS_ACCESS_KEY_ID']) {
    const token = env['AWS_SECURITY_TOKEN']
      ? ', AWS_SECURITY_TOKEN'
      : env['AWS_SESSION_TOKEN']
        ? ', AWS_SESSION_TOKEN'
        : '';
    return `environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY${token})`;
  }
  const own = settings.profileCredentials;
  if (own.kind === 'static') return `profile ${profile.name}: keys in the shared credentials or config file`;
  if (own.kind === 'process') return `profile ${profile.name}: credential_process`;
  if (settings.profileHasCredentials) return `profile ${profile.name}: role, SSO or web identity (the SDK's providers)`;
  return "the SDK's default chain (web identity, container, instance metadata)";
}

/** The dry run's document: printed through --query and --output like a response. */
export function dryRunPlan(input: PlanInput): Record<string, unknown> {
  const { settings } = input;
  return {
    DryRun: 'nothing was sent',
    Operation: input.operation,
    EndpointUrl: maskUrlCredentials(settings.requestUrl),
    Region: settings.region,
    Parameters: { ...input.parameters },
    Credentials: {
      Source: credentialSource(settings),
      ...(input.accessKeyId !== undefined ? { AccessKeyId: maskAccessKey(input.accessKeyId) } : {}),
    },
    ...(settings.proxy !== undefined ? { Proxy: maskUrlCredentials(settings.proxy) } : {}),
    ...(input.checked.length > 0 ? { Checked: [...input.checked] } : {}),
    ...(input.then.length > 0 ? { Then: [...input.then] } : {}),
  };
}
