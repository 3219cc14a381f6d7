import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator } from '../../dist/emulator.cjs';
import type { Emulator } from '../../src/emulator/server.js';
import { runBin } from '../support/run-bin.js';

// A start whose answer is lost is checked with GetMLTaskRuns before it is sent again. aws-cli 2.9.19
// on the same faults sends the start three times (three imports), then fails (see README).

const ENV = {
  HOME: '/nonexistent-home',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_PAGER: '',
};

let emulator: Emulator;
beforeAll(async () => {
  emulator = (await startEmulator(0, { faults: true, deterministicIds: true })) as Emulator;
});
afterAll(() => emulator.close());

const sent = (transform: string) =>
  emulator.requests
    .filter((r) => JSON.parse(r.body || '{}').TransformId === transform)
    .map((r) => r.target?.replace('AWSGlue.', ''));

const start = (transform: string, ...extra: string[]) =>
  runBin(
    [
      '--transform-id',
      transform,
      '--input-s3-path',
      's3://b/labels.csv',
      '--endpoint-url',
      emulator.url,
      '--cli-read-timeout',
      '1',
      ...extra,
    ],
    ENV,
  );

describe('never two starts', () => {
  test.each([
    ['tfm-start-hang', 'TimeoutError'],
    ['tfm-start-reset', 'ECONNRESET'],
    ['tfm-start-502', 'HTTP 502'],
  ])('%s: one start reaches Glue, the run it started is adopted and printed', async (transform, lost) => {
    const r = await start(transform);
    expect(sent(transform)).toEqual(['StartImportLabelsTaskRun', 'GetMLTaskRuns']);
    expect(r.code).toBe(0);
    const id = JSON.parse(r.stdout).TaskRunId as string;
    expect(id).toMatch(/^tfr-[0-9a-f]{32}$/);
    expect(r.stderr).toBe(
      `The answer to StartImportLabelsTaskRun was lost (${lost}), but it had taken effect: task run ${id}, started at ${
        /started at (\S+) with/.exec(r.stderr)?.[1]
      } with the same InputS3Path and ReplaceAllLabels, is this import. It was not started again.\n`,
    );
  });

  test('the check denied: sent again as aws-cli does, and --debug says why', async () => {
    const r = await start('tfm-start-hang-nolist', '--debug');
    expect(sent('tfm-start-hang-nolist')).toEqual([
      'StartImportLabelsTaskRun',
      'GetMLTaskRuns',
      'StartImportLabelsTaskRun',
      'GetMLTaskRuns',
      'StartImportLabelsTaskRun',
      // After the last attempt too: a start that took effect then is still found and printed.
      'GetMLTaskRuns',
    ]);
    expect(r.code).toBe(255);
    expect(r.stderr).toContain(
      'Could not check whether StartImportLabelsTaskRun took effect (GetMLTaskRuns: AccessDeniedException: User is not authorized to perform: glue:GetMLTaskRuns); sending it again, as aws-cli does.',
    );
    expect(r.stderr).toMatch(/Read timeout on endpoint URL: "http:\/\/127\.0\.0\.1:\d+\/"\n$/);
  });

  test('a 5xx without an error body whose start did not take effect: checked, then sent again', async () => {
    // tfm-502-empty answers 502 with an empty body and starts nothing.
    const r = await start('tfm-502-empty', '--debug');
    expect(sent('tfm-502-empty')).toEqual([
      'StartImportLabelsTaskRun',
      'GetMLTaskRuns',
      'StartImportLabelsTaskRun',
      'GetMLTaskRuns',
      'StartImportLabelsTaskRun',
      // After the last attempt too: a start that took effect then is still found and printed.
      'GetMLTaskRuns',
    ]);
    expect(r.code).toBe(254);
    expect(r.stderr).toContain(
      'Checked GetMLTaskRuns: no StartImportLabelsTaskRun of this request took effect; sending it again.',
    );
  });

  test('a definite Glue error is retried as today, without a check', async () => {
    const r = await start('tfm-500');
    expect(sent('tfm-500')).toEqual([
      'StartImportLabelsTaskRun',
      'StartImportLabelsTaskRun',
      'StartImportLabelsTaskRun',
    ]);
    expect(r.code).toBe(254);
  });
});
