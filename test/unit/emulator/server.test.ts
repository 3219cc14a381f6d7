import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Emulator, startEmulator } from '../../../src/emulator/server.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator(0, { transforms: ['tfm-known'], phaseMs: 200 });
});
afterAll(() => emulator.close());

async function call(target: string, body: unknown) {
  const res = await fetch(`${emulator.url}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': target },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('glue-ml-emulator over HTTP (JSON 1.1)', () => {
  test('StartImportLabelsTaskRun, then GetMLTaskRun moves STARTING → RUNNING → SUCCEEDED', async () => {
    const started = await call('AWSGlue.StartImportLabelsTaskRun', {
      TransformId: 'tfm-known',
      InputS3Path: 's3://b/l.csv',
      ReplaceAllLabels: true,
    });
    expect(started.status).toBe(200);
    const id = started.body['TaskRunId'] as string;
    expect(id).toMatch(/^tfr-[0-9a-f]{32}$/);
    const seen: string[] = [];
    while (seen.at(-1) !== 'SUCCEEDED') {
      const run = await call('AWSGlue.GetMLTaskRun', { TransformId: 'tfm-known', TaskRunId: id });
      expect(run.body).toMatchObject({
        TransformId: 'tfm-known',
        TaskRunId: id,
        Properties: {
          TaskType: 'IMPORT_LABELS',
          ImportLabelsTaskRunProperties: { InputS3Path: 's3://b/l.csv', Replace: true },
        },
      });
      if (seen.at(-1) !== run.body['Status']) seen.push(run.body['Status'] as string);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seen).toEqual(['STARTING', 'RUNNING', 'SUCCEEDED']);
  });

  test.each([
    [
      'AWSGlue.StartImportLabelsTaskRun',
      { TransformId: 'tfm-other', InputS3Path: 's' },
      'EntityNotFoundException',
      'Transform tfm-other not found',
    ],
    [
      'AWSGlue.GetMLTaskRun',
      { TransformId: 'tfm-known', TaskRunId: 'tfr-nope' },
      'EntityNotFoundException',
      'Task run tfr-nope not found',
    ],
    [
      'AWSGlue.DeleteMLTransform',
      {},
      'UnknownOperationException',
      'Operation AWSGlue.DeleteMLTransform is not supported by glue-ml-emulator',
    ],
  ])("%s answers Glue's error shape", async (target, body, type, message) => {
    const res = await call(target, body);
    expect(res).toEqual({ status: 400, body: { __type: type, Message: message } });
  });

  test('records what it received', async () => {
    const before = emulator.requests.length;
    await call('AWSGlue.StartImportLabelsTaskRun', { TransformId: 'tfm-known', InputS3Path: 's' });
    expect(emulator.requests.slice(before).map((r) => [r.target, JSON.parse(r.body)])).toEqual([
      ['AWSGlue.StartImportLabelsTaskRun', { TransformId: 'tfm-known', InputS3Path: 's' }],
    ]);
  });
});
