import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator } from '../../dist/emulator.cjs';
import type { Emulator } from '../../src/emulator/server.js';
import { runBin } from '../support/run-bin.js';
import { startProxy } from '../support/services.js';

// Profile settings follow the profile --profile / AWS_PROFILE / AWS_DEFAULT_PROFILE selects, not
// [default]. Endpoints are seen through a loopback recording proxy, which refuses every host that is
// not loopback (so nothing leaves the machine): the CONNECT it was asked for names the endpoint.

let home: string;
let proxy: Awaited<ReturnType<typeof startProxy>>;
let emulator: Emulator;
beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'gil-profiles-'));
  mkdirSync(join(home, '.aws'));
  writeFileSync(
    join(home, '.aws/config'),
    [
      '[default]',
      'region = us-east-1',
      'sdk_ua_app_id = from-default',
      '[profile fips]',
      'region = us-east-1',
      'use_fips_endpoint = true',
      '[profile dualstack]',
      'region = eu-west-1',
      'use_dualstack_endpoint = true',
      '[profile app]',
      'region = us-east-1',
      'sdk_ua_app_id = ci-labels',
      '',
    ].join('\n'),
  );
  const keys = 'aws_access_key_id = AKIDPROFILE\naws_secret_access_key = s\n';
  writeFileSync(
    join(home, '.aws/credentials'),
    ['default', 'fips', 'dualstack', 'app'].map((p) => `[${p}]\n${keys}`).join(''),
  );
  proxy = await startProxy();
  emulator = (await startEmulator(0, {})) as Emulator;
});
afterAll(async () => {
  await proxy.close();
  await emulator.close();
});

const ENV = () => ({
  HOME: home,
  AWS_PAGER: '',
  HTTPS_PROXY: proxy.url,
  AWS_MAX_ATTEMPTS: '1',
  AWS_EC2_METADATA_DISABLED: 'true',
});
const ARGS = ['--transform-id', 'tfm-1', '--input-s3-path', 's3://b/k'];

describe('endpoint settings follow the selected profile', () => {
  test.each([
    ['--profile', ['--profile', 'fips'], {}, 'glue-fips.us-east-1.amazonaws.com:443'],
    ['AWS_PROFILE', [], { AWS_PROFILE: 'fips' }, 'glue-fips.us-east-1.amazonaws.com:443'],
    ['AWS_DEFAULT_PROFILE', [], { AWS_DEFAULT_PROFILE: 'fips' }, 'glue-fips.us-east-1.amazonaws.com:443'],
    ['--profile (dual-stack)', ['--profile', 'dualstack'], {}, 'glue.eu-west-1.api.aws:443'],
  ])('use_fips_endpoint / use_dualstack_endpoint through %s', async (_how, extra, env, host) => {
    const before = proxy.seen.length;
    const r = await runBin([...ARGS, ...extra], { ...ENV(), ...env });
    expect(proxy.seen.slice(before)).toEqual([`CONNECT ${host}`]);
    expect(r.code).toBe(255);
    expect(r.stderr).toBe(`\nFailed to connect to proxy URL: "${proxy.url}"\n`);
  });

  test('[default] alone: the standard endpoint', async () => {
    const before = proxy.seen.length;
    await runBin(ARGS, ENV());
    expect(proxy.seen.slice(before)).toEqual(['CONNECT glue.us-east-1.amazonaws.com:443']);
  });
});

describe('sdk_ua_app_id follows the selected profile', () => {
  const userAgent = () => String(emulator.requests.at(-1)?.headers['user-agent']);
  test.each([
    ['--profile app', ['--profile', 'app'], {}, 'app/ci-labels'],
    ['AWS_PROFILE=app', [], { AWS_PROFILE: 'app' }, 'app/ci-labels'],
    ['[default]', [], {}, 'app/from-default'],
    ['AWS_SDK_UA_APP_ID over the profile', ['--profile', 'app'], { AWS_SDK_UA_APP_ID: 'from-env' }, 'app/from-env'],
  ])('%s', async (_how, extra, env, expected) => {
    const r = await runBin([...ARGS, '--endpoint-url', emulator.url, ...extra], { ...ENV(), HTTPS_PROXY: '', ...env });
    expect(r.code).toBe(0);
    expect(userAgent()).toContain(expected);
    for (const other of ['app/ci-labels', 'app/from-default', 'app/from-env'].filter((x) => x !== expected))
      expect(userAgent()).not.toContain(other);
  });
});
