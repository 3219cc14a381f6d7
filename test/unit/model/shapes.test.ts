import { describe, expect, test } from 'vitest';
import { toCliError } from '../../../src/aws/failures.js';
import { ML_TASK_RUN, ML_TRANSFORM_SCHEMA, TASK_RUN_ID } from '../../../src/model/shapes.js';
import { parseResponse } from '../../../src/output/response.js';

// The shapes as the user meets them: what the response parser keeps of Glue's answers, and which
// members of Glue's error bodies structured error formats may print.
const parse = (body: unknown, shape: Parameters<typeof parseResponse>[1]) =>
  parseResponse(JSON.stringify(body), shape, { timestampFormat: 'iso8601', timeZone: 'UTC' });

describe("Glue's response shapes", () => {
  test('a start: the TaskRunId alone', () => {
    expect(parse({ TaskRunId: 'tfr-1', Extra: 1 }, TASK_RUN_ID)).toEqual({ TaskRunId: 'tfr-1' });
  });

  test("GetMLTransform for the labels check: the schema's columns, each Name and DataType", () => {
    const body = {
      Name: 'ignored',
      TransformId: 'tfm-1',
      Schema: [{ Name: 'id', DataType: 'int', Other: 1 }, { Name: 'email' }],
    };
    expect(parse(body, ML_TRANSFORM_SCHEMA)).toEqual({
      TransformId: 'tfm-1',
      Schema: [{ Name: 'id', DataType: 'int' }, { Name: 'email' }],
    });
  });

  test('GetMLTaskRun: members in the model order, the properties of an import, timestamps as ISO 8601', () => {
    const body = {
      Status: 'SUCCEEDED',
      TaskRunId: 'tfr-1',
      TransformId: 'tfm-1',
      StartedOn: 1_700_000_000,
      Properties: {
        TaskType: 'IMPORT_LABELS',
        ImportLabelsTaskRunProperties: { InputS3Path: 's3://b/k', Replace: true },
      },
    };
    const parsed = parse(body, ML_TASK_RUN);
    expect(Object.keys(parsed)).toEqual(['TransformId', 'TaskRunId', 'Status', 'Properties', 'StartedOn']);
    expect(parsed['Properties']).toEqual({
      TaskType: 'IMPORT_LABELS',
      ImportLabelsTaskRunProperties: { InputS3Path: 's3://b/k', Replace: true },
    });
    expect(parsed['StartedOn']).toBe('2023-11-14T22:13:20+00:00');
  });
});

describe("the members of Glue's errors that structured formats print (botocore's model)", () => {
  const fields = (body: Record<string, unknown>) =>
    toCliError(new Error('x'), {
      operation: 'StartImportLabelsTaskRun',
      url: 'http://127.0.0.1:1/',
      maxAttempts: 3,
      connected: true,
      response: { status: 400, body: JSON.stringify(body), headers: {}, reason: 'Bad Request' },
    }).fields;

  test.each([
    ['EntityNotFoundException', { FromFederationSource: true }],
    ['InvalidInputException', { FromFederationSource: false }],
    ['FederationSourceException', { FederationSourceErrorCode: 'InternalServiceException' }],
  ])('%s: %j', (code, members) => {
    expect(fields({ __type: code, Message: 'm', ...members, Secret: 's' })).toEqual(members);
  });

  test('an error the model does not describe: no members', () => {
    expect(fields({ __type: 'AccessDeniedException', Message: 'm', FromFederationSource: true })).toEqual({});
  });
});
