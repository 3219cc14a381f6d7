import { describe, expect, test } from 'vitest';
import { failureToCliError, isRetryableFailure, toCliError } from '../../../src/aws/failures.js';
import type { CallFailure } from '../../../src/aws/types.js';
import { GeneralError, InterruptedError } from '../../../src/errors.js';

const raw = (status: number, body: string, headers: Record<string, string> = {}, reason = 'Reason') => ({
  status,
  body,
  headers,
  reason,
});
const context = (response?: ReturnType<typeof raw>) => ({
  operation: 'StartImportLabelsTaskRun',
  url: 'http://127.0.0.1:1/',
  maxAttempts: 3,
  connected: true,
  response,
});

describe('toCliError', () => {
  test('a retryable service error names the retries', () => {
    const error = toCliError(
      new Error('x'),
      context(raw(500, '{"__type": "InternalServiceException", "Message": "Internal failure"}')),
    );
    expect(error.exitCode).toBe(254);
    expect(error.message).toBe(
      'An error occurred (InternalServiceException) when calling the StartImportLabelsTaskRun operation (reached max retries: 2): Internal failure',
    );
  });
  test('a 200 that cannot be parsed is an error, not a silent success', () => {
    expect(toCliError(new SyntaxError('bad'), context(raw(200, 'not json'))).exitCode).toBe(255);
  });
  test.each([
    [{ code: 'ECONNREFUSED' }, true, 'Could not connect to the endpoint URL: "http://127.0.0.1:1/"'],
    [
      { name: 'TimeoutError', code: 'ECONNRESET' },
      true,
      'Connection was closed before we received a valid response from endpoint URL: "http://127.0.0.1:1/".',
    ],
    [{ name: 'TimeoutError' }, true, 'Read timeout on endpoint URL: "http://127.0.0.1:1/"'],
    [{ name: 'TimeoutError' }, false, 'Connect timeout on endpoint URL: "http://127.0.0.1:1/"'],
  ])('transport %j', (error, connected, message) => {
    const mapped = toCliError(Object.assign(new Error('x'), error), { ...context(), connected });
    expect([mapped.exitCode, mapped.message]).toEqual([255, message]);
  });
});

describe('transport failures: the words and the Code of each kind (structured error formats print the Code)', () => {
  const mapped = (error: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    toCliError(Object.assign(new Error('socket said no'), error), { ...context(), ...extra });
  const URL_ = 'http://127.0.0.1:1/';

  test.each([
    [{ code: 'ECONNRESET' }, 'ConnectionClosedError'],
    [{ code: 'EPIPE' }, 'ConnectionClosedError'],
    [{ code: 'ECONNABORTED' }, 'ConnectionClosedError'],
    [{ code: 'HPE_INVALID_CONSTANT' }, 'ConnectionClosedError'],
  ])('%j: the connection closed before a response (%s)', (error, code) => {
    const e = mapped(error);
    expect(e.message).toBe(`Connection was closed before we received a valid response from endpoint URL: "${URL_}".`);
    expect(e.code).toBe(code);
    expect(e.cause).toBeInstanceOf(Error);
  });

  test('a timeout: read once connected, connect before; ETIMEDOUT is one too', () => {
    expect(mapped({ name: 'TimeoutError' }, { connected: true }).code).toBe('ReadTimeoutError');
    expect(mapped({ name: 'TimeoutError' }, { connected: false }).code).toBe('ConnectTimeoutError');
    expect(mapped({ code: 'ETIMEDOUT' }, { connected: false }).message).toBe(
      `Connect timeout on endpoint URL: "${URL_}"`,
    );
  });

  test('through a proxy that cannot be reached: the proxy named, its password masked', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH']) {
      const e = mapped({ code }, { proxy: 'http://user:pw@127.0.0.1:9' });
      expect(e.message).toBe('Failed to connect to proxy URL: "http://***:***@127.0.0.1:9"');
      expect(e.code).toBe('ProxyConnectionError');
    }
    // A reset through a proxy is still a closed connection.
    expect(mapped({ code: 'ECONNRESET' }, { proxy: 'http://127.0.0.1:9' }).code).toBe('ConnectionClosedError');
  });

  test('a response over the size limit is not read', () => {
    expect(mapped({ code: 'ERESPONSETOOLARGE' }).message).toMatch(
      /^The endpoint URL "http:\/\/127\.0\.0\.1:1\/" sent a response larger than \d+ MiB; it was not read\.$/,
    );
  });

  test('TLS: a certificate problem in Python ssl words; any other TLS code with its message', () => {
    const selfSigned = mapped({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(selfSigned.message).toBe(
      `SSL validation failed for ${URL_} [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:992)`,
    );
    expect(selfSigned.code).toBe('SSLError');
    for (const [code, reason] of [
      ['SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain'],
      ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'unable to get local issuer certificate'],
      ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to get local issuer certificate'],
      ['CERT_HAS_EXPIRED', 'certificate has expired'],
      ['CERT_NOT_YET_VALID', 'certificate is not yet valid'],
    ])
      expect(mapped({ code }).message).toContain(`certificate verify failed: ${reason} (_ssl.c:992)`);
    for (const code of ['EPROTO', 'ERR_SSL_WRONG_VERSION_NUMBER'])
      expect(mapped({ code }).message).toBe(
        `SSL validation failed for ${URL_} [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)`,
      );
    const other = mapped({ code: 'ERR_TLS_CERT_SIGNATURE_ALGORITHM_UNSUPPORTED', message: 'weak signature' });
    expect(other.message).toBe(`SSL validation failed for ${URL_} weak signature`);
    expect(other.code).toBe('SSLError');
  });

  test("a host name the certificate does not name: the names it has, as Python's ssl lists them", () => {
    const mismatch = (cert: Record<string, unknown> | undefined) =>
      mapped({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', host: 'glue.example', cert }).message;
    expect(mismatch({ subjectaltname: 'DNS:a.example, IP Address:127.0.0.1, email:x@y' })).toBe(
      `SSL validation failed for ${URL_} hostname 'glue.example' doesn't match either of 'a.example', '127.0.0.1'`,
    );
    expect(mismatch({ subjectaltname: 'DNS:only.example' })).toBe(
      `SSL validation failed for ${URL_} hostname 'glue.example' doesn't match 'only.example'`,
    );
    expect(mismatch({ subject: { CN: 'cn.example' } })).toBe(
      `SSL validation failed for ${URL_} hostname 'glue.example' doesn't match 'cn.example'`,
    );
    expect(mismatch(undefined)).toBe(
      `SSL validation failed for ${URL_} no appropriate commonName or subjectAltName fields were found`,
    );
  });

  test("a credential provider's failure is its own message", () => {
    const e = mapped({ name: 'CredentialsProviderError', message: 'Profile p could not be found' });
    expect(e.message).toBe('Profile p could not be found');
    expect(e.exitCode).toBe(255);
  });

  test('one of ours passes through unchanged', () => {
    const ours = new GeneralError('already worded');
    expect(toCliError(ours, context())).toBe(ours);
  });
});

describe('failureToCliError and isRetryableFailure', () => {
  const failed = (failure: CallFailure) => ({ ok: false as const, operation: 'GetMLTaskRun', failure });
  const exchange = (response?: ReturnType<typeof raw>) =>
    failed({
      kind: 'exchange',
      error: new Error('x'),
      url: 'http://127.0.0.1:1/',
      proxy: undefined,
      connected: true,
      response,
    });

  test('retryable: no response at all, or an error botocore retries (throttling, 5xx)', () => {
    expect(isRetryableFailure(exchange())).toBe(true);
    expect(isRetryableFailure(exchange(raw(500, '{"__type": "InternalServiceException"}')))).toBe(true);
    expect(isRetryableFailure(exchange(raw(400, '{"__type": "ThrottlingException"}')))).toBe(true);
  });

  test('not retryable: a refusal, a 2xx that could not be parsed, or anything before the exchange', () => {
    expect(isRetryableFailure(exchange(raw(400, '{"__type": "AccessDeniedException"}')))).toBe(false);
    expect(isRetryableFailure(exchange(raw(200, 'not json')))).toBe(false);
    expect(isRetryableFailure(failed({ kind: 'no-credentials', cause: undefined }))).toBe(false);
    expect(isRetryableFailure(failed({ kind: 'interrupted', cause: undefined }))).toBe(false);
  });

  test('each failure kind: its error, code and exit code', () => {
    const cause = new Error('underneath');
    const interrupted = failureToCliError(failed({ kind: 'interrupted', cause }), 3);
    expect(interrupted).toBeInstanceOf(InterruptedError);
    expect(interrupted.exitCode).toBe(130);
    const provider = failureToCliError(failed({ kind: 'credentials-failed', message: 'process failed', cause }), 3);
    expect([provider.message, provider.exitCode, provider.cause]).toEqual(['process failed', 255, cause]);
    const none = failureToCliError(failed({ kind: 'no-credentials', cause }), 3, { credentials: 'Hint: x' });
    expect([none.exitCode, none.code, none.hint]).toEqual([253, 'NoCredentials', 'Hint: x']);
    expect(failureToCliError(failed({ kind: 'no-credentials', cause }), 3).hint).toBeUndefined();
    expect(failureToCliError(failed({ kind: 'partial-credentials' }), 3).message).toBe(
      'Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY',
    );
    const thrown = failureToCliError(exchange(raw(400, '{"__type": "AccessDeniedException", "Message": "no"}')), 3);
    expect(thrown.message).toBe(
      'An error occurred (AccessDeniedException) when calling the GetMLTaskRun operation: no',
    );
  });
});
