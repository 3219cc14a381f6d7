/**
 * The shapes the settings stage resolves and the later stages read: the network client's settings
 * (aws/), the output's (output/) and the auto-prompt mode (input/). No runtime code.
 */
import type { Ask } from '../io.js';
import type { OutputFormat } from './options.js';

export type PromptMode = 'off' | 'on' | 'on-partial';

/**
 * Credentials a profile gives directly, as botocore's providers read them: static keys (the
 * credentials file, then the config file), or a credential_process command. Anything else (roles,
 * SSO, web identity, containers, instance metadata) is left to the SDK's providers.
 */
export type ProfileCredentials =
  | {
      readonly kind: 'static';
      readonly accessKeyId: string;
      readonly secretAccessKey: string;
      readonly sessionToken?: string;
    }
  | { readonly kind: 'process'; readonly command: string }
  | { readonly kind: 'providers' };

/** Everything the AWS session needs, already resolved and validated by the settings stage. */
export interface ClientSettings {
  readonly region: string;
  readonly endpoint: string | undefined;
  /** FIPS and dual-stack endpoints (always false with a custom endpoint, which wins as in aws-cli). */
  readonly useFipsEndpoint: boolean;
  readonly useDualstackEndpoint: boolean;
  /** AWS_SDK_UA_APP_ID > the profile's sdk_ua_app_id: `app/<id>` in the User-Agent. */
  readonly userAgentAppId: string | undefined;
  readonly profile: { readonly name: string; readonly explicit: boolean };
  /** The profile configures credentials itself (keys, role_arn, credential_process, SSO, web identity). */
  readonly profileHasCredentials: boolean;
  /** What the profile's own credentials are, when the environment's keys are not used. */
  readonly profileCredentials: ProfileCredentials;
  readonly signRequest: boolean;
  readonly retry: { readonly mode: 'standard' | 'adaptive'; readonly maxAttempts: number };
  readonly connectTimeoutSeconds: number;
  readonly readTimeoutSeconds: number;
  readonly verifySsl: boolean;
  readonly caBundle: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly configPath: string;
  readonly credentialsPath: string;
  /** The shared files' text as the settings stage read it, by path: the SDK reads these, not the disk. */
  readonly sharedFileTexts: () => Readonly<Record<string, string>>;
  readonly debug: ((line: string) => void) | undefined;
  /** Writes a warning line to stderr. */
  readonly warn: (line: string) => void;
  /**
   * S3's endpoint for the labels check (AWS_ENDPOINT_URL_S3 > AWS_ENDPOINT_URL > the profile's services
   * s3 > endpoint_url; --endpoint-url stays Glue's), or undefined for the SDK's default.
   */
  readonly s3Endpoint: () => string | undefined;
  /** The URL requests go to (the endpoint, with `/` when it has no path): transport messages name it. */
  readonly requestUrl: string;
  /** The proxy the request goes through (HTTPS_PROXY / HTTP_PROXY / NO_PROXY by urllib's rules), if any. */
  readonly proxy: string | undefined;
  /** Whether a prompt (an MFA code) can be shown. */
  readonly stdinIsTTY: boolean;
  /** Asks a question on the terminal (the MFA code), as every other prompt does. */
  readonly ask: Ask;
}

/** How the response is printed. */
export interface OutputSettings {
  readonly format: OutputFormat;
  readonly color: boolean;
  readonly terminalWidth: number;
  /** The pager command, or undefined for none (--no-cli-pager). */
  readonly pager: string | undefined;
}

/** How timestamps in a response print: aws-cli's `cli_timestamp_format` (iso8601 by default, or as on the wire). */
export type TimestampFormat = 'iso8601' | 'wire';
