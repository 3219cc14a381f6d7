import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator } from '../../dist/emulator.cjs';
import type { Emulator } from '../../src/emulator/server.js';
import { ISOLATED_ENV } from '../support/fake-io.js';
import { runBin } from '../support/run-bin.js';

// Offline: the emulator serves S3 buckets from a folder; its imports read the labels file there and
// fail as Glue does on a bad one; its exports write there. --backup-labels-to and --check-labels
// against it, with nothing but Node.

const GOOD = 'labeling_set_id,label,id,name,email\ns1,A,1,x,x@e\ns1,A,2,y,y@e\n';
const OLD = 'labeling_set_id,label,id,name,email\nold,A,9,o,o@e\nold,A,8,p,p@e\n';
const ENV = ISOLATED_ENV;

let emulator: Emulator;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gil-buckets-'));
  for (const bucket of ['labels', 'backups']) mkdirSync(join(root, bucket));
  writeFileSync(join(root, 'labels/good.csv'), GOOD);
  writeFileSync(join(root, 'labels/old.csv'), OLD);
  writeFileSync(join(root, 'labels/bad.csv'), 'labeling_set_id,label,id,name\ns1,A,1,x\n');
  emulator = (await startEmulator(0, { faults: true, phaseMs: 0, buckets: root })) as Emulator;
});
afterAll(() => emulator.close());

const run = (args: string[]) =>
  runBin([...args, '--endpoint-url', emulator.url], { ...ENV, AWS_ENDPOINT_URL_S3: emulator.url });
const glue = (transform: string) =>
  emulator.requests
    .filter((q) => q.target && JSON.parse(q.body || '{}').TransformId === transform)
    .map((q) => q.target?.replace('AWSGlue.', ''));

describe('the emulator reads the labels file', () => {
  test('a bad file: the import ends FAILED with Glue’s kind of ErrorString', async () => {
    const r = await run([
      '--transform-id',
      'tfm-read-bad',
      '--input-s3-path',
      's3://labels/bad.csv',
      '--wait',
      '--no-progress',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /ended FAILED: Invalid label file s3:\/\/labels\/bad\.csv: line 1: the columns after label/,
    );
  });

  test('a missing file: FAILED, "Cannot access the label file at …"', async () => {
    const r = await run([
      '--transform-id',
      'tfm-read-missing',
      '--input-s3-path',
      's3://labels/none.csv',
      '--wait',
      '--no-progress',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('ended FAILED: Cannot access the label file at s3://labels/none.csv.');
  });

  test('--check-labels catches the bad file before anything starts, offline', async () => {
    const r = await run([
      '--transform-id',
      'tfm-read-check',
      '--input-s3-path',
      's3://labels/bad.csv',
      '--check-labels',
    ]);
    expect(r.code).toBe(252);
    expect(glue('tfm-read-check')).toEqual(['GetMLTransform']);
  });

  test('a bucket that denies access: --check-labels says what it needs (254)', async () => {
    const r = await run([
      '--transform-id',
      'tfm-read-denied',
      '--input-s3-path',
      's3://denied-bucket/x.csv',
      '--check-labels',
    ]);
    expect(r.code).toBe(254);
    expect(r.stderr).toContain('needs s3:GetObject on it; leave --check-labels off to import without the check.');
    expect(glue('tfm-read-denied')).toEqual([]);
  });
});

describe('--backup-labels-to', () => {
  test('exports the current labels and waits for the export to succeed, then replaces them', async () => {
    const t = 'tfm-backup-ok';
    expect(
      (await run(['--transform-id', t, '--input-s3-path', 's3://labels/old.csv', '--wait', '--no-progress'])).code,
    ).toBe(0);
    const r = await run([
      '--transform-id',
      t,
      '--input-s3-path',
      's3://labels/good.csv',
      '--replace-all-labels',
      '--backup-labels-to',
      's3://backups/before-replace.csv',
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, 'backups/before-replace.csv'), 'utf8')).toBe(OLD);
    const sent = glue(t);
    const exportAt = sent.indexOf('StartExportLabelsTaskRun');
    const importAt = sent.lastIndexOf('StartImportLabelsTaskRun');
    expect(exportAt).toBeGreaterThan(0);
    expect(sent.slice(exportAt + 1, importAt)).toContain('GetMLTaskRun');
    expect(importAt).toBeGreaterThan(exportAt);
    expect(r.stderr).toContain(
      `Backing up the labels of ${t} to s3://backups/before-replace.csv first (export task run tfr-`,
    );
  });

  test('an export that fails: nothing is imported, so nothing is replaced', async () => {
    const r = await run([
      '--transform-id',
      'tfm-export-failed',
      '--input-s3-path',
      's3://labels/good.csv',
      '--replace-all-labels',
      '--backup-labels-to',
      's3://backups/x.csv',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('ended FAILED: Cannot write to s3://backups/x.csv: Access Denied.');
    expect(r.stderr).toContain(
      'The backup (--backup-labels-to) did not succeed: nothing was imported, the labels are as they were.',
    );
    expect(glue('tfm-export-failed')).not.toContain('StartImportLabelsTaskRun');
  });

  test('without --replace-all-labels there is nothing to back up: 252, nothing sent', async () => {
    const r = await run([
      '--transform-id',
      'tfm-backup-no',
      '--input-s3-path',
      's3://labels/good.csv',
      '--backup-labels-to',
      's3://backups/y.csv',
    ]);
    expect(r.code).toBe(252);
    expect(r.stderr).toContain('--backup-labels-to is only valid with --replace-all-labels');
    expect(glue('tfm-backup-no')).toEqual([]);
  });

  test('with --dry-run the plan says the export comes first; nothing is sent', async () => {
    const r = await run([
      '--transform-id',
      'tfm-backup-dry',
      '--input-s3-path',
      's3://labels/good.csv',
      '--replace-all-labels',
      '--backup-labels-to',
      's3://backups/z.csv',
      '--dry-run',
      '--query',
      'Then[0]',
      '--output',
      'text',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'first StartExportLabelsTaskRun to s3://backups/z.csv, waiting for it to succeed (if it does not, nothing is imported)\n',
    );
    expect(glue('tfm-backup-dry')).toEqual([]);
  });
});
