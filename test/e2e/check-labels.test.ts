import http from 'node:http';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator } from '../../dist/emulator.cjs';
import type { Emulator } from '../../src/emulator/server.js';
import { ISOLATED_ENV } from '../support/fake-io.js';
import { runBin } from '../support/run-bin.js';
import { startMoto } from '../support/services.js';

// --check-labels against real S3 (moto_server on loopback) and the Glue emulator, whose transforms
// have the schema id, name, email unless told otherwise.

const HEADER = 'labeling_set_id,label,id,name,email';
const rows = (set: string, n: number, label = 'A') =>
  Array.from({ length: n }, (_, i) => `${set},${label},${set}-${i},name ${i},e${i}@example.com`).join('\n');
const FIXTURES: Record<string, string | Buffer> = {
  'good.csv': `${HEADER}\n${rows('s1', 12)}\n${rows('s2', 10, 'B')}\n`,
  'bom.csv': `\ufeff${HEADER}\n${rows('s1', 3)}\n`,
  'cp1252.csv': Buffer.from(`${HEADER}\ns1,A,1,Caf\xe9 du Monde,x@example.com\n`, 'latin1'),
  'empty.csv': '',
  'ragged.csv': `${HEADER}\ns1,A,1,n,e\ns1,A,2,n\ns1,A,3,n,e,extra\n`,
  'wrong-header.csv': `set,label,id,name,email\ns1,A,1,n,e\n`,
  'schema.csv': `labeling_set_id,label,id,full_name\ns1,A,1,n\n`,
  'empty-fields.csv': `${HEADER}\n,A,1,n,e\ns1,,2,n,e\n`,
  'big-sets.csv': `${HEADER}\n${rows('big', 35)}\n${rows('huge', 55)}\n${rows('lonely', 1)}\n${rows('fine', 12)}\n`,
  'many-problems.csv': `${HEADER}\n${Array.from({ length: 30 }, (_, i) => `,A,${i},n,e`).join('\n')}\n`,
};

const ENV = ISOLATED_ENV;

let moto: { url: string; stop(): void };
let emulator: Emulator;
beforeAll(async () => {
  moto = await startMoto();
  emulator = (await startEmulator(0, { faults: true })) as Emulator;
  const s3 = (region: string) =>
    new S3Client({
      region,
      endpoint: moto.url,
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    });
  const us = s3('us-east-1');
  await us.send(new CreateBucketCommand({ Bucket: 'labels' }));
  for (const [key, body] of Object.entries(FIXTURES))
    await us.send(new PutObjectCommand({ Bucket: 'labels', Key: key, Body: body }));
  const eu = s3('eu-west-1');
  await eu.send(
    new CreateBucketCommand({ Bucket: 'labels-eu', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }),
  );
  await eu.send(new PutObjectCommand({ Bucket: 'labels-eu', Key: 'good.csv', Body: FIXTURES['good.csv'] }));
  us.destroy();
  eu.destroy();
}, 30_000);
afterAll(async () => {
  moto?.stop();
  await emulator?.close();
});

/** Runs a start of `path` with --check-labels for transform `transform`; returns the result and what Glue got. */
async function check(path: string, extra: string[] = [], env: Record<string, string> = {}) {
  const transform = `tfm-check-${Math.random().toString(36).slice(2)}`;
  const r = await runBin(
    ['--transform-id', transform, '--input-s3-path', path, '--endpoint-url', emulator.url, '--check-labels', ...extra],
    { ...ENV, AWS_ENDPOINT_URL_S3: moto.url, ...env },
  );
  const glue = emulator.requests
    .filter((q) => JSON.parse(q.body || '{}').TransformId === transform)
    .map((q) => q.target?.replace('AWSGlue.', ''));
  return { ...r, glue };
}

describe('--check-labels', () => {
  test('a good file: checked against the schema, then imported', async () => {
    const r = await check('s3://labels/good.csv');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).TaskRunId).toMatch(/^tfr-/);
    expect(r.glue).toEqual(['GetMLTransform', 'StartImportLabelsTaskRun']);
  });

  test("a transform Glue does not know: GetMLTransform's error, and nothing started", async () => {
    const r = await runBin(
      ['--transform-id', 'tfm-notfound-check', '--input-s3-path', 's3://labels/good.csv', '--check-labels'],
      { ...ENV, AWS_ENDPOINT_URL_S3: moto.url, AWS_ENDPOINT_URL_GLUE: emulator.url },
    );
    expect(r.code).toBe(254);
    expect(r.stderr).toContain('(EntityNotFoundException) when calling the GetMLTransform operation');
    const glue = emulator.requests.filter((q) => JSON.parse(q.body || '{}').TransformId === 'tfm-notfound-check');
    expect(glue.map((q) => q.target)).toEqual(['AWSGlue.GetMLTransform']);
  });

  test.each([
    ['bom.csv', ['line 1: the file starts with a UTF-8 byte-order mark (EF BB BF)']],
    ['cp1252.csv', ['line 2: byte 0xE9 at column 11 is not UTF-8; the file looks like cp1252 (Windows-1252)']],
    ['empty.csv', ['the file is empty (Glue: "Invalid label file of size 0.")']],
    ['ragged.csv', ['line 3: 4 fields; the header has 5', 'line 4: 6 fields; the header has 5']],
    ['wrong-header.csv', ['line 1: the first two columns must be labeling_set_id,label (they are set,label)']],
    [
      'schema.csv',
      [
        "line 1: the columns after label must be the transform's schema (id,name,email): missing name, email; not in the schema full_name",
      ],
    ],
    ['empty-fields.csv', ['line 2: labeling_set_id is empty', 'line 3: label is empty']],
  ])('%s: one line per problem with its line number, exit 252, no start', async (file, lines) => {
    const r = await check(`s3://labels/${file}`);
    expect(r.code).toBe(252);
    expect(r.stdout).toBe('');
    const printed = r.stderr.trim().split('\n');
    for (const line of lines)
      expect(printed.some((p) => p.startsWith(`labels file s3://labels/${file}: ${line}`))).toBe(true);
    expect(printed).toHaveLength(lines.length);
    expect(r.glue).not.toContain('StartImportLabelsTaskRun');
  });

  test('many problems: the first 20, then how many more', async () => {
    const r = await check('s3://labels/many-problems.csv');
    expect(r.code).toBe(252);
    const printed = r.stderr.trim().split('\n');
    expect(printed).toHaveLength(21);
    expect(printed.at(-1)).toBe('labels file s3://labels/many-problems.csv: and 10 more problems');
  });

  test('oversized and single-row sets: advice on stderr, and the import goes on', async () => {
    const r = await check('s3://labels/big-sets.csv');
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      'labels file s3://labels/big-sets.csv: labeling set big: 35 rows; 10–20 are recommended, at most 30 acceptable',
      'labels file s3://labels/big-sets.csv: labeling set huge: 55 rows; over 50 "may cause poor results or system failure" (10–20 recommended)',
      'labels file s3://labels/big-sets.csv: labeling set lonely: a single row, which teaches the transform nothing (a set needs 2 or more)',
    ]);
    expect(r.glue).toEqual(['GetMLTransform', 'StartImportLabelsTaskRun']);
  });

  test('a bucket in another region than the transform: 252, no start', async () => {
    const r = await check('s3://labels-eu/good.csv');
    expect(r.code).toBe(252);
    expect(r.stderr).toContain(
      'labels file s3://labels-eu/good.csv: the bucket is in eu-west-1, the transform in us-east-1 (Glue: "S3 path provided is not in the same region as transform.")',
    );
    expect(r.glue).toEqual([]);
  });

  test('a file or bucket that does not exist: 252, no start', async () => {
    for (const path of ['s3://labels/missing.csv', 's3://no-such-bucket/x.csv']) {
      const r = await check(path);
      expect(r.code).toBe(252);
      expect(r.stderr).toMatch(
        /: it does not exist \((NoSuchKey|NoSuchBucket); Glue: "Cannot access the label file at …"\)\n$/,
      );
      expect(r.glue).not.toContain('StartImportLabelsTaskRun');
    }
  });

  test('access denied: 254, says the check needs s3:GetObject and can be left off; no start', async () => {
    // moto does not enforce IAM here: a loopback S3 stand-in answers S3's 403 AccessDenied.
    const server = http.createServer((req, res) => {
      req.resume();
      res.writeHead(403, { 'Content-Type': 'application/xml', 'x-amz-bucket-region': 'us-east-1' });
      res.end(
        req.method === 'HEAD'
          ? undefined
          : '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const r = await check('s3://labels/good.csv', [], { AWS_ENDPOINT_URL_S3: url });
      expect(r.code).toBe(254);
      expect(r.stderr).toContain(
        'labels file s3://labels/good.csv: access denied (AccessDenied). --check-labels reads the file and needs s3:GetObject on it; leave --check-labels off to import without the check.',
      );
      expect(r.glue).toEqual([]);
    } finally {
      server.close();
    }
  });

  test('with --dry-run: the file is checked and the plan says so; nothing is started', async () => {
    const r = await check('s3://labels/good.csv', ['--dry-run', '--query', 'Checked', '--output', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^labels file s3:\/\/labels\/good\.csv: \d+ bytes, UTF-8, header and rows match the transform's schema \(3 columns\)\n$/,
    );
    expect(r.glue).toEqual(['GetMLTransform']);
  });

  test('S3 follows AWS_ENDPOINT_URL (after AWS_ENDPOINT_URL_S3), never --endpoint-url, which stays Glue’s', async () => {
    const r = await runBin(
      [
        '--transform-id',
        'tfm-general',
        '--input-s3-path',
        's3://labels/good.csv',
        '--endpoint-url',
        emulator.url,
        '--check-labels',
      ],
      { ...ENV, AWS_ENDPOINT_URL: moto.url },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
