import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GeneralError } from '../../../src/errors.js';
import { configProfile, profileExists, readSharedFiles } from '../../../src/settings/shared-files.js';

function filesIn(config: string, credentials: string) {
  const dir = mkdtempSync(join(tmpdir(), 'gil-files-'));
  writeFileSync(join(dir, 'config'), config);
  writeFileSync(join(dir, 'credentials'), credentials);
  const env = { AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials') };
  return { dir, io: { env, homedir: '/nonexistent', readFile: (path: string) => readFileSync(path) } };
}

describe('readSharedFiles', () => {
  test('reads both files once; a missing file is empty', () => {
    const { io } = filesIn('[profile p]\nregion = r\n', '[q]\naws_access_key_id = k\n');
    const files = readSharedFiles(io);
    expect(configProfile(files.config, 'p')).toEqual({ region: 'r' });
    expect(profileExists(files, 'q')).toBe(true);
    expect(profileExists(files, 'nope')).toBe(false);
    const missing = readSharedFiles({
      ...io,
      env: { AWS_CONFIG_FILE: '/nonexistent/c', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/k' },
    });
    expect(missing.config).toEqual({});
  });
  test("an unparseable file is aws-cli's one line naming it (255)", () => {
    const { io, dir } = filesIn('region = x\n', '');
    expect(() => readSharedFiles(io)).toThrow(GeneralError);
    expect(() => readSharedFiles(io)).toThrow(`Unable to parse config file: ${join(dir, 'config')}`);
  });
  test('[profile default] stands in for [default]; [NAME] for [profile NAME]', () => {
    expect(configProfile({ 'profile default': { a: '1' } }, 'default')).toEqual({ a: '1' });
    expect(configProfile({ x: { b: '2' } }, 'x')).toEqual({ b: '2' });
  });
});
