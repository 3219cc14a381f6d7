/** The contract between the core and the separately bundled AWS session (no runtime code here). */
import type { ClientSettings } from '../model/settings.js';

/** The last HTTP response as received, before the SDK parsed it. */
export interface RawResponse {
  readonly status: number;
  readonly reason: string | undefined;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Why a call failed, as data: the core maps it to aws-cli's message and exit code (failures.ts). */
export type CallFailure =
  | { readonly kind: 'partial-credentials' }
  | { readonly kind: 'no-credentials'; readonly cause: unknown }
  | { readonly kind: 'credentials-failed'; readonly message: string; readonly cause: unknown }
  | { readonly kind: 'interrupted'; readonly cause: unknown }
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

/** A call's outcome: the response, or what went wrong, with the operation's name. */
export type CallResult =
  | {
      readonly ok: true;
      /** The response body as received: the core parses it as botocore does (output/response.ts). */
      readonly body: string;
      /**
       * The answer to an attempt was lost and the call turned out to have taken effect: the body is
       * that effect (the task run found), and no second attempt was sent.
       */
      readonly adopted?: { readonly taskRunId: string; readonly startedOn: Date | undefined; readonly lost: string };
    }
  | { readonly ok: false; readonly operation: string; readonly failure: CallFailure };

/** An S3 object as the labels check reads it, or what S3 answered instead. */
export type ObjectResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | {
      readonly ok: false;
      /** S3's error code (NoSuchKey, NoSuchBucket, AccessDenied…), or TooLarge past the read limit. */
      readonly code: string;
      readonly message: string;
      readonly status: number | undefined;
      readonly bucketRegion: string | undefined;
    };

/** One session per run: one credential provider, one set of agents, one retry rule and debug log for every call. */
export interface Session {
  /** Calls a Glue operation by its API name. Calls run one at a time, in the order they are made. */
  call(operation: string, input: Readonly<Record<string, unknown>>): Promise<CallResult>;
  /**
   * Resolves the credentials the calls would be signed with (running a profile's credential_process or
   * an assume-role if that is what the profile says) and returns their access key id — never the secret.
   */
  identity(): Promise<
    | { readonly ok: true; readonly accessKeyId: string }
    | { readonly ok: false; readonly operation: string; readonly failure: CallFailure }
  >;
  /** S3, for the labels check: an object's bytes (bounded) and a bucket's region. Loaded when first used. */
  readonly s3: {
    getObject(bucket: string, key: string, maxBytes: number): Promise<ObjectResult>;
    bucketRegion(bucket: string): Promise<string | undefined>;
  };
  /** Releases the agents; the process can then exit without waiting for idle sockets. */
  close(): void;
}

/** How the core opens a session (the real one is imported only when a request is sent). */
export type OpenSession = (settings: ClientSettings) => Promise<Session>;
