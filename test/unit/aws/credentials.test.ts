import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CredentialsFailed, credentialsFor, isInterrupt, NoCredentials } from '../../../src/aws/credentials.js';
import type { ClientSettings } from '../../../src/model/settings.js';
import { clientSettings } from '../../support/client-settings.js';

const settings = (overrides: Partial<ClientSettings> = {}) => clientSettings('http://127.0.0.1:9', overrides);
const scratch = () => mkdtempSync(join(tmpdir(), 'gil-creds-'));

/** A credential_process command: node printing `stdout` (and `stderr`), exiting with `code`. */
function processCommand(
  stdout: string,
  { code = 0, stderr = '', log }: { code?: number; stderr?: string; log?: string } = {},
) {
  const script = join(scratch(), 'process.cjs');
  writeFileSync(
    script,
    `${log ? `require('fs').appendFileSync(${JSON.stringify(log)}, 'run\\n');` : ''}` +
      `process.stdout.write(${JSON.stringify(stdout)}); process.stderr.write(${JSON.stringify(stderr)}); process.exitCode = ${code};`,
  );
  return `"${process.execPath}" ${script}`;
}

const withProcess = (command: string) => settings({ profileCredentials: { kind: 'process', command }, env: {} });
const failure = async (provider: () => Promise<unknown>) => {
  const error = await provider().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CredentialsFailed);
  return (error as Error).message;
};

afterEach(() => vi.unstubAllEnvs());

describe('credentialsFor: the environment and the profile', () => {
  test('--no-sign-request signs with nothing of the user’s', async () => {
    expect(await credentialsFor(settings({ signRequest: false }))()).toEqual({
      accessKeyId: 'unsigned',
      secretAccessKey: 'unsigned',
    });
  });

  test('environment keys, AWS_SECURITY_TOKEN before AWS_SESSION_TOKEN (botocore)', async () => {
    const env = { AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: 's', AWS_SESSION_TOKEN: 'session' };
    expect(await credentialsFor(settings({ env }))()).toEqual({
      accessKeyId: 'AKIDENV',
      secretAccessKey: 's',
      sessionToken: 'session',
    });
    const both = { ...env, AWS_SECURITY_TOKEN: 'security' };
    expect((await credentialsFor(settings({ env: both }))()).sessionToken).toBe('security');
    // No token: no sessionToken member at all (an empty one would be sent as a header).
    expect(await credentialsFor(settings({ env: { AWS_ACCESS_KEY_ID: 'AKIDENV' } }))()).toEqual({
      accessKeyId: 'AKIDENV',
      secretAccessKey: '',
    });
  });

  test('--profile: the profile’s keys, not the environment’s', async () => {
    const chosen = settings({
      profile: { name: 'p', explicit: true },
      profileCredentials: { kind: 'static', accessKeyId: 'AKIDPROFILE', secretAccessKey: 'ps', sessionToken: 't' },
    });
    expect(await credentialsFor(chosen)()).toEqual({
      accessKeyId: 'AKIDPROFILE',
      secretAccessKey: 'ps',
      sessionToken: 't',
    });
    // Without --profile the same environment keys win.
    expect((await credentialsFor({ ...chosen, profile: { name: 'p', explicit: false } })()).accessKeyId).toBe(
      'AKIDSESSION',
    );
  });

  test('Ctrl-C is told by its name (InterruptedError comes from another bundle)', () => {
    expect(isInterrupt(Object.assign(new Error('x'), { name: 'InterruptedError' }))).toBe(true);
    expect(isInterrupt(new Error('x'))).toBe(false);
    expect(isInterrupt(undefined)).toBe(false);
  });
});

describe('credential_process (botocore’s rules)', () => {
  test('Version 1 output: the keys and the token; run once per call however often asked', async () => {
    const log = join(scratch(), 'runs');
    const command = processCommand(
      JSON.stringify({ Version: 1, AccessKeyId: 'AKIDPROC', SecretAccessKey: 'ps', SessionToken: 'pt' }),
      { log },
    );
    const provider = credentialsFor(withProcess(command));
    expect(await provider()).toEqual({ accessKeyId: 'AKIDPROC', secretAccessKey: 'ps', sessionToken: 'pt' });
    expect(await provider()).toEqual({ accessKeyId: 'AKIDPROC', secretAccessKey: 'ps', sessionToken: 'pt' });
    expect(readFileSync(log, 'utf8')).toBe('run\n');
  });

  test('no SessionToken (or not a string): none is sent', async () => {
    const command = processCommand(
      JSON.stringify({ Version: 1, AccessKeyId: 'AKIDPROC', SecretAccessKey: 'ps', SessionToken: 5 }),
    );
    expect(await credentialsFor(withProcess(command))()).toEqual({ accessKeyId: 'AKIDPROC', secretAccessKey: 'ps' });
  });

  test('a version other than 1, or none', async () => {
    const prefix = 'Error when retrieving credentials from custom-process: ';
    const v2 = processCommand(JSON.stringify({ Version: 2, AccessKeyId: 'a', SecretAccessKey: 'b' }));
    expect(await failure(credentialsFor(withProcess(v2)))).toBe(
      `${prefix}Unsupported version '2' for credential process provider, supported versions: 1`,
    );
    const none = processCommand(JSON.stringify({ AccessKeyId: 'a', SecretAccessKey: 'b' }));
    expect(await failure(credentialsFor(withProcess(none)))).toBe(
      `${prefix}Unsupported version '<Version key not provided>' for credential process provider, supported versions: 1`,
    );
  });

  test('a missing key is named', async () => {
    const noSecret = processCommand(JSON.stringify({ Version: 1, AccessKeyId: 'a' }));
    expect(await failure(credentialsFor(withProcess(noSecret)))).toBe(
      "Error when retrieving credentials from custom-process: Missing required key in response: 'SecretAccessKey'",
    );
    const noKey = processCommand(JSON.stringify({ Version: 1, SecretAccessKey: 'b' }));
    expect(await failure(credentialsFor(withProcess(noKey)))).toBe(
      "Error when retrieving credentials from custom-process: Missing required key in response: 'AccessKeyId'",
    );
  });

  test('output that is not JSON: Python’s json error', async () => {
    expect(await failure(credentialsFor(withProcess(processCommand('not json'))))).toBe(
      'Expecting value: line 1 column 1 (char 0)',
    );
  });

  test('a failing process: its stderr as it is; a missing program: the spawn error', async () => {
    const failing = processCommand('', { code: 3, stderr: 'token expired\n' });
    expect(await failure(credentialsFor(withProcess(failing)))).toBe(
      'Error when retrieving credentials from custom-process: token expired\n',
    );
    const missing = join(scratch(), 'no-such-program');
    const message = await failure(credentialsFor(withProcess(`${missing} --flag`)));
    expect(message).toMatch(/^Error when retrieving credentials from custom-process: spawn .*no-such-program ENOENT$/);
  });

  test('the command is split like shlex.split: quotes group words, an open quote is an error', async () => {
    const dir = scratch();
    const script = join(dir, 'with space.cjs');
    writeFileSync(
      script,
      'process.stdout.write(JSON.stringify({Version:1,AccessKeyId:process.argv[2],SecretAccessKey:"s"}))',
    );
    const command = `"${process.execPath}" '${script}' "two words"`;
    expect((await credentialsFor(withProcess(command))()).accessKeyId).toBe('two words');
    expect(await failure(credentialsFor(withProcess(`${process.execPath} "open`)))).toBe('No closing quotation');
  });
});

describe('credentials from the SDK providers', () => {
  test('a profile that configures credentials and fails: the profile named, not "no credentials"', async () => {
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    const config = '[profile broken]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = missing\n';
    const chosen = settings({
      env: {},
      profile: { name: 'broken', explicit: true },
      profileHasCredentials: true,
      configPath: '/virtual/config',
      credentialsPath: '/virtual/credentials',
      sharedFileTexts: () => ({ '/virtual/config': config, '/virtual/credentials': '' }),
    });
    const message = await failure(credentialsFor(chosen));
    expect(message).toMatch(/^Error when retrieving credentials for profile \(broken\): \S/);
    expect(message).not.toBe('Error when retrieving credentials for profile (broken): ');
  });

  test('nothing anywhere: NoCredentials (aws-cli\'s "Unable to locate credentials", 253)', async () => {
    // The SDK's chain reads the process environment: nothing there either, and no instance metadata.
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    for (const name of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_PROFILE',
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    ])
      vi.stubEnv(name, undefined);
    const empty = settings({
      env: {},
      configPath: '/virtual/config',
      credentialsPath: '/virtual/credentials',
      sharedFileTexts: () => ({ '/virtual/config': '', '/virtual/credentials': '' }),
    });
    await expect(credentialsFor(empty)()).rejects.toBeInstanceOf(NoCredentials);
  });
});
