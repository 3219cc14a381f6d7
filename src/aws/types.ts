/** Types shared by the core and the separately bundled SDK sender (no runtime code here). */

/** Everything the SDK client needs, already resolved and validated by the settings stage. */
export interface ClientSettings {
  readonly region: string;
  readonly endpoint: string | undefined;
  readonly profile: { readonly name: string; readonly explicit: boolean };
  /** The profile configures credentials itself (keys, role_arn, credential_process, SSO, web identity). */
  readonly profileHasCredentials: boolean;
  readonly signRequest: boolean;
  readonly retry: { readonly mode: 'standard' | 'adaptive'; readonly maxAttempts: number };
  readonly connectTimeoutSeconds: number;
  readonly readTimeoutSeconds: number;
  readonly verifySsl: boolean;
  readonly caBundle: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly configPath: string;
  readonly credentialsPath: string;
  readonly debug: ((line: string) => void) | undefined;
  /** Writes a warning line to stderr. */
  readonly warn: (line: string) => void;
  /** The URL requests go to (the endpoint, with `/` when it has no path): transport messages name it. */
  readonly requestUrl: string;
  /** Whether a prompt (an MFA code) can be shown. */
  readonly stdinIsTTY: boolean;
}

/** The last HTTP response as received, before the SDK parsed it. */
export interface RawResponse {
  readonly status: number;
  readonly reason: string | undefined;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Why a send failed, as data: the core maps it to aws-cli's message and exit code. */
export type SendFailure =
  | { readonly kind: 'partial-credentials' }
  | { readonly kind: 'no-credentials'; readonly cause: unknown }
  | { readonly kind: 'credentials-failed'; readonly message: string; readonly cause: unknown }
  | {
      readonly kind: 'exchange';
      readonly error: unknown;
      /** The URL aws-cli names in transport errors. */
      readonly url: string;
      /** The proxy the request went through, if any. */
      readonly proxy: string | undefined;
      /** Whether the last socket connected: a timeout before that is a connect timeout. */
      readonly connected: boolean;
      readonly response: RawResponse | undefined;
    };

export type SendResult = { readonly ok: true; readonly members: Record<string, unknown> } | { readonly ok: false; readonly failure: SendFailure };

/** The sender's signature, as the core loads it. */
export type Sender = (request: import('../request/model.js').ImportLabelsRequest, settings: ClientSettings) => Promise<SendResult>;
