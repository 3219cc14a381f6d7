import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { credentialScope, runBin } from '../support/run-bin.js';
import { startMoto, startStsStub, startStub } from '../support/services.js';

// Every scenario runs the built bin with an explicit environment against loopback only: the Glue
// emulator, moto_server as STS, and small stubs for the container and SSO endpoints.

let emulator: Emulator;
let moto: Awaited<ReturnType<typeof startMoto>>;
const scratch = mkdtempSync(join(tmpdir(), 'gil-creds-'));

beforeAll(async () => {
  [emulator, moto] = await Promise.all([startEmulator(0), startMoto()]);
}, 30_000);
afterAll(async () => {
  moto.stop();
  await emulator.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A home folder holding the given files (paths relative to it). */
function home(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, 'home-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content.replaceAll('{HOME}', dir));
  }
  return dir;
}

/** Runs one import and returns the result with the request the emulator received for it. */
async function importWith(env: Record<string, string>, extraArgs: string[] = []) {
  const transformId = `tfm-${Math.random().toString(36).slice(2)}`;
  const result = await runBin(
    ['--transform-id', transformId, '--input-s3-path', 's3://b/l.csv', '--endpoint-url', emulator.url, ...extraArgs],
    {
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_STS: moto.url,
      ...env,
    },
  );
  const request = emulator.requests.find((r) => r.body.includes(transformId));
  return {
    ...result,
    request,
    scope: credentialScope(request?.headers['authorization']),
    token: request?.headers['x-amz-security-token'],
  };
}

const BASE_CREDENTIALS = '[base]\naws_access_key_id = AKIDBASEPROFILE\naws_secret_access_key = base-secret\n';

describe('credentials from the shared files and the SDK providers', () => {
  test('a named profile from the credentials file (--profile)', async () => {
    const r = await importWith({ HOME: home({ '.aws/credentials': BASE_CREDENTIALS }) }, ['--profile', 'base']);
    expect(r.code).toBe(0);
    expect(r.scope?.accessKey).toBe('AKIDBASEPROFILE');
    expect(r.token).toBeUndefined();
  });

  test('AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE name the files', async () => {
    const dir = home({ 'c/creds': BASE_CREDENTIALS, 'c/conf': '[profile base]\nregion = eu-central-1\n' });
    const r = await importWith({
      HOME: scratch,
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'c/creds'),
      AWS_CONFIG_FILE: join(dir, 'c/conf'),
      AWS_PROFILE: 'base',
    });
    expect(r.code).toBe(0);
    expect(r.scope).toEqual({ accessKey: 'AKIDBASEPROFILE', region: 'us-east-1' });
  });

  test('assume role with source_profile, role_session_name, external_id, duration_seconds (moto STS)', async () => {
    const config =
      '[profile labeler]\nrole_arn = arn:aws:iam::123456789012:role/labeler\nsource_profile = base\nrole_session_name = labels\nexternal_id = ext-1\nduration_seconds = 900\nregion = eu-west-1\n';
    const r = await importWith({ HOME: home({ '.aws/config': config, '.aws/credentials': BASE_CREDENTIALS }) }, [
      '--profile',
      'labeler',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.scope?.accessKey).toMatch(/^ASIA/);
    expect(r.scope?.accessKey).not.toBe('AKIDBASEPROFILE');
    expect(r.token).toBeTruthy();
  });

  test("an AssumeRole that STS refuses: STS's error in aws-cli's words, 255, nothing sent to Glue", async () => {
    const sts = await startStsStub({ status: 403, code: 'AccessDenied', message: 'Not authorized to assume it' });
    const config = '[profile labeler]\nrole_arn = arn:aws:iam::123456789012:role/labeler\nsource_profile = base\n';
    const r = await importWith(
      { HOME: home({ '.aws/config': config, '.aws/credentials': BASE_CREDENTIALS }), AWS_ENDPOINT_URL_STS: sts.url },
      ['--profile', 'labeler'],
    );
    await sts.close();
    expect(r.code).toBe(255);
    expect(r.stderr).toBe(
      '\nError when retrieving credentials for profile (labeler): An error occurred (AccessDenied) when calling the AssumeRole operation: Not authorized to assume it\n',
    );
    expect(r.request).toBeUndefined();
  });

  test('AssumeRole carries role_session_name, external_id and duration_seconds', async () => {
    const sts = await startStsStub();
    const config =
      '[profile labeler]\nrole_arn = arn:aws:iam::123456789012:role/labeler\nsource_profile = base\nrole_session_name = labels\nexternal_id = ext-1\nduration_seconds = 900\n';
    const r = await importWith(
      { HOME: home({ '.aws/config': config, '.aws/credentials': BASE_CREDENTIALS }), AWS_ENDPOINT_URL_STS: sts.url },
      ['--profile', 'labeler'],
    );
    await sts.close();
    expect(r.code).toBe(0);
    expect([r.scope?.accessKey, r.token]).toEqual(['ASIASTUBROLE', 'STUBSESSIONTOKEN']);
    const call = Object.fromEntries(sts.calls[0] ?? []);
    expect(call).toMatchObject({
      Action: 'AssumeRole',
      RoleArn: 'arn:aws:iam::123456789012:role/labeler',
      RoleSessionName: 'labels',
      ExternalId: 'ext-1',
      DurationSeconds: '900',
    });
  });

  test('assume role with credential_source = Environment', async () => {
    const config =
      '[profile envrole]\nrole_arn = arn:aws:iam::123456789012:role/labeler\ncredential_source = Environment\n';
    const r = await importWith(
      { HOME: home({ '.aws/config': config }), AWS_ACCESS_KEY_ID: 'AKIDFROMENV', AWS_SECRET_ACCESS_KEY: 'env-secret' },
      ['--profile', 'envrole'],
    );
    expect(r.code).toBe(0);
    expect(r.scope?.accessKey).toMatch(/^ASIA/);
    expect(r.token).toBeTruthy();
  });

  test('credential_process', async () => {
    const output = JSON.stringify({
      Version: 1,
      AccessKeyId: 'AKIDPROCESS',
      SecretAccessKey: 'process-secret',
      SessionToken: 'TOKENFROMPROCESS',
    });
    const dir = home({ 'bin/creds.sh': `#!/bin/sh\necho '${output}'\n` });
    const script = join(dir, 'bin/creds.sh');
    writeFileSync(join(dir, '.aws-config'), `[profile proc]\ncredential_process = /bin/sh ${script}\n`);
    const r = await importWith({ HOME: dir, AWS_CONFIG_FILE: join(dir, '.aws-config') }, ['--profile', 'proc']);
    expect(r.code).toBe(0);
    expect(r.scope?.accessKey).toBe('AKIDPROCESS');
    expect(r.token).toBe('TOKENFROMPROCESS');
  });

  test('a failing credential_process is a clear 255, not "no credentials"', async () => {
    const dir = home({ '.aws/config': '[profile bad]\ncredential_process = /bin/false\n' });
    const r = await importWith({ HOME: dir }, ['--profile', 'bad']);
    expect(r.code).toBe(255);
    expect(r.stderr).toBe('\nError when retrieving credentials from custom-process: \n');
    expect(r.stderr).not.toContain('    at ');
    expect(r.request).toBeUndefined();
  });

  test('sso_session profile using the token cache of `aws sso login`', async () => {
    const sso = await startStub(() => ({
      body: JSON.stringify({
        roleCredentials: {
          accessKeyId: 'AKIDSSO',
          secretAccessKey: 'sso-secret',
          sessionToken: 'TOKENSSO',
          expiration: Date.now() + 3_600_000,
        },
      }),
    }));
    const cacheFile = `.aws/sso/cache/${createHash('sha1').update('corp').digest('hex')}.json`;
    const dir = home({
      '.aws/config':
        '[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Labeler\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n',
      [cacheFile]: JSON.stringify({
        accessToken: 'CACHEDSSOTOKEN',
        expiresAt: '2099-01-01T00:00:00Z',
        region: 'us-east-1',
        startUrl: 'https://corp.awsapps.com/start',
      }),
    });
    const r = await importWith({ HOME: dir, AWS_ENDPOINT_URL_SSO: sso.url }, ['--profile', 'sso']);
    await sso.close();
    expect(r.code).toBe(0);
    expect(r.scope?.accessKey).toBe('AKIDSSO');
    expect(r.token).toBe('TOKENSSO');
    expect(sso.seen[0]?.url).toBe('/federation/credentials?account_id=123456789012&role_name=Labeler');
    expect(sso.seen[0]?.headers['x-amz-sso_bearer_token']).toBe('CACHEDSSOTOKEN');
  });

  test('web identity from AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE (moto STS)', async () => {
    const dir = home({ token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJjaSJ9.' });
    const r = await importWith({
      HOME: dir,
      AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/ci',
      AWS_WEB_IDENTITY_TOKEN_FILE: join(dir, 'token'),
      AWS_ROLE_SESSION_NAME: 'ci-run',
    });
    expect(r.code).toBe(0);
    expect(r.scope?.accessKey).toMatch(/^ASIA/);
    expect(r.token).toBeTruthy();
  });

  test('web identity from the profile keys', async () => {
    const dir = home({
      token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJjaSJ9.',
      '.aws/config':
        '[profile wi]\nrole_arn = arn:aws:iam::123456789012:role/ci\nweb_identity_token_file = {HOME}/token\n',
    });
    const r = await importWith({ HOME: dir }, ['--profile', 'wi']);
    expect(r.code).toBe(0);
    expect(r.scope?.accessKey).toMatch(/^ASIA/);
  });

  test('container credentials from AWS_CONTAINER_CREDENTIALS_FULL_URI on loopback', async () => {
    const container = await startStub(() => ({
      body: JSON.stringify({
        AccessKeyId: 'AKIDCONTAINER',
        SecretAccessKey: 'c-secret',
        Token: 'TOKENCONTAINER',
        Expiration: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    }));
    const r = await importWith({
      HOME: home({}),
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/creds`,
      AWS_CONTAINER_AUTHORIZATION_TOKEN: 'container-auth',
    });
    await container.close();
    expect(r.code).toBe(0);
    expect(r.scope?.accessKey).toBe('AKIDCONTAINER');
    expect(r.token).toBe('TOKENCONTAINER');
    expect(container.seen[0]?.headers['authorization']).toBe('container-auth');
  });

  test('mfa_serial without a terminal is a clear error, and nothing is sent', async () => {
    const config =
      '[profile mfa]\nrole_arn = arn:aws:iam::123456789012:role/labeler\nsource_profile = base\nmfa_serial = arn:aws:iam::123456789012:mfa/me\n';
    const r = await importWith({ HOME: home({ '.aws/config': config, '.aws/credentials': BASE_CREDENTIALS }) }, [
      '--profile',
      'mfa',
    ]);
    expect(r.code).toBe(255);
    expect(r.stderr).toBe(
      '\nThe profile needs an MFA code for arn:aws:iam::123456789012:mfa/me, but stdin is not a terminal to ask for it on.\n',
    );
    expect(r.request).toBeUndefined();
  });

  test("an unknown profile and no credentials at all keep aws-cli's codes", async () => {
    const unknown = await importWith({ HOME: home({}) }, ['--profile', 'nosuch']);
    expect([unknown.code, unknown.stderr]).toEqual([255, '\nThe config profile (nosuch) could not be found\n']);
    const noneHome = home({});
    const none = await importWith({ HOME: noneHome });
    // aws-cli's line, then this tool's advice: the credentials file, the section and keys to write.
    expect([none.code, none.stderr]).toEqual([
      253,
      '\nUnable to locate credentials. You can configure credentials by running "aws configure".\n' +
        `Hint: add aws_access_key_id and aws_secret_access_key under [default] in ${noneHome}/.aws/credentials, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.\n`,
    ]);
    const ciHome = home({ '.aws/config': '[profile ci]\nregion = us-east-1\n' });
    const named = await importWith({ HOME: ciHome, AWS_PROFILE: 'ci', AWS_SHARED_CREDENTIALS_FILE: `${ciHome}/creds` });
    expect(named.code).toBe(253);
    expect(named.stderr).toContain(
      `\nHint: add aws_access_key_id and aws_secret_access_key under [ci] in ${ciHome}/creds,`,
    );
  });
});
