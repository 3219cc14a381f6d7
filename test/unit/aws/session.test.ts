import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failureToCliError } from '../../../src/aws/failures.js';
import { openSession } from '../../../src/aws/session.js';
import { type Emulator, startEmulator } from '../../../src/emulator/server.js';
import type { ClientSettings } from '../../../src/model/settings.js';
import { clientSettings } from '../../support/client-settings.js';
import { credentialScope } from '../../support/run-bin.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator(0, { faults: true });
});
afterAll(() => emulator.close());

function settings(overrides: Partial<ClientSettings> = {}): ClientSettings {
  return clientSettings(emulator.url, overrides);
}

describe('openSession', () => {
  test('one session calls two operations by name, with the same credentials', async () => {
    const before = emulator.requests.length;
    const session = await openSession(settings());
    try {
      const started = await session.call('StartImportLabelsTaskRun', { TransformId: 'tfm-s', InputS3Path: 's3://b/k' });
      expect(started.ok).toBe(true);
      const id = started.ok ? JSON.parse(started.body)['TaskRunId'] : undefined;
      const polled = await session.call('GetMLTaskRun', { TransformId: 'tfm-s', TaskRunId: id });
      expect(polled.ok).toBe(true);
      expect(polled.ok && JSON.parse(polled.body)).toMatchObject({ TaskRunId: id, Status: 'STARTING' });
    } finally {
      session.close();
    }
    const sent = emulator.requests.slice(before);
    expect(sent.map((r) => r.target)).toEqual(['AWSGlue.StartImportLabelsTaskRun', 'AWSGlue.GetMLTaskRun']);
    expect(sent.map((r) => credentialScope(r.headers['authorization'] as string)?.accessKey)).toEqual([
      'AKIDSESSION',
      'AKIDSESSION',
    ]);
  });

  test('a failure carries its operation, and the message names it', async () => {
    const session = await openSession(settings());
    try {
      const result = await session.call('GetMLTaskRun', { TransformId: 'tfm-s', TaskRunId: 'tfr-none' });
      expect(result).toMatchObject({ ok: false, operation: 'GetMLTaskRun' });
      if (result.ok) return;
      expect(failureToCliError(result, 3).message).toBe(
        'An error occurred (EntityNotFoundException) when calling the GetMLTaskRun operation: Task run tfr-none not found',
      );
    } finally {
      session.close();
    }
  });

  test('calls run one at a time, in the order they are made', async () => {
    const session = await openSession(settings());
    const finished: string[] = [];
    try {
      await Promise.all([
        session
          .call('StartImportLabelsTaskRun', { TransformId: 'tfm-slow-1', InputS3Path: 's' })
          .then(() => finished.push('slow')),
        session
          .call('StartImportLabelsTaskRun', { TransformId: 'tfm-fast', InputS3Path: 's' })
          .then(() => finished.push('fast')),
      ]);
    } finally {
      session.close();
    }
    expect(finished).toEqual(['slow', 'fast']);
  });

  test('an access key without its secret is reported before anything is sent', async () => {
    const before = emulator.requests.length;
    const session = await openSession(settings({ env: { AWS_ACCESS_KEY_ID: 'AKIDONLY' } }));
    const result = await session.call('StartImportLabelsTaskRun', { TransformId: 't', InputS3Path: 's' });
    session.close();
    expect(result).toMatchObject({
      ok: false,
      operation: 'StartImportLabelsTaskRun',
      failure: { kind: 'partial-credentials' },
    });
    expect(emulator.requests.length).toBe(before);
  });
});
