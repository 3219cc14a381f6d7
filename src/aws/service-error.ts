import { STATUS_CODES } from 'node:http';
import { headerValue } from './http-body.js';
import type { RawResponse } from './types.js';

// Pure rules shared by the core (messages) and the sender (retry decisions).

// botocore's standard-mode retryable errors: these are retried, and get "(reached max retries: N)"
// when attempts run out. A 429 with another code is not retried.
const RETRYABLE_CODES = new Set([
  'RequestTimeout',
  'RequestTimeoutException',
  'PriorRequestNotComplete',
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'EC2ThrottledException',
]);
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

/** Whether botocore (standard mode) retries this error response. */
export function isRetryableServiceError(response: RawResponse): boolean {
  return RETRYABLE_CODES.has(parseServiceError(response).code) || RETRYABLE_STATUS.has(response.status);
}

/**
 * botocore's JSON-protocol error parsing: code from x-amzn-query-error, `__type` or the status; message from the
 * body.
 */
export function parseServiceError(response: RawResponse): { code: string; message: string } {
  const body = response.body;
  if (response.status >= 500 && (body.trim() === '' || body.trimStart().startsWith('<html>'))) {
    return { code: String(response.status), message: response.reason || STATUS_CODES[response.status] || '' };
  }
  let parsed: unknown;
  try {
    parsed = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return { code: String(response.status), message: body };
  }
  const fields = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
  const queryError = headerValue(response.headers, 'x-amzn-query-error')?.split(';')[0];
  const type = typeof fields['__type'] === 'string' ? (fields['__type'] as string).split('#').pop() : undefined;
  const code = queryError || type || String(response.status);
  const raw = 'message' in fields ? fields['message'] : 'Message' in fields ? fields['Message'] : '';
  return { code, message: raw === null ? 'None' : String(raw) };
}
