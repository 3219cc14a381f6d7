import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { bin } from '../support/run-bin.js';
import { spawnMeasured } from '../support/spawn-measured.js';

// Files a user (or a mistake) can hand the tool: devices, FIFOs, loops, huge files, alias bombs.
// Each ends in one line and a documented code within bounded memory, and nothing is sent after an
// input error.

const dir = mkdtempSync(join(tmpdir(), 'gil-hostile-'));
const keys = {
  PATH: process.env['PATH'] ?? '',
  HOME: dir,
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_PAGER: '',
};
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator(0, { deterministicIds: true });
});
afterAll(() => emulator.close());

const fifo = join(dir, 'fifo');
const loop = join(dir, 'loop');
const huge = join(dir, 'huge');
const bomb = join(dir, 'bomb.yaml');
execFileSync('mkfifo', [fifo]);
symlinkSync(loop, loop);
writeFileSync(huge, '');
truncateSync(huge, 20 * 1024 * 1024);
{
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++)
    levels.push(
      `l${i}: &l${i} [${Array(10)
        .fill(i === 1 ? '*a' : `*l${i - 1}`)
        .join(', ')}]`,
    );
  writeFileSync(bomb, `${levels.join('\n')}\nTransformId: *l11\n`);
}

async function run(args: string[], env: Record<string, string> = {}) {
  const before = emulator.requests.length;
  const result = await spawnMeasured(
    [process.execPath, bin, ...args, '--endpoint-url', emulator.url],
    { ...keys, ...env },
    dir,
  );
  return { ...result, sent: emulator.requests.length - before };
}

const call = ['--transform-id', 'tfm-1', '--input-s3-path', 's3://b/k'];

describe('hostile paramfiles and documents: 252, one line, nothing sent', () => {
  test.each([
    ['/dev/zero', ['--transform-id', 'file:///dev/zero', '--input-s3-path', 's'], 'the file is larger than 16 MiB'],
    ['a 20 MB file', ['--cli-input-json', `file://${huge}`], 'the file is larger than 16 MiB'],
    [
      'a symlink loop',
      ['--transform-id', `file://${loop}`, '--input-s3-path', 's'],
      '[Errno 40] Too many levels of symbolic links',
    ],
    ['a directory', ['--transform-id', `file://${dir}`, '--input-s3-path', 's'], '[Errno 21] Is a directory'],
    ['a YAML alias bomb', ['--cli-input-yaml', `file://${bomb}`], 'expands to more than 100000 values'],
  ])('%s', async (_name, args, line) => {
    const result = await run(args);
    expect(result.code).toBe(252);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(line);
    expect(result.sent).toBe(0);
    expect(result.peakMiB).toBeLessThan(200);
  });
});

describe('hostile shared files', () => {
  test.each([
    ['/dev/zero', '/dev/zero'],
    ['a FIFO nobody writes to', fifo],
  ])('%s as the config and credentials files is skipped, as aws-cli skips it', async (_name, path) => {
    const result = await run([...call, '--output', 'text'], {
      AWS_CONFIG_FILE: path,
      AWS_SHARED_CREDENTIALS_FILE: path,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^tfr-[0-9a-f]{32}\n$/);
    expect(result.peakMiB).toBeLessThan(200);
  });

  test('without keys, /dev/zero files are not read by the SDK either: no credentials (253)', async () => {
    const result = await run(call, {
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_CONFIG_FILE: '/dev/zero',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/zero',
    });
    expect(result.code).toBe(253);
    expect(result.stderr).toContain('Unable to locate credentials');
    expect(result.sent).toBe(0);
    expect(result.peakMiB).toBeLessThan(200);
  });

  test('a config file over 16 MiB is one line (255), not 1 GB of memory', async () => {
    const result = await run(call, { AWS_CONFIG_FILE: huge });
    expect(result.code).toBe(255);
    expect(result.stderr).toBe(`\nThe config file ${huge} is larger than 16 MiB.\n`);
    expect(result.sent).toBe(0);
    expect(result.peakMiB).toBeLessThan(200);
  });

  test('/dev/zero as the CA bundle of an https endpoint is one line (255)', async () => {
    const result = await spawnMeasured(
      [process.execPath, bin, ...call, '--endpoint-url', 'https://127.0.0.1:9', '--ca-bundle', '/dev/zero'],
      keys,
    );
    expect(result.code).toBe(255);
    expect(result.stderr).toBe('\nThe CA bundle /dev/zero is larger than 16 MiB.\n');
    expect(result.peakMiB).toBeLessThan(200);
  });

  test('a line break in AWS_SESSION_TOKEN is refused at once, naming the variable and nothing of its value', async () => {
    const result = await run(call, { AWS_SESSION_TOKEN: 'FQoGZXIvYXdzE\r\nINJECTED' });
    expect(result.code).toBe(255);
    expect(result.stderr).toBe(
      '\nThe environment variable AWS_SESSION_TOKEN contains a line break or another control character; fix its value.\n',
    );
    expect(result.stderr).not.toContain('FQoG');
    expect(result.sent).toBe(0);
  });
});
