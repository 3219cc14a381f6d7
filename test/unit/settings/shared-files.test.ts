import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GeneralError } from '../../../src/errors.js';
import { parseIni } from '../../../src/python/configparser.js';
import { readBounded } from '../../../src/read-file.js';
import {
  buildSharedFiles,
  profileExists,
  profileSettings,
  readSharedFiles,
} from '../../../src/settings/shared-files.js';
import { mismatches, readCases } from '../python/fixtures/read.js';

function filesIn(config: string, credentials: string) {
  const dir = mkdtempSync(join(tmpdir(), 'gil-files-'));
  writeFileSync(join(dir, 'config'), config);
  writeFileSync(join(dir, 'credentials'), credentials);
  const env = { AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials') };
  return { dir, io: { env, homedir: '/nonexistent', readFile: readBounded } };
}

describe('readSharedFiles', () => {
  test('reads both files once; a missing file is empty', async () => {
    const { io } = filesIn('[profile p]\nregion = r\n', '[q]\naws_access_key_id = k\n');
    const files = await readSharedFiles(io);
    expect(profileSettings(files, 'p')).toEqual({ region: 'r' });
    expect(profileExists(files, 'q')).toBe(true);
    expect(profileExists(files, 'nope')).toBe(false);
    expect(files.sdkTexts()[files.configPath]).toBe('[profile p]\nregion = r\n');
    const missing = await readSharedFiles({
      ...io,
      env: { AWS_CONFIG_FILE: '/nonexistent/c', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/k' },
    });
    expect([...missing.profiles]).toEqual([]);
  });

  test("an unparseable file is aws-cli's one line naming it (255)", async () => {
    const { io, dir } = filesIn('region = x\n', '');
    await expect(readSharedFiles(io)).rejects.toThrow(GeneralError);
    await expect(readSharedFiles(io)).rejects.toThrow(`Unable to parse config file: ${join(dir, 'config')}`);
  });

  test('a FIFO or a device is skipped as botocore skips it (never opened, so nothing blocks)', async () => {
    const { io, dir } = filesIn('', '');
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const path of [fifo, '/dev/zero', '/dev/null']) {
      const files = await readSharedFiles({ ...io, env: { AWS_CONFIG_FILE: path, AWS_SHARED_CREDENTIALS_FILE: path } });
      expect([...files.profiles]).toEqual([]);
    }
  });

  test('a regular file over 16 MiB is refused with a one-line 255, not read into memory', async () => {
    const { io, dir } = filesIn('', '');
    const big = join(dir, 'big');
    writeFileSync(big, `[default]\n${'# padding\n'.repeat(1_700_000)}`);
    await expect(readSharedFiles({ ...io, env: { AWS_CONFIG_FILE: big } })).rejects.toThrow(
      `The config file ${big} is larger than 16 MiB.`,
    );
  });

  test("botocore's profile map: [profile NAME] and [default] are profiles, [NAME] in the config file is not", async () => {
    const { io } = filesIn(
      '[profile a]\nregion = ra\n[b]\nregion = rb\n[profile "c d"]\nregion = rc\n[profile x y z]\n',
      '',
    );
    const files = await readSharedFiles(io);
    expect([...files.profiles.keys()]).toEqual(['a', 'c d']);
  });
  test('the credentials file updates the profile of the same name (a region there counts)', async () => {
    const { io } = filesIn(
      '[default]\nregion = from-config\noutput = text\n',
      '[default]\nregion = from-credentials\n',
    );
    expect(profileSettings(await readSharedFiles(io), 'default')).toEqual({
      region: 'from-credentials',
      output: 'text',
    });
  });
  test('AWS_CONFIG_FILE set but empty reads no file; $VARS in the path are expanded', async () => {
    const { io, dir } = filesIn('[default]\nregion = r\n', '');
    expect([...(await readSharedFiles({ ...io, env: { ...io.env, AWS_CONFIG_FILE: '' } })).profiles]).toEqual([]);
    const viaVar = await readSharedFiles({ ...io, env: { ...io.env, AWS_CONFIG_FILE: '$D/config', D: dir } });
    expect(profileSettings(viaVar, 'default')).toEqual({ region: 'r' });
  });
});

// Differential: aws-cli 2.9.19's botocore (raw_config_parse, then build_profile_map) on config files of
// seeded section headers — quoted and odd profile names, `profile` alone, tabs, Unicode spaces, sections
// that are not profiles (python/fixtures/reference.py): the profiles, in order, with their keys.
describe('the profile map agrees with botocore on generated config files (python/fixtures/profiles.jsonl)', () => {
  test('every case', () => {
    const cases = readCases<{ text: string; profiles: [string, unknown][] }>('profiles.jsonl');
    expect(cases.length).toBeGreaterThan(200);
    const wrong = mismatches(cases, (c) => {
      const files = buildSharedFiles(parseIni(c.text), parseIni(''), {
        configPath: '/c',
        credentialsPath: '/k',
        env: {},
        homedir: '/h',
      });
      return { got: [...files.profiles], want: c.profiles };
    });
    expect(wrong).toEqual([]);
  });
});

// The SDK's credential providers read the shared files themselves; sdkTexts() hands them our one
// parse, under every path the SDK computes for each file, with the config file in canonical form.
describe('the texts handed to the SDK', () => {
  const where = (env: Record<string, string>) => ({ configPath: '/c', credentialsPath: '/k', env, homedir: '/h/' });

  test("under the SDK's paths: the variable as given, with a leading ~/ expanded, or ~/.aws/* of the home folder", () => {
    const config = parseIni('[default]\nregion = r\n');
    const credentials = parseIni('[default]\naws_access_key_id = k\n');
    const byDefault = buildSharedFiles(config, credentials, where({})).sdkTexts();
    expect(Object.keys(byDefault).sort()).toEqual(['/c', '/h/.aws/config', '/h/.aws/credentials', '/k']);
    expect(byDefault['/h/.aws/config']).toBe('[default]\nregion = r\n');
    expect(byDefault['/h/.aws/credentials']).toBe('[default]\naws_access_key_id = k\n');
    const named = buildSharedFiles(
      config,
      credentials,
      where({ AWS_CONFIG_FILE: '~/cfg', AWS_SHARED_CREDENTIALS_FILE: '/abs/creds' }),
    ).sdkTexts();
    expect(Object.keys(named).sort()).toEqual(['/abs/creds', '/c', '/h/cfg', '/k', '~/cfg']);
    expect(named['~/cfg']).toBe(named['/h/cfg']);
    expect(named['/abs/creds']).toBe('[default]\naws_access_key_id = k\n');
  });

  test('built once; the config file with canonical section names, nested blocks kept, line breaks as spaces', () => {
    const config = parseIni(
      '[profile  a]\nregion = r\n[sso-session s]\nsso_region = x\n[services svc]\nglue =\n  endpoint_url = http://127.0.0.1:9\n' +
        '[default]\nnote = one\n  two\n[sso-session]\nk = v\n[services]\nk = v\n[other]\nk = v\n',
    );
    const files = buildSharedFiles(config, parseIni(''), where({}));
    const texts = files.sdkTexts();
    expect(files.sdkTexts()).toBe(texts);
    expect(texts['/c']).toBe(
      '[profile a]\nregion = r\n[default]\nnote = one two\n[sso-session s]\nsso_region = x\n' +
        '[services svc]\nglue =\n  endpoint_url = http://127.0.0.1:9\n',
    );
    expect([...files.services.keys()]).toEqual(['svc']);
  });

  test('profileSettings leaves nested blocks out; a section name shlex cannot split is not a profile', () => {
    const files = buildSharedFiles(
      parseIni('[default]\ns3 =\n  addressing_style = path\nregion = r\n[profile "open]\nregion = q\n'),
      parseIni(''),
      where({}),
    );
    expect(profileSettings(files, 'default')).toEqual({ region: 'r' });
    expect([...files.profiles.keys()]).toEqual(['default']);
  });
});
