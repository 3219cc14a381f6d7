import type { GlueClient } from '@aws-sdk/client-glue';
import { describe, expect, test } from 'vitest';
import { findStartedImport } from '../../../src/aws/reconcile.js';

const run = (TaskRunId: string, InputS3Path: string, Replace?: boolean) => ({
  TaskRunId,
  StartedOn: new Date(5_000),
  Properties: { TaskType: 'IMPORT_LABELS', ImportLabelsTaskRunProperties: { InputS3Path, Replace } },
});

function client(runs: unknown[]) {
  const sent: unknown[] = [];
  const fake = {
    send: async (command: { input: unknown }) => {
      sent.push(command.input);
      return { TaskRuns: runs };
    },
  };
  return { sent, client: fake as unknown as GlueClient };
}

describe('findStartedImport', () => {
  test('asks for the transform’s import runs started since just before the first attempt, newest first', async () => {
    const { sent, client: glue } = client([]);
    await findStartedImport(glue, { TransformId: 'tfm-1', InputS3Path: 's3://b/k' }, 100_000);
    expect(sent).toEqual([
      {
        TransformId: 'tfm-1',
        Filter: { TaskRunType: 'IMPORT_LABELS', StartedAfter: new Date(90_000) },
        Sort: { Column: 'STARTED', SortDirection: 'DESCENDING' },
        MaxResults: 100,
      },
    ]);
  });

  test('adopts only a run of the same file with the same replace flag (no flag is false)', async () => {
    const runs = [
      run('tfr-other-file', 's3://b/other'),
      run('tfr-replace', 's3://b/k', true),
      run('tfr-add', 's3://b/k'),
    ];
    const add = await findStartedImport(client(runs).client, { TransformId: 't', InputS3Path: 's3://b/k' }, 0);
    expect(add?.taskRunId).toBe('tfr-add');
    const replace = await findStartedImport(
      client(runs).client,
      { TransformId: 't', InputS3Path: 's3://b/k', ReplaceAllLabels: true },
      0,
    );
    expect(replace).toEqual({ taskRunId: 'tfr-replace', startedOn: new Date(5_000) });
    expect(
      await findStartedImport(client(runs).client, { TransformId: 't', InputS3Path: 's3://b/none' }, 0),
    ).toBeUndefined();
  });
});
