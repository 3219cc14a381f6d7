import { describe, expect, test } from 'vitest';
import { type Exchange, endpointPathMiddleware, rawExchangeMiddleware } from '../../../src/aws/plugins.js';
import type { ClientSettings } from '../../../src/model/settings.js';

const request = () => ({
  method: 'POST',
  hostname: '127.0.0.1',
  path: '/',
  query: {} as Record<string, string>,
  headers: {
    authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/glue/aws4_request, Signature=abc123',
    'x-amz-date': '20240101T000000Z',
    'x-amz-target': 'AWSGlue.GetMLTaskRun',
  } as Record<string, string>,
  body: '{}',
});

describe('endpointPathMiddleware', () => {
  test("keeps the endpoint's path and query as given", async () => {
    const args = { request: request() };
    await endpointPathMiddleware('http://127.0.0.1:1/base/path?a=1&b=2')(async (a) => a)(args);
    expect(args.request.path).toBe('/base/path');
    expect(args.request.query).toEqual({ a: '1', b: '2' });
  });
});

describe('rawExchangeMiddleware', () => {
  const settings = (over: Partial<ClientSettings>) =>
    ({
      signRequest: true,
      verifySsl: true,
      requestUrl: 'http://x/',
      retry: { maxAttempts: 3 },
      ...over,
    }) as ClientSettings;
  const answer = async () => ({
    response: { statusCode: 400, reason: 'Bad', headers: { a: 'b' }, body: Buffer.from('{"x":1}') },
  });

  test('records the raw response of the attempt', async () => {
    const exchange: Exchange = {};
    await rawExchangeMiddleware(exchange, settings({}))(answer)({ request: request() });
    expect(exchange.response).toEqual({ status: 400, reason: 'Bad', headers: { a: 'b' }, body: '{"x":1}' });
    expect(exchange.attemptEnded).toBeTypeOf('number');
  });

  test('--no-sign-request drops the signature headers, keeps the rest', async () => {
    const args = { request: request() };
    await rawExchangeMiddleware({}, settings({ signRequest: false }))(answer)(args);
    expect(Object.keys(args.request.headers)).toEqual(['x-amz-target']);
  });

  test('--debug redacts the signature', async () => {
    const lines: string[] = [];
    await rawExchangeMiddleware({}, settings({ debug: (line) => lines.push(line) }))(answer)({ request: request() });
    expect(lines.join('\n')).toContain('Signature=<redacted>');
    expect(lines.join('\n')).not.toContain('abc123');
  });
});
