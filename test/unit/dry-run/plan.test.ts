import { describe, expect, test } from 'vitest';
import { credentialSource, dryRunPlan, maskAccessKey } from '../../../src/dry-run/plan.js';
import type { ClientSettings } from '../../../src/model/settings.js';
import { clientSettings } from '../../support/client-settings.js';

const settings = (overrides: Partial<ClientSettings> = {}) => clientSettings('http://127.0.0.1:9', overrides);

describe('maskAccessKey', () => {
  test('all but the last four characters starred, as aws configure list shows a key', () => {
    expect(maskAccessKey('AKIDEXAMPLE')).toBe('****************MPLE');
    expect(maskAccessKey('ABCD')).toBe('****');
    expect(maskAccessKey('ABCDE')).toBe('****************BCDE');
    expect(maskAccessKey('ABC')).toBe('***');
  });
});

describe('credentialSource: where the session would take the credentials from', () => {
  const keys = { AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 's' };
  test.each([
    ['unsigned', { signRequest: false }, 'none: unsigned (--no-sign-request)'],
    ['environment keys', { env: keys }, 'environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)'],
    [
      'environment keys and a session token',
      { env: { ...keys, AWS_SESSION_TOKEN: 't' } },
      'environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)',
    ],
    [
      'AWS_SECURITY_TOKEN before AWS_SESSION_TOKEN',
      { env: { ...keys, AWS_SESSION_TOKEN: 't', AWS_SECURITY_TOKEN: 'u' } },
      'environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SECURITY_TOKEN)',
    ],
    [
      '--profile with static keys (the environment is not used)',
      {
        env: keys,
        profile: { name: 'p', explicit: true },
        profileCredentials: { kind: 'static' as const, accessKeyId: 'a', secretAccessKey: 'b' },
      },
      'profile p: keys in the shared credentials or config file',
    ],
    [
      'a profile with credential_process',
      {
        env: {},
        profile: { name: 'q', explicit: false },
        profileCredentials: { kind: 'process' as const, command: 'x' },
      },
      'profile q: credential_process',
    ],
    [
      'a profile with a role',
      { env: {}, profile: { name: 'r', explicit: true }, profileHasCredentials: true },
      "profile r: role, SSO or web identity (the SDK's providers)",
    ],
    ['nothing configured', { env: {} }, "the SDK's default chain (web identity, container, instance metadata)"],
  ])('%s', (_name, over, want) => expect(credentialSource(settings(over as Partial<ClientSettings>))).toBe(want));
});

describe('dryRunPlan', () => {
  // PlanInput's `then` (what follows the call), written as a shorthand property.
  const then: string[] = [];
  const withNext = Object.fromEntries([['then', ['wait']]]) as { then: string[] };
  const input = {
    operation: 'StartImportLabelsTaskRun',
    parameters: { TransformId: 't' },
    accessKeyId: undefined,
    then,
    checked: [],
  };
  test('the least: what, where, the parameters, the credentials source; no proxy, checks or next steps', () => {
    expect(dryRunPlan({ ...input, settings: settings({ signRequest: false }) })).toEqual({
      DryRun: 'nothing was sent',
      Operation: 'StartImportLabelsTaskRun',
      EndpointUrl: 'http://127.0.0.1:9/',
      Region: 'us-east-1',
      Parameters: { TransformId: 't' },
      Credentials: { Source: 'none: unsigned (--no-sign-request)' },
    });
  });
  test('the key masked, the proxy and the endpoint without their passwords, the checks and what follows', () => {
    const plan = dryRunPlan({
      ...input,
      settings: settings({ requestUrl: 'https://u:pw@h.example/', proxy: 'http://user:secret@127.0.0.1:3128' }),
      accessKeyId: 'AKIDEXAMPLE',
      checked: ['labels file ok'],
      ...withNext,
    });
    expect(plan).toMatchObject({
      EndpointUrl: 'https://***:***@h.example/',
      Credentials: { AccessKeyId: '****************MPLE' },
      Proxy: 'http://***:***@127.0.0.1:3128',
      Checked: ['labels file ok'],
      Then: ['wait'],
    });
    expect(JSON.stringify(plan)).not.toMatch(/secret|pw@|user/);
  });
});
