import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { root } from '../support/run-bin.js';

// The package as a user gets it: `npm pack` (of the dist/ this run built), installed with production
// dependencies only into an empty prefix, its bins run from another folder.

const scratch = mkdtempSync(join(tmpdir(), 'gil-package-'));
const prefix = join(scratch, 'prefix');
const elsewhere = mkdtempSync(join(tmpdir(), 'gil-elsewhere-'));
let emulator: Emulator;
let tarball: string;
let files: string[];

/** Bytes under a folder (apparent sizes, as `du --apparent-size` counts). */
function bytesUnder(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sum + bytesUnder(path);
    return entry.isFile() ? sum + statSync(path).size : sum;
  }, 0);
}

beforeAll(async () => {
  emulator = await startEmulator(0, { transforms: ['tfm-pack'] });
  // --ignore-scripts: this suite's build is the one packed (prepack would rebuild dist/ under the other tests).
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as { filename: string; files: { path: string }[] }[];
  tarball = join(scratch, packed[0]?.filename ?? '');
  files = (packed[0]?.files ?? []).map((f) => f.path).sort();
  execFileSync(
    'npm',
    ['install', '--prefix', prefix, '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--no-save', tarball],
    { cwd: scratch, encoding: 'utf8', stdio: 'pipe' },
  );
}, 180_000);
afterAll(() => emulator.close());

const installedBin = (name: string): string => join(prefix, 'node_modules/.bin', name);
/** Runs an installed bin (asynchronously: the emulator answers from this process). */
function run(name: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(installedBin(name), args, {
      cwd: elsewhere,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: elsewhere,
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('the packed package', () => {
  test('ships what runs, the man pages, the licence and the notices; no test metadata', () => {
    expect(files).toContain('dist/cli.cjs');
    expect(files).toContain('dist/sender.cjs');
    expect(files).toContain('dist/man/start-import-labels-task-run.1');
    expect(files).toContain('dist/THIRD-PARTY-NOTICES.md');
    expect(files).toContain('LICENSE');
    expect(files).toContain('CHANGELOG.md');
    expect(files).toContain('bin/glue-import-labels-completion.cjs');
    expect(files).not.toContain('dist/meta.json');
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  test('installs with production dependencies only, under 6 MB of node_modules', () => {
    const installed = readdirSync(join(prefix, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toContain('glue-import-labels');
    expect(installed).not.toContain('@aws-sdk');
    expect(installed).not.toContain('commander');
    expect(bytesUnder(join(prefix, 'node_modules'))).toBeLessThan(6 * 1024 * 1024);
  });

  test('the bins run from another folder: --version, a skeleton, a full call, completion', async () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    expect((await run('start-import-labels-task-run', ['--version'])).stdout).toMatch(
      new RegExp(`^start-import-labels-task-run/${version.replace(/\./g, '\\.')} aws-sdk-js/`),
    );
    expect(JSON.parse((await run('start-import-labels-task-run', ['--generate-cli-skeleton'])).stdout)).toEqual({
      TransformId: '',
      InputS3Path: '',
      ReplaceAllLabels: false,
    });
    const call = await run('start-import-labels-task-run', [
      '--transform-id',
      'tfm-pack',
      '--input-s3-path',
      's3://b/k',
      '--endpoint-url',
      emulator.url,
      '--output',
      'text',
    ]);
    expect(call).toEqual({ code: 0, stdout: expect.stringMatching(/^tfr-[0-9a-f]{32}\n$/), stderr: '' });
    const id = call.stdout.trim();
    const get = await run('get-ml-task-run', [
      '--transform-id',
      'tfm-pack',
      '--task-run-id',
      id,
      '--endpoint-url',
      emulator.url,
    ]);
    expect(JSON.parse(get.stdout).TaskRunId).toBe(id);
    expect((await run('glue-import-labels-completion', ['bash'])).stdout).toContain('complete -F _glue_import_labels');
    expect(existsSync(join(prefix, 'node_modules/glue-import-labels/dist/man/get-ml-task-run.1'))).toBe(true);
  });
});
