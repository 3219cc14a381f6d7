import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { runBin } from '../support/run-bin.js';
import { makeCertificate, startBlackhole, startProxy } from '../support/services.js';

// TLS, proxies and configured endpoints, end to end: an HTTPS emulator with a certificate made at
// test time, a recording loopback proxy, and the built bin with an explicit environment.

const KEYS = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
};
const scratch = mkdtempSync(join(tmpdir(), 'gil-net-'));
const certificate = makeCertificate();
const writeTemp = (name: string, text: string): string => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
let secure: Emulator;
let plain: Emulator;
let proxy: Awaited<ReturnType<typeof startProxy>>;

beforeAll(async () => {
  [secure, plain, proxy] = await Promise.all([
    startEmulator(0, { tls: { key: certificate.key, cert: certificate.cert } }),
    startEmulator(0),
    startProxy(),
  ]);
});
afterAll(async () => {
  await Promise.all([secure.close(), plain.close(), proxy.close()]);
  rmSync(scratch, { recursive: true, force: true });
});

const args = (endpoint: string, ...more: string[]) => [
  '--transform-id',
  'tfm-net',
  '--input-s3-path',
  's3://b/l.csv',
  '--endpoint-url',
  endpoint,
  ...more,
];

describe('TLS', () => {
  // Recorded from aws-cli 2.9.19 against an HTTPS emulator on loopback: the CA bundle's failures and a
  // certificate for another name, in urllib3's and OpenSSL's words.
  test.each([
    ['a directory', () => scratch, '[Errno 21] Is a directory'],
    [
      'empty',
      () => writeTemp('empty.pem', ''),
      '[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found (_ssl.c:4123)',
    ],
    [
      'not PEM',
      () => writeTemp('junk.pem', 'not a pem\n'),
      '[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found (_ssl.c:4123)',
    ],
  ])('a CA bundle that is %s: one line, 255, nothing received', async (_name, path, reason) => {
    const before = secure.requests.length;
    const r = await runBin(args(secure.url, '--ca-bundle', path()), { ...KEYS, HOME: scratch });
    expect(r.code).toBe(255);
    expect(r.stderr).toBe(`\nSSL validation failed for ${secure.url}/ ${reason}\n`);
    expect(secure.requests.length).toBe(before);
  });

  test.each([
    ['DNS:localhost', "hostname '127.0.0.1' doesn't match 'localhost'"],
    ['DNS:a.example,DNS:b.example', "hostname '127.0.0.1' doesn't match either of 'a.example', 'b.example'"],
  ])('a certificate for %s names what it is valid for', async (names, reason) => {
    const other = makeCertificate(names, 'localhost');
    const server = await startEmulator(0, { tls: { key: other.key, cert: other.cert } });
    try {
      const r = await runBin(args(server.url, '--ca-bundle', other.certPath), { ...KEYS, HOME: scratch });
      expect(r.code).toBe(255);
      expect(r.stderr).toBe(`\nSSL validation failed for ${server.url}/ ${reason}\n`);
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });

  test('an untrusted certificate fails with a certificate line and 255, and nothing is received', async () => {
    const before = secure.requests.length;
    const r = await runBin(args(secure.url), { ...KEYS, HOME: scratch });
    expect(r.code).toBe(255);
    expect(r.stderr).toBe(
      `\nSSL validation failed for ${secure.url}/ [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:992)\n`,
    );
    expect(secure.requests.length).toBe(before);
  });

  test.each([
    ['--ca-bundle', (path: string) => ({ args: ['--ca-bundle', path], env: {} })],
    ['AWS_CA_BUNDLE', (path: string) => ({ args: [], env: { AWS_CA_BUNDLE: path } })],
  ])('%s trusts the certificate', async (_name, setup) => {
    const { args: extra, env } = setup(certificate.certPath);
    const r = await runBin(args(secure.url, ...extra), { ...KEYS, HOME: scratch, ...env });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('"TaskRunId"');
  });

  test('ca_bundle in the profile trusts the certificate; --ca-bundle wins over it', async () => {
    const config = join(scratch, 'config-ca');
    writeFileSync(config, `[default]\nca_bundle = ${certificate.certPath}\n`);
    const ok = await runBin(args(secure.url), { ...KEYS, HOME: scratch, AWS_CONFIG_FILE: config });
    expect(ok.code).toBe(0);
    const missing = await runBin(args(secure.url, '--ca-bundle', join(scratch, 'nope.pem')), {
      ...KEYS,
      HOME: scratch,
      AWS_CONFIG_FILE: config,
    });
    expect([missing.code, missing.stderr]).toEqual([
      255,
      `\nSSL validation failed for ${secure.url}/ [Errno 2] No such file or directory\n`,
    ]);
  });

  test('--no-verify-ssl succeeds and warns on stderr', async () => {
    const r = await runBin(args(secure.url, '--no-verify-ssl'), { ...KEYS, HOME: scratch });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"TaskRunId"');
    expect(r.stderr).toBe(
      "InsecureRequestWarning: Unverified HTTPS request is being made to host '127.0.0.1'. Adding certificate verification is strongly advised.\n",
    );
  });
});

describe('proxies', () => {
  test('HTTP_PROXY carries an http request', async () => {
    const before = proxy.seen.length;
    const r = await runBin(args(plain.url), { ...KEYS, HOME: scratch, HTTP_PROXY: proxy.url });
    expect(r.code).toBe(0);
    expect(proxy.seen.slice(before)).toEqual([`POST ${plain.url}/`]);
  });

  test('HTTPS_PROXY tunnels an https request, verified against the CA bundle', async () => {
    const before = proxy.seen.length;
    const r = await runBin(args(secure.url, '--ca-bundle', certificate.certPath), {
      ...KEYS,
      HOME: scratch,
      HTTPS_PROXY: proxy.url,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(proxy.seen.slice(before)).toEqual([`CONNECT ${new URL(secure.url).host}`]);
  });

  test('NO_PROXY bypasses the proxy', async () => {
    const before = proxy.seen.length;
    const r = await runBin(args(plain.url), { ...KEYS, HOME: scratch, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
    expect(r.code).toBe(0);
    expect(proxy.seen.length).toBe(before);
  });

  test("a proxy that does not answer is aws-cli's proxy message", async () => {
    const r = await runBin(args(plain.url), {
      ...KEYS,
      HOME: scratch,
      HTTP_PROXY: 'http://127.0.0.1:1',
      AWS_MAX_ATTEMPTS: '1',
    });
    expect([r.code, r.stderr]).toEqual([255, '\nFailed to connect to proxy URL: "http://127.0.0.1:1"\n']);
  });
});

describe('configured endpoints follow --profile', () => {
  const credentials = join(scratch, 'credentials');
  writeFileSync(
    credentials,
    '[svc]\naws_access_key_id = AKIDSVC\naws_secret_access_key = s\n[ep]\naws_access_key_id = AKIDEP\naws_secret_access_key = s\n',
  );
  const files = (config: string) => ({ AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials });

  test("the profile's services section, chosen with --profile (not AWS_PROFILE)", async () => {
    const config = join(scratch, 'config-services');
    writeFileSync(config, `[profile svc]\nservices = local\n[services local]\nglue =\n  endpoint_url = ${plain.url}\n`);
    const before = plain.requests.length;
    const r = await runBin(['--transform-id', 't', '--input-s3-path', 's3://b/k', '--profile', 'svc'], {
      ...KEYS,
      HOME: scratch,
      ...files(config),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(plain.requests.length).toBe(before + 1);
  });

  test("the profile's endpoint_url; AWS_ENDPOINT_URL wins over it", async () => {
    const config = join(scratch, 'config-endpoint');
    writeFileSync(config, `[profile ep]\nendpoint_url = http://127.0.0.1:1\n`);
    const r = await runBin(['--transform-id', 't', '--input-s3-path', 's3://b/k', '--profile', 'ep'], {
      ...KEYS,
      HOME: scratch,
      ...files(config),
      AWS_ENDPOINT_URL: plain.url,
    });
    expect(r.code).toBe(0);
    const direct = await runBin(['--transform-id', 't', '--input-s3-path', 's3://b/k', '--profile', 'ep'], {
      ...KEYS,
      HOME: scratch,
      ...files(config),
      AWS_MAX_ATTEMPTS: '1',
    });
    expect(direct.stderr).toBe('\nCould not connect to the endpoint URL: "http://127.0.0.1:1/"\n');
  });

  test('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS switches them off (seen through a dead loopback proxy)', async () => {
    const r = await runBin(['--transform-id', 't', '--input-s3-path', 's3://b/k'], {
      ...KEYS,
      HOME: scratch,
      AWS_ENDPOINT_URL_GLUE: plain.url,
      AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true',
      HTTPS_PROXY: 'http://127.0.0.1:1',
      AWS_MAX_ATTEMPTS: '1',
    });
    expect([r.code, r.stderr]).toEqual([255, '\nFailed to connect to proxy URL: "http://127.0.0.1:1"\n']);
  });
});

describe('timeouts', () => {
  test('--cli-connect-timeout: a connection that never completes is a connect timeout', async () => {
    const blackhole = await startBlackhole();
    try {
      const r = await runBin(args(blackhole.url, '--cli-connect-timeout', '1'), {
        ...KEYS,
        HOME: scratch,
        AWS_MAX_ATTEMPTS: '1',
      });
      expect([r.code, r.stderr]).toEqual([255, `\nConnect timeout on endpoint URL: "${blackhole.url}/"\n`]);
    } finally {
      blackhole.stop();
    }
  });
});

describe('a proxy that refuses the CONNECT', () => {
  // Recorded from aws-cli 2.9.19: urllib3 fails the call as a proxy failure (255), not as the
  // service's 403 (254), which is how https-proxy-agent hands the proxy's own answer back.
  test('is "Failed to connect to proxy URL" (255), and nothing reaches the endpoint', async () => {
    const refusing = net.createServer((socket) => {
      socket.on('error', () => undefined);
      socket.once('data', () => socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n'));
    });
    await new Promise<void>((ready) => refusing.listen(0, '127.0.0.1', ready));
    const port = (refusing.address() as net.AddressInfo).port;
    try {
      const before = secure.requests.length;
      const r = await runBin(args(secure.url, '--ca-bundle', certificate.certPath), {
        ...KEYS,
        HOME: scratch,
        HTTPS_PROXY: `http://127.0.0.1:${port}`,
      });
      expect(r.code).toBe(255);
      expect(r.stderr).toBe(`\nFailed to connect to proxy URL: "http://127.0.0.1:${port}"\n`);
      expect(secure.requests.length).toBe(before);
    } finally {
      refusing.close();
    }
  });
});
