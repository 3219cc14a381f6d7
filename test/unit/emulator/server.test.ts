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
      { TransformId: 'tfm-other', InputS3Path: 's3://b/k' },
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

describe('task runs that behave like Glue', () => {
  let glue: Emulator;
  beforeAll(async () => {
    glue = await startEmulator(0, {
      faults: true,
      phaseMs: 40,
      schemas: { 'tfm-schema': [{ Name: 'record_id', DataType: 'int' }] },
    });
  });
  afterAll(() => glue.close());

  async function send(target: string, body: unknown) {
    const res = await fetch(`${glue.url}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSGlue.${target}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const start = async (TransformId: string) =>
    (await send('StartImportLabelsTaskRun', { TransformId, InputS3Path: 's3://b/k' })).body['TaskRunId'] as string;
  const settle = () => new Promise((done) => setTimeout(done, 200));

  test.each(['s3://bucket', 's3://bucket/', 'https://b/k', 'b/k', ''])(
    'an input path that is not s3://bucket/key (%j) is InvalidInputException',
    async (InputS3Path) => {
      expect(await send('StartImportLabelsTaskRun', { TransformId: 'tfm-1', InputS3Path })).toEqual({
        status: 400,
        body: { __type: 'InvalidInputException', Message: 'Invalid label file path.' },
      });
    },
  );

  test.each([
    ['tfm-run-failed', 'FAILED', true],
    ['tfm-run-stopped', 'STOPPED', false],
    ['tfm-run-timeout', 'TIMEOUT', true],
    ['tfm-1', 'SUCCEEDED', false],
  ])('%s ends %s, with the full shape', async (transform, status, hasError) => {
    const id = await start(transform);
    await settle();
    const { body } = await send('GetMLTaskRun', { TransformId: transform, TaskRunId: id });
    expect(body['Status']).toBe(status);
    expect(Object.keys(body)).toEqual([
      'TransformId',
      'TaskRunId',
      'Status',
      'LogGroupName',
      'Properties',
      ...(hasError ? ['ErrorString'] : []),
      'StartedOn',
      'LastModifiedOn',
      'CompletedOn',
      'ExecutionTime',
    ]);
    expect(body['CompletedOn'] as number).toBeGreaterThan(body['StartedOn'] as number);
  });

  test('a run that never ends stays RUNNING, without CompletedOn', async () => {
    const id = await start('tfm-run-forever');
    await settle();
    const { body } = await send('GetMLTaskRun', { TransformId: 'tfm-run-forever', TaskRunId: id });
    expect(body['Status']).toBe('RUNNING');
    expect(body).not.toHaveProperty('CompletedOn');
  });

  test('tfm-poll-throttle throttles every other GetMLTaskRun; tfm-poll-denied denies every one', async () => {
    const id = await start('tfm-poll-throttle');
    const polls = [];
    for (let i = 0; i < 4; i++)
      polls.push((await send('GetMLTaskRun', { TransformId: 'tfm-poll-throttle', TaskRunId: id })).status);
    expect(polls).toEqual([400, 200, 400, 200]);
    const denied = await start('tfm-poll-denied');
    const res = await send('GetMLTaskRun', { TransformId: 'tfm-poll-denied', TaskRunId: denied });
    expect(res.body['__type']).toBe('AccessDeniedException');
  });

  test('GetMLTaskRuns filters, sorts and pages with NextToken', async () => {
    const ids = [await start('tfm-list'), await start('tfm-list'), await start('tfm-list')];
    const all = await send('GetMLTaskRuns', { TransformId: 'tfm-list' });
    expect((all.body['TaskRuns'] as { TaskRunId: string }[]).map((r) => r.TaskRunId)).toEqual([...ids].reverse());
    const first = await send('GetMLTaskRuns', {
      TransformId: 'tfm-list',
      MaxResults: 2,
      Sort: { Column: 'STARTED', SortDirection: 'ASCENDING' },
    });
    expect((first.body['TaskRuns'] as { TaskRunId: string }[]).map((r) => r.TaskRunId)).toEqual(ids.slice(0, 2));
    const rest = await send('GetMLTaskRuns', {
      TransformId: 'tfm-list',
      MaxResults: 2,
      Sort: { Column: 'STARTED', SortDirection: 'ASCENDING' },
      NextToken: first.body['NextToken'],
    });
    expect((rest.body['TaskRuns'] as { TaskRunId: string }[]).map((r) => r.TaskRunId)).toEqual(ids.slice(2));
    expect(rest.body).not.toHaveProperty('NextToken');
    // Once every run has ended (no wall-clock race: a busy machine may end them early).
    await settle();
    const done = await send('GetMLTaskRuns', {
      TransformId: 'tfm-list',
      Filter: { Status: 'SUCCEEDED', TaskRunType: 'IMPORT_LABELS' },
    });
    expect(done.body['TaskRuns']).toHaveLength(3);
    const running = await send('GetMLTaskRuns', { TransformId: 'tfm-list', Filter: { Status: 'RUNNING' } });
    expect(running.body['TaskRuns']).toEqual([]);
    const exports = await send('GetMLTaskRuns', { TransformId: 'tfm-list', Filter: { TaskRunType: 'EXPORT_LABELS' } });
    expect(exports.body['TaskRuns']).toEqual([]);
    const later = await send('GetMLTaskRuns', { TransformId: 'tfm-list', Filter: { StartedAfter: Date.now() / 1000 } });
    expect(later.body['TaskRuns']).toEqual([]);
    expect((await send('GetMLTaskRuns', { TransformId: 'tfm-list', MaxResults: 0 })).status).toBe(400);
  });

  test('GetMLTransform returns the schema given for the transform, or the default one', async () => {
    const own = await send('GetMLTransform', { TransformId: 'tfm-schema' });
    expect(own.body['Schema']).toEqual([{ Name: 'record_id', DataType: 'int' }]);
    const other = await send('GetMLTransform', { TransformId: 'tfm-any' });
    expect(other.body).toMatchObject({ Status: 'READY', Schema: [{ Name: 'id', DataType: 'string' }, {}, {}] });
  });

  test('fixed runs answer the same bytes every time', async () => {
    const a = await send('GetMLTaskRun', { TransformId: 'tfm-1', TaskRunId: 'tfr-fixture-failed' });
    const b = await send('GetMLTaskRun', { TransformId: 'tfm-1', TaskRunId: 'tfr-fixture-failed' });
    expect(a).toEqual(b);
    expect(a.body).toMatchObject({ Status: 'FAILED', StartedOn: 1764363600.123 });
  });

  test('the request log keeps when each request arrived', async () => {
    const before = Date.now();
    await send('GetMLTransform', { TransformId: 'tfm-any' });
    expect(glue.requests.at(-1)?.receivedMs).toBeGreaterThanOrEqual(before);
  });
});
