import { describe, expect, test } from 'vitest';
import type { CliError } from '../../../src/errors.js';
import { checkLabelsBeforeImport, MAX_LABELS_BYTES, type ObjectAnswer } from '../../../src/labels/preflight.js';

const GOOD = 'labeling_set_id,label,id\n1,A,1\n1,A,2\n';
const missing = (over: Partial<Extract<ObjectAnswer, { ok: false }>>): ObjectAnswer => ({
  ok: false,
  code: 'Other',
  message: 'm',
  status: 500,
  bucketRegion: undefined,
  ...over,
});

/** The check with an S3 that answers `object`, a bucket in `bucketRegion`, and a schema of one column. */
function check(path: string, object: ObjectAnswer, { bucketRegion = 'us-east-1' as string | undefined } = {}) {
  const warnings: string[] = [];
  const asked: { bucket: string; key: string; maxBytes: number }[] = [];
  const run = checkLabelsBeforeImport(path, 'us-east-1', {
    schema: async () => [{ Name: 'id' }],
    getObject: async (bucket, key, maxBytes) => {
      asked.push({ bucket, key, maxBytes });
      return object;
    },
    bucketRegion: async () => bucketRegion,
    warn: (line) => void warnings.push(line),
  });
  return { run, warnings, asked };
}
const bytes = (text: string) => new TextEncoder().encode(text);
const failure = async (run: Promise<unknown>) =>
  run.then(
    () => expect.unreachable('the check passed'),
    (error: CliError) => ({ code: error.exitCode, message: error.message }),
  );

describe('checkLabelsBeforeImport', () => {
  test('a good file: the object asked for by bucket and key, capped; a summary for --dry-run', async () => {
    const { run, asked, warnings } = check('s3://b/dir/l.csv', { ok: true, bytes: bytes(GOOD) });
    expect(await run).toBe(
      "labels file s3://b/dir/l.csv: 37 bytes, UTF-8, header and rows match the transform's schema (1 column)",
    );
    expect(asked).toEqual([{ bucket: 'b', key: 'dir/l.csv', maxBytes: MAX_LABELS_BYTES }]);
    expect(warnings).toEqual([]);
  });

  test('advice is printed, one line each, and the import goes on', async () => {
    const { run, warnings } = check('s3://b/l.csv', { ok: true, bytes: bytes('labeling_set_id,label,id\n1,A,1\n') });
    await run;
    expect(warnings).toEqual([
      'labels file s3://b/l.csv: labeling set 1: a single row, which teaches the transform nothing (a set needs 2 or more)',
    ]);
  });

  test('problems: 252, one line each, named by the file', async () => {
    const { run } = check('s3://b/l.csv', { ok: true, bytes: bytes('labeling_set_id,label,id\n,A,1\n1,,2\n') });
    expect(await failure(run)).toEqual({
      code: 252,
      message:
        'labels file s3://b/l.csv: line 2: labeling_set_id is empty\nlabels file s3://b/l.csv: line 3: label is empty',
    });
  });

  test('not an s3://bucket/key path: 252, and S3 is not asked', async () => {
    const { run, asked } = check('s3://bucket-only', { ok: true, bytes: bytes(GOOD) });
    expect(await failure(run)).toEqual({
      code: 252,
      message: 'labels file s3://bucket-only: not an s3://bucket/key path (Glue: "Invalid label file path.")',
    });
    expect(asked).toEqual([]);
  });

  test('a bucket in another region: 252 before the object is read; the same region or an unknown one reads it', async () => {
    const other = check('s3://b/l.csv', { ok: true, bytes: bytes(GOOD) }, { bucketRegion: 'eu-west-1' });
    expect(await failure(other.run)).toEqual({
      code: 252,
      message:
        'labels file s3://b/l.csv: the bucket is in eu-west-1, the transform in us-east-1 (Glue: "S3 path provided is not in the same region as transform.")',
    });
    expect(other.asked).toEqual([]);
    const unknown = check('s3://b/l.csv', { ok: true, bytes: bytes(GOOD) }, { bucketRegion: undefined });
    await unknown.run;
    expect(unknown.asked).toHaveLength(1);
  });

  test.each([
    [
      'NoSuchKey',
      missing({ code: 'NoSuchKey', status: 404 }),
      252,
      'it does not exist (NoSuchKey; Glue: "Cannot access the label file at …")',
    ],
    [
      'NoSuchBucket',
      missing({ code: 'NoSuchBucket', status: 400 }),
      252,
      'it does not exist (NoSuchBucket; Glue: "Cannot access the label file at …")',
    ],
    [
      'a bare 404',
      missing({ code: 'NotFound', status: 404 }),
      252,
      'it does not exist (NotFound; Glue: "Cannot access the label file at …")',
    ],
    [
      'AccessDenied',
      missing({ code: 'AccessDenied', status: 400 }),
      254,
      'access denied (AccessDenied). --check-labels reads the file and needs s3:GetObject on it; leave --check-labels off to import without the check.',
    ],
    [
      'a bare 403',
      missing({ code: 'Forbidden', status: 403 }),
      254,
      'access denied (Forbidden). --check-labels reads the file and needs s3:GetObject on it; leave --check-labels off to import without the check.',
    ],
    [
      'a redirect to the bucket’s region',
      missing({ code: 'PermanentRedirect', status: 301, bucketRegion: 'eu-west-1' }),
      252,
      'the bucket is in eu-west-1 (Glue: "S3 path provided is not in the same region as transform.")',
    ],
    [
      'a redirect without a region',
      missing({ code: 'PermanentRedirect', status: 301, message: 'moved' }),
      255,
      'S3 answered PermanentRedirect: moved',
    ],
    [
      'a region header on another status',
      missing({ code: 'X', status: 400, bucketRegion: 'eu-west-1', message: 'bad' }),
      255,
      'S3 answered X: bad',
    ],
    ['too large', missing({ code: 'TooLarge', status: 200 }), 252, 'larger than 64 MiB; too large to check'],
    [
      'anything else, control characters escaped',
      missing({ code: 'Slow\x1bDown', status: 503, message: 'a\rb' }),
      255,
      'S3 answered Slow\\x1bDown: a\\rb',
    ],
  ])('%s', async (_name, answer, code, message) => {
    const { run } = check('s3://b/l.csv', answer);
    expect(await failure(run)).toEqual({ code, message: `labels file s3://b/l.csv: ${message}` });
  });
});
