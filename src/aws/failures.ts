import { CliError, ConfigError, GeneralError, InterruptedError, ServiceError } from '../errors.js';
import { mebibytes } from '../io.js';
import { GLUE_ERROR_MEMBERS } from '../model/shapes.js';
import { pyStringRepr } from '../python/repr.js';
import { escapeControlCharacters, maskUrlCredentials } from '../redact.js';
import { MAX_RESPONSE_BYTES } from './http-body.js';
import { isRetryableServiceError, parseServiceError } from './service-error.js';
import type { CallResult, RawResponse } from './types.js';

export interface ErrorContext {
  /** The operation that failed: every message names it. */
  readonly operation: string;
  readonly url: string;
  readonly proxy?: string | undefined;
  readonly maxAttempts: number;
  /** Whether the last socket connected: a timeout before that is a connect timeout. */
  readonly connected: boolean;
  readonly response: RawResponse | undefined;
}

/** Turns a failed call into aws-cli's message and exit code. */
export function failureToCliError(
  result: Extract<CallResult, { ok: false }>,
  maxAttempts: number,
  hints: { readonly credentials?: string } = {},
): CliError {
  const { failure, operation } = result;
  switch (failure.kind) {
    case 'partial-credentials':
      return new GeneralError('Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY');
    case 'no-credentials':
      return new ConfigError(
        'Unable to locate credentials. You can configure credentials by running "aws configure".',
        { cause: failure.cause, code: 'NoCredentials', ...(hints.credentials ? { hint: hints.credentials } : {}) },
      );
    case 'credentials-failed':
      return new GeneralError(failure.message, { cause: failure.cause });
    case 'interrupted':
      return new InterruptedError({ cause: failure.cause });
    case 'exchange':
      return toCliError(failure.error, {
        operation,
        url: failure.url,
        proxy: failure.proxy,
        maxAttempts,
        connected: failure.connected,
        response: failure.response,
      });
  }
}

/**
 * Whether sending the call again may succeed: an error response botocore retries (throttling, 5xx…)
 * or a transport failure with no response at all. A response that is not a valid one is not.
 */
export function isRetryableFailure(result: Extract<CallResult, { ok: false }>): boolean {
  const { failure } = result;
  if (failure.kind !== 'exchange') return false;
  const { response } = failure;
  if (response === undefined) return true;
  return response.status >= 300 && isRetryableServiceError(response);
}

/** Turns whatever the SDK threw into aws-cli's message and exit code. */
export function toCliError(error: unknown, context: ErrorContext): CliError {
  if (error instanceof CliError) return error;
  const { response } = context;
  if (response && response.status >= 200 && response.status < 300) {
    // aws-cli exits 0 and prints nothing here; a started task run with no id is worth an error.
    return new GeneralError(
      `The endpoint URL "${maskUrlCredentials(context.url)}" answered HTTP ${response.status} with a body that is not a valid ${context.operation} response.`,
      { cause: error },
    );
  }
  if (response) return serviceError(response, context, error);
  return transportError(error, context);
}

function serviceError(response: RawResponse, context: ErrorContext, cause: unknown): ServiceError {
  const parsed = parseServiceError(response);
  const retried = isRetryableServiceError(response);
  const suffix = retried ? ` (reached max retries: ${context.maxAttempts - 1})` : '';
  // The server's words reach a terminal: control characters are escaped (aws-cli prints them raw).
  const code = escapeControlCharacters(parsed.code);
  const message = escapeControlCharacters(parsed.message);
  return new ServiceError(
    code,
    `An error occurred (${code}) when calling the ${context.operation} operation${suffix}: ${message}`,
    { cause, serviceMessage: message, fields: modeledFields(parsed.code, parsed.fields) },
  );
}

/**
 * The members of a service error beyond Code and Message that Glue's model declares (botocore's
 * modeled_fields): only these are shown by structured error formats; others may be sensitive.
 */
function modeledFields(code: string, fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const declared = new Set((GLUE_ERROR_MEMBERS[code] ?? []).map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(fields).filter(([key]) => declared.has(key.toLowerCase())));
}

const VERIFY_FAILED = (reason: string) => () =>
  `[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ${reason} (_ssl.c:992)`;

/** Node's TLS error codes, worded as aws-cli (Python's ssl module) words them. */
/** What Node's TLS errors carry: the host asked for and the peer's certificate. */
interface TlsFailure {
  readonly message?: string;
  readonly host?: string;
  readonly cert?: { readonly subjectaltname?: string; readonly subject?: { readonly CN?: string } };
}

/**
 * urllib3's match_hostname message: the certificate's DNS and IP subjectAltName entries (or its
 * commonName when it has none), one or several.
 */
function hostnameMismatch(error: TlsFailure): string {
  const names = (error.cert?.subjectaltname ?? '')
    .split(',')
    .map((entry) => /^\s*(?:DNS|IP Address):(.*)$/.exec(entry)?.[1]?.trim())
    .filter((name): name is string => name !== undefined && name !== '');
  if (names.length === 0 && error.cert?.subject?.CN) names.push(error.cert.subject.CN);
  const host = pyStringRepr(error.host ?? '');
  if (names.length === 0) return 'no appropriate commonName or subjectAltName fields were found';
  if (names.length === 1) return `hostname ${host} doesn't match ${pyStringRepr(names[0] as string)}`;
  return `hostname ${host} doesn't match either of ${names.map(pyStringRepr).join(', ')}`;
}

const TLS_MESSAGES: Record<string, (error: TlsFailure) => string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: VERIFY_FAILED('self-signed certificate'),
  SELF_SIGNED_CERT_IN_CHAIN: VERIFY_FAILED('self-signed certificate in certificate chain'),
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: VERIFY_FAILED('unable to get local issuer certificate'),
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: VERIFY_FAILED('unable to get local issuer certificate'),
  CERT_HAS_EXPIRED: VERIFY_FAILED('certificate has expired'),
  CERT_NOT_YET_VALID: VERIFY_FAILED('certificate is not yet valid'),
  ERR_TLS_CERT_ALTNAME_INVALID: hostnameMismatch,
  EPROTO: () => '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)',
  ERR_SSL_WRONG_VERSION_NUMBER: () => '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)',
};

function transportError(error: unknown, context: ErrorContext): CliError {
  const e = (error ?? {}) as { name?: string; code?: string; message?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code;
  const url = maskUrlCredentials(context.url);
  if (context.proxy && (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH')) {
    return new GeneralError(`Failed to connect to proxy URL: "${maskUrlCredentials(context.proxy)}"`, {
      cause: error,
      code: 'ProxyConnectionError',
    });
  }
  if (code === 'ERESPONSETOOLARGE') {
    return new GeneralError(
      `The endpoint URL "${url}" sent a response larger than ${mebibytes(MAX_RESPONSE_BYTES)}; it was not read.`,
      {
        cause: error,
      },
    );
  }
  const tls = code ? TLS_MESSAGES[code] : undefined;
  if (tls !== undefined)
    return new GeneralError(`SSL validation failed for ${url} ${tls(e as TlsFailure)}`, {
      cause: error,
      code: 'SSLError',
    });
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED' || code?.startsWith('HPE_')) {
    return new GeneralError(`Connection was closed before we received a valid response from endpoint URL: "${url}".`, {
      cause: error,
      code: 'ConnectionClosedError',
    });
  }
  if (e.name === 'TimeoutError' || code === 'ETIMEDOUT') {
    return new GeneralError(`${context.connected ? 'Read' : 'Connect'} timeout on endpoint URL: "${url}"`, {
      cause: error,
      code: context.connected ? 'ReadTimeoutError' : 'ConnectTimeoutError',
    });
  }
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return new GeneralError(`SSL validation failed for ${url} ${e.message ?? code}`, {
      cause: error,
      code: 'SSLError',
    });
  }
  if (e.name === 'CredentialsProviderError')
    return new GeneralError(e.message ?? 'Could not load credentials', { cause: error });
  return new GeneralError(`Could not connect to the endpoint URL: "${url}"`, {
    cause: error,
    code: 'EndpointConnectionError',
  });
}
