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

  test.each([
    ['http://127.0.0.1:1', '/', {}],
    ['http://127.0.0.1:1/', '/', {}],
    ['http://127.0.0.1:1/a/../b/', '/a/../b/', {}],
    ['https://user:pw@h.example:8443/p', '/p', {}],
    ['http://127.0.0.1:1?x=1', '/', { x: '1' }],
    ['http://127.0.0.1:1/p?x=1&x=2&x=3', '/p', { x: ['1', '2', '3'] }],
    ['http://127.0.0.1:1/p?y=%20z&flag&&k=a=b', '/p', { y: ' z', flag: '', k: 'a=b' }],
    ['http://127.0.0.1:1/p?%zz=%zz', '/p', { '%zz': '%zz' }],
    ['http://127.0.0.1:1/p#frag?x=1', '/p', {}],
    ['http://127.0.0.1:1/p?x=1#frag', '/p', { x: '1' }],
    ['svc+x.y-z://h/p', '/p', {}],
  ])('%s: path %s, signed query %j', async (endpoint, path, query) => {
    const args = { request: request() };
    await endpointPathMiddleware(endpoint)(async (a) => a)(args);
    expect(args.request.path).toBe(path);
    expect(args.request.query).toEqual(query);
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

  test('an endpoint with a query: the raw query goes on the wire after signing, as written', async () => {
    const args = { request: { ...request(), path: '/p', query: { x: ['1', '2'] } as Record<string, unknown> } };
    const over = { endpoint: 'http://127.0.0.1:1/p?x=1&x=2&y=%41' };
    await rawExchangeMiddleware({}, settings(over))(answer)(args as never);
    expect(args.request.path).toBe('/p?x=1&x=2&y=%41');
    expect(args.request.query).toEqual({});
    // Without a query the SDK's path and query stand.
    const plain = { request: { ...request(), path: '/p', query: { a: 'b' } } };
    await rawExchangeMiddleware({}, settings({ endpoint: 'http://127.0.0.1:1/p' }))(answer)(plain);
    expect([plain.request.path, plain.request.query]).toEqual(['/p', { a: 'b' }]);
  });

  test('--debug: the request line with scheme, host, port, path and query; headers; body; the response', async () => {
    const lines: string[] = [];
    const args = {
      request: {
        ...request(),
        protocol: 'http',
        port: 8080,
        path: '/p',
        query: { a: ['1', '2'], b: 'x' },
        headers: { ...request().headers, 'x-amz-security-token': 'TOKEN', 'content-type': 'application/json' },
        body: new TextEncoder().encode('{"k":1}'),
      },
    };
    await rawExchangeMiddleware({}, settings({ debug: (line) => lines.push(line) }))(answer)(args);
    const [sent, received] = lines;
    expect(sent).toBe(
      [
        'Sending request: POST http://127.0.0.1:8080/p?a=1&a=2&b=x',
        '  authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/glue/aws4_request, Signature=<redacted>',
        '  x-amz-date: 20240101T000000Z',
        '  x-amz-target: AWSGlue.GetMLTaskRun',
        '  x-amz-security-token: <redacted>',
        '  content-type: application/json',
        '  body: {"k":1}',
      ].join('\n'),
    );
    expect(received).toMatch(/^Response: HTTP 400 after \d+ ms\n {2}headers: \{"a":"b"\}\n {2}body: \{"x":1\}$/);
    expect(lines).toHaveLength(2);
  });

  test('--debug: an IPv6 host in brackets, https by default, no port, no query; a body that is a string, none, a stream', async () => {
    const urls: string[] = [];
    for (const body of ['text', undefined, null, { pipe: () => undefined }]) {
      const lines: string[] = [];
      const args = { request: { ...request(), hostname: '::1', path: '/', query: {}, body } };
      await rawExchangeMiddleware({}, settings({ debug: (line) => lines.push(line) }))(answer)(args as never);
      urls.push((lines[0] ?? '').split('\n')[0] as string);
      expect((lines[0] ?? '').split('\n').at(-1)).toBe(
        `  body: ${body === 'text' ? 'text' : body === undefined || body === null ? '' : '(stream)'}`,
      );
    }
    expect(new Set(urls)).toEqual(new Set(['Sending request: POST https://[::1]/']));
  });

  test('--debug: a failed attempt, then the retry with its number and the wait', async () => {
    const lines: string[] = [];
    const exchange: Exchange = {};
    const debugSettings = settings({ debug: (line) => lines.push(line) });
    const fail = async () => {
      throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
    };
    await expect(rawExchangeMiddleware(exchange, debugSettings)(fail)({ request: request() })).rejects.toThrow();
    expect(lines.at(-1)).toMatch(/^Attempt failed after \d+ ms: TimeoutError: socket hang up$/);
    const retry = {
      request: { ...request(), headers: { ...request().headers, 'amz-sdk-request': 'attempt=2; max=3' } },
    };
    await rawExchangeMiddleware(exchange, debugSettings)(answer)(retry);
    expect(lines.find((line) => line.startsWith('Retry:'))).toMatch(/^Retry: attempt 2 of 3, after a delay of \d+ ms$/);
    expect(exchange.response?.status).toBe(400);
  });

  test('--no-verify-ssl warns on each https attempt, as urllib3 does; not on http', async () => {
    const warnings: string[] = [];
    const warn = (line: string) => void warnings.push(line);
    await rawExchangeMiddleware({}, settings({ verifySsl: false, requestUrl: 'https://h/', warn }))(answer)({
      request: request(),
    });
    await rawExchangeMiddleware({}, settings({ verifySsl: false, requestUrl: 'http://h/', warn }))(answer)({
      request: request(),
    });
    await rawExchangeMiddleware({}, settings({ verifySsl: true, requestUrl: 'https://h/', warn }))(answer)({
      request: request(),
    });
    expect(warnings).toEqual([
      "InsecureRequestWarning: Unverified HTTPS request is being made to host '127.0.0.1'. Adding certificate verification is strongly advised.",
    ]);
  });
});
