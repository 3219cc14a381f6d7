import { describe, expect, test } from 'vitest';
import { toCliError } from '../../../src/aws/failures.js';

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
