import { CliError, GeneralError, ServiceError } from '../errors.js';
import { OPERATION_NAME } from '../request/model.js';

// botocore's standard-mode retryable errors: these get "(reached max retries: N)" when attempts run out.
const RETRYABLE_CODES = new Set([
  'RequestTimeout', 'RequestTimeoutException', 'PriorRequestNotComplete', 'Throttling', 'ThrottlingException',
  'ThrottledException', 'RequestThrottledException', 'TooManyRequestsException', 'ProvisionedThroughputExceededException',
  'TransactionInProgressException', 'RequestLimitExceeded', 'BandwidthLimitExceeded', 'LimitExceededException',
  'RequestThrottled', 'SlowDown', 'EC2ThrottledException',
]);
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  $response?: { statusCode?: number; reason?: string; body?: unknown };
  cause?: unknown;
}

/** Turns whatever the SDK threw into the aws-cli message and exit code. */
export function toCliError(error: unknown, context: { url: string; maxAttempts: number; connected: boolean }): CliError {
  if (error instanceof CliError) return error;
  const e = (error ?? {}) as SdkError;
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  if (status !== undefined && status >= 200 && status < 300) {
    // aws-cli exits 0 and prints nothing here; a started task run with no id is worth an error.
    return new GeneralError(`The endpoint URL "${context.url}" answered HTTP ${status} with a body that is not a valid ${OPERATION_NAME} response.`, { cause: error });
  }
  if (status !== undefined && e.$fault !== undefined && e.name !== 'SyntaxError') {
    const code = e.name === 'UnknownError' || !e.name ? String(status) : e.name;
    return serviceError(code, e.message ?? '', status, context.maxAttempts, error);
  }
  if (status !== undefined) {
    // The error body was not JSON: aws-cli shows the status as the code and the body as the message.
    return serviceError(String(status), e.message ?? '', status, context.maxAttempts, error);
  }
  return transportError(e, context, error);
}

function serviceError(code: string, message: string, status: number, maxAttempts: number, cause: unknown): ServiceError {
  const retried = RETRYABLE_CODES.has(code) || RETRYABLE_STATUS.has(status);
  const suffix = retried ? ` (reached max retries: ${maxAttempts - 1})` : '';
  return new ServiceError(code, `An error occurred (${code}) when calling the ${OPERATION_NAME} operation${suffix}: ${message}`, { cause });
}

function transportError(e: SdkError, context: { url: string; connected: boolean }, cause: unknown): GeneralError {
  const code = e.code ?? (e.cause as { code?: string } | undefined)?.code;
  const url = context.url;
  if (e.name === 'TimeoutError' || code === 'ETIMEDOUT') {
    return new GeneralError(`${context.connected ? 'Read' : 'Connect'} timeout on endpoint URL: "${url}"`, { cause });
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED' || code === 'HPE_INVALID_CONSTANT') {
    return new GeneralError(`Connection was closed before we received a valid response from endpoint URL: "${url}".`, { cause });
  }
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code)) {
    return new GeneralError(`SSL validation failed for ${url} ${e.message ?? code}`, { cause });
  }
  if (e.name === 'CredentialsProviderError') {
    return new GeneralError(e.message ?? 'Could not load credentials', { cause });
  }
  return new GeneralError(`Could not connect to the endpoint URL: "${url}"`, { cause });
}
