import { describe, expect, test } from 'vitest';
import { ML_TASK_RUN } from '../../../src/model/shapes.js';
import { parseResponse } from '../../../src/output/response.js';
import { PyFloat } from '../../../src/python/repr.js';

const ISO = { timestampFormat: 'iso8601', timeZone: 'UTC' } as const;

describe('parseResponse (botocore JSON parser rules)', () => {
  test('keeps only modelled members, in model order, and leaves nulls out', () => {
    const body =
      '{"ExecutionTime": 3, "Unknown": 1, "ErrorString": null, "Properties": {"Other": 1, "TaskType": "IMPORT_LABELS"}, "TaskRunId": "r"}';
    const parsed = parseResponse(body, ML_TASK_RUN, ISO);
    expect(Object.keys(parsed)).toEqual(['TaskRunId', 'Properties', 'ExecutionTime']);
    expect(parsed['Properties']).toEqual({ TaskType: 'IMPORT_LABELS' });
  });

  test('timestamps: iso8601 in the local zone, or as on the wire (a float stays a float)', () => {
    const body = '{"StartedOn": 1764363600.0, "CompletedOn": 1764363600}';
    expect(parseResponse(body, ML_TASK_RUN, ISO)).toEqual({
      StartedOn: '2025-11-28T21:00:00+00:00',
      CompletedOn: '2025-11-28T21:00:00+00:00',
    });
    const wire = parseResponse(body, ML_TASK_RUN, { timestampFormat: 'wire', timeZone: 'UTC' });
    expect(wire['StartedOn']).toEqual(new PyFloat(1764363600));
    expect(wire['CompletedOn']).toBe(1764363600);
  });

  test('an empty body is {}; a structure that is not an object fails as botocore does', () => {
    expect(parseResponse('', ML_TASK_RUN, ISO)).toEqual({});
    expect(() => parseResponse('{"Properties": [1]}', ML_TASK_RUN, ISO)).toThrow(
      "'list' object has no attribute 'get'",
    );
    expect(() => parseResponse('{"StartedOn": "soon"}', ML_TASK_RUN, ISO)).toThrow('Invalid timestamp "soon"');
  });

  test('scalars of another type than modelled are kept as received', () => {
    expect(parseResponse('{"TaskRunId": 5, "ExecutionTime": "x"}', ML_TASK_RUN, ISO)).toEqual({
      TaskRunId: 5,
      ExecutionTime: 'x',
    });
  });
});
