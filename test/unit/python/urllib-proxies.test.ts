import { describe, expect, test } from 'vitest';
import { getproxiesEnvironment, proxyBypassEnvironment, proxyForUrl } from '../../../src/python/urllib-proxies.js';
import { mismatches, readCases } from './fixtures/read.js';

describe('getproxiesEnvironment (urllib)', () => {
  test('a lowercase variable wins over the uppercase one', () => {
    expect(getproxiesEnvironment({ HTTPS_PROXY: 'http://upper', https_proxy: 'http://lower' }).get('https')).toBe(
      'http://lower',
    );
  });
  test('an empty lowercase variable removes the proxy; an empty uppercase one does not', () => {
    expect(getproxiesEnvironment({ HTTPS_PROXY: 'http://upper', https_proxy: '' }).has('https')).toBe(false);
    expect(getproxiesEnvironment({ HTTPS_PROXY: '', https_proxy: 'http://lower' }).get('https')).toBe('http://lower');
  });
  test('REQUEST_METHOD (a CGI request) drops HTTP_PROXY but not http_proxy', () => {
    expect(getproxiesEnvironment({ REQUEST_METHOD: 'GET', HTTP_PROXY: 'http://p' }).has('http')).toBe(false);
    expect(getproxiesEnvironment({ REQUEST_METHOD: 'GET', http_proxy: 'http://p' }).get('http')).toBe('http://p');
  });
});

describe('proxyBypassEnvironment (NO_PROXY)', () => {
  const proxies = (no: string) => new Map([['no', no]]);
  test.each([
    ['*', 'anything.example', true],
    ['example.com', 'glue.example.com', true],
    ['.example.com', 'glue.example.com', true],
    ['EXAMPLE.com', 'example.com:443', true],
    ['ample.com', 'example.com', false],
    ['127.0.0.1', '127.0.0.1:8123', true],
    ['127.0.0.1:9', '127.0.0.1:8123', false],
    [' a.com , b.com ', 'x.b.com', true],
  ])('NO_PROXY=%j host %j → %s', (no, host, want) => expect(proxyBypassEnvironment(host, proxies(no))).toBe(want));
});

describe('proxyForUrl (botocore)', () => {
  test('the scheme picks the variable; ALL_PROXY is not used', () => {
    const env = { HTTPS_PROXY: 'http://s', HTTP_PROXY: 'http://p', ALL_PROXY: 'http://all' };
    expect(proxyForUrl('https://glue.us-east-1.amazonaws.com/', env)).toBe('http://s');
    expect(proxyForUrl('http://127.0.0.1:1/', env)).toBe('http://p');
    expect(proxyForUrl('https://h/', { ALL_PROXY: 'http://all' })).toBeUndefined();
  });
  test('a proxy without a scheme is http://', () => {
    expect(proxyForUrl('https://h/', { HTTPS_PROXY: '127.0.0.1:3128' })).toBe('http://127.0.0.1:3128');
    expect(proxyForUrl('https://h/', { HTTPS_PROXY: '//127.0.0.1:3128' })).toBe('http://127.0.0.1:3128');
  });
  test('NO_PROXY bypasses by the endpoint host', () => {
    expect(proxyForUrl('https://127.0.0.1:1/', { HTTPS_PROXY: 'http://p', NO_PROXY: '127.0.0.1' })).toBeUndefined();
  });
});

// Differential: the proxy aws-cli's botocore picks (get_environ_proxies, then ProxyConfiguration's
// proxy_url_for) for seeded environments of *_PROXY, NO_PROXY and REQUEST_METHOD and a set of URLs.
describe('proxyForUrl agrees with aws-cli 2.9.19 botocore on generated environments (fixtures/proxies.jsonl)', () => {
  test('every case', () => {
    const cases = readCases<{ env: Record<string, string>; url: string; proxy: string | null }>('proxies.jsonl');
    const wrong = mismatches(cases, (c) => ({ got: proxyForUrl(c.url, c.env) ?? null, want: c.proxy }));
    expect(wrong).toEqual([]);
  });
});
