import { STATUS_CODES } from 'node:http';
import { jsonLoads } from '../python/json.js';
import { pyStr } from '../python/repr.js';
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
/** A JSON body with a `__type`: the service's own error, so the request was handled and not applied. */
export function hasServiceErrorBody(response: RawResponse): boolean {
  try {
    const parsed = jsonLoads(response.body);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && '__type' in parsed;
  } catch {
    return false;
  }
}

export function isRetryableServiceError(response: RawResponse): boolean {
  return RETRYABLE_CODES.has(parseServiceError(response).code) || RETRYABLE_STATUS.has(response.status);
}

/**
 * botocore's JSON-protocol error parsing. A 5xx whose body is empty or HTML is generic: the status
 * and Python's standard phrase for it (the server's own reason phrase is not used). Otherwise the
 * body is read with Python's json (a body that is not JSON is the message); the code is `__type`
 * after its last `#` — an empty one stays empty — or the status, or x-amzn-query-error's; the message
 * is `message`, else `Message`, printed as Python's str() prints it.
 */
export function parseServiceError(response: RawResponse): {
  code: string;
  message: string;
  /** The body's members (a JSON object's), for the modelled extra members structured errors show. */
  fields: Record<string, unknown>;
} {
  const body = response.body;
  if (response.status >= 500 && (body.trim() === '' || body.trim().startsWith('<html>'))) {
    return { code: String(response.status), message: STATUS_CODES[response.status] ?? '', fields: {} };
  }
  let fields: Record<string, unknown>;
  try {
    const parsed = body === '' ? {} : jsonLoads(body);
    fields =
      parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {};
  } catch {
    fields = { message: body };
  }
  const type = fields['__type'];
  const queryError = headerValue(response.headers, 'x-amzn-query-error')?.split(';')[0];
  const fromBody = type === undefined ? String(response.status) : (pyStr(type).split('#').pop() ?? '');
  const code = queryError || fromBody;
  const raw = Object.hasOwn(fields, 'message')
    ? fields['message']
    : Object.hasOwn(fields, 'Message')
      ? fields['Message']
      : '';
  return { code, message: pyStr(raw), fields };
}
