import { describe, expect, test } from 'vitest';
import { faultFor } from '../../../src/emulator/faults.js';
import { TaskRuns } from '../../../src/emulator/task-runs.js';

describe('TaskRuns', () => {
  test('moves STARTING → RUNNING → SUCCEEDED with time', () => {
    let now = 10_000;
    const runs = new TaskRuns(1000, () => now);
    runs.start('tfr-1', 'tfm-1', 's3://b/k', true);
    expect(runs.describe('tfm-1', 'tfr-1')?.['Status']).toBe('STARTING');
    now += 1000;
    expect(runs.describe('tfm-1', 'tfr-1')?.['Status']).toBe('RUNNING');
    now += 1000;
    const done = runs.describe('tfm-1', 'tfr-1');
    expect(done).toMatchObject({
      Status: 'SUCCEEDED',
      ExecutionTime: 2,
      Properties: {
        TaskType: 'IMPORT_LABELS',
        ImportLabelsTaskRunProperties: { InputS3Path: 's3://b/k', Replace: true },
      },
    });
  });
  test('a run belongs to its transform', () => {
    const runs = new TaskRuns(1000);
    runs.start('tfr-1', 'tfm-1', 's', false);
    expect(runs.describe('tfm-2', 'tfr-1')).toBeUndefined();
    expect(runs.describe('tfm-1', 'tfr-9')).toBeUndefined();
  });
});

describe('faultFor', () => {
  test('only fault ids misbehave; tfm-flaky fails every other attempt', () => {
    expect(faultFor('tfm-1', 1)).toBeUndefined();
    expect(faultFor('tfm-500', 1)).toBeTypeOf('function');
    expect(faultFor('tfm-flaky', 1)).toBeTypeOf('function');
    expect(faultFor('tfm-flaky', 2)).toBeUndefined();
  });
});
