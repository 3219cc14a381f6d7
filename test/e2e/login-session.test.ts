import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator } from '../../dist/emulator.cjs';
import type { Emulator } from '../../src/emulator/server.js';
import { credentialScope, runBin } from '../support/run-bin.js';

// `aws login` profiles (login_session, aws-cli 2.32+): the token cache `aws login` writes
// (~/.aws/login/cache/<sha256 of the session>.json), and its refresh through a loopback stand-in
// for the sign-in service's CreateOAuth2Token (AWS_ENDPOINT_URL_SIGNIN).

const SESSION = 'arn:aws:iam::123456789012:user/labeler';
let emulator: Emulator;
let signin: http.Server;
const refreshes: { url: string; body: string; dpop: boolean }[] = [];

beforeAll(async () => {
  emulator = (await startEmulator(0, {})) as Emulator;
  signin = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      refreshes.push({ url: req.url ?? '', body, dpop: typeof req.headers['dpop'] === 'string' });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          accessToken: { accessKeyId: 'AKIDREFRESHED', secretAccessKey: 's2', sessionToken: 'TOKENREFRESHED' },
          tokenType: 'aws_sigv4',
          expiresIn: 900,
          refreshToken: 'refresh-2',
        }),
      );
    });
  });
  await new Promise<void>((done) => signin.listen(0, '127.0.0.1', done));
});
afterAll(async () => {
  signin.close();
  await emulator.close();
});

function loginHome(expiresInMs: number | undefined): { home: string; cache: string } {
  const home = mkdtempSync(join(tmpdir(), 'gil-login-'));
  mkdirSync(join(home, '.aws/login/cache'), { recursive: true });
  writeFileSync(join(home, '.aws/config'), `[profile dev]\nlogin_session = ${SESSION}\nregion = us-east-1\n`);
  const cache = join(home, '.aws/login/cache', `${createHash('sha256').update(SESSION).digest('hex')}.json`);
  if (expiresInMs !== undefined) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(
      cache,
      JSON.stringify({
        accessToken: {
          accessKeyId: 'AKIDLOGIN',
          secretAccessKey: 's1',
          sessionToken: 'TOKENLOGIN',
          accountId: '123456789012',
          expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
        },
        clientId: 'arn:aws:signin:::devtools/same-device',
        refreshToken: 'refresh-1',
        dpopKey: privateKey.export({ type: 'sec1', format: 'pem' }),
      }),
    );
  }
  return { home, cache };
}

const run = (home: string) =>
  runBin(
    ['--transform-id', 'tfm-1', '--input-s3-path', 's3://b/k', '--endpoint-url', emulator.url, '--profile', 'dev'],
    {
      HOME: home,
      AWS_PAGER: '',
      AWS_ENDPOINT_URL_SIGNIN: `http://127.0.0.1:${(signin.address() as { port: number }).port}`,
    },
  );

describe('login_session profiles', () => {
  test('a valid cached token signs the call; nothing is refreshed', async () => {
    const before = refreshes.length;
    const r = await run(loginHome(3_600_000).home);
    expect(r.code).toBe(0);
    const last = emulator.requests.at(-1);
    expect(credentialScope(last?.headers['authorization'])?.accessKey).toBe('AKIDLOGIN');
    expect(last?.headers['x-amz-security-token']).toBe('TOKENLOGIN');
    expect(refreshes.length).toBe(before);
  });

  test('an expired token is refreshed (CreateOAuth2Token with a DPoP proof), used, and cached', async () => {
    const { home, cache } = loginHome(-60_000);
    const r = await run(home);
    expect(r.code).toBe(0);
    expect(refreshes.at(-1)).toEqual({
      url: '/v1/token',
      body: '{"clientId":"arn:aws:signin:::devtools/same-device","grantType":"refresh_token","refreshToken":"refresh-1"}',
      dpop: true,
    });
    const last = emulator.requests.at(-1);
    expect(credentialScope(last?.headers['authorization'])?.accessKey).toBe('AKIDREFRESHED');
    expect(last?.headers['x-amz-security-token']).toBe('TOKENREFRESHED');
    expect(JSON.parse(readFileSync(cache, 'utf8')).refreshToken).toBe('refresh-2');
    expect(r.stdout + r.stderr).not.toContain('TOKENREFRESHED');
  });

  test('no cached token: a clear failure of that profile (255), not "Unable to locate credentials"', async () => {
    const before = emulator.requests.length;
    const r = await run(loginHome(undefined).home);
    expect(r.code).toBe(255);
    expect(r.stderr).toContain('Error when retrieving credentials for profile (dev):');
    expect(r.stderr).toContain('Failed to load token from');
    expect(emulator.requests.length).toBe(before);
  });
});
