import { describe, expect, test } from 'vitest';
import type { OperationModel } from '../../../src/model/operation.js';
import type { Shape } from '../../../src/model/shapes.js';
import { inputSkeleton, outputSkeleton, yamlInputSkeleton } from '../../../src/request/skeleton.js';
import { MODEL } from '../../support/deps.js';

describe('skeletons', () => {
  test('input uses false for ReplaceAllLabels', () => {
    expect(JSON.parse(inputSkeleton(MODEL))).toEqual({ TransformId: '', InputS3Path: '', ReplaceAllLabels: false });
  });
  test('yaml-input carries the docs as comments, and reads back as the input skeleton', () => {
    const text = yamlInputSkeleton(MODEL);
    expect(text.split('\n')[0]).toBe(
      "TransformId: ''  # [REQUIRED] The unique identifier of the machine learning transform.",
    );
    expect(text).toContain('ReplaceAllLabels: false # Indicates whether to overwrite your existing labels.\n');
  });
  test('output names each member', () => {
    expect(outputSkeleton(MODEL)).toEqual({ TaskRunId: 'TaskRunId' });
  });
  test("output: a list holds one sample, a map one KeyName (aws-cli's sample response)", () => {
    const output: Shape = {
      type: 'structure',
      members: {
        Names: { type: 'list', member: { type: 'string' } },
        Counts: { type: 'map', value: { type: 'integer' } },
        Tags: { type: 'map', value: { type: 'string' } },
        Nested: { type: 'list', member: { type: 'map', value: { type: 'boolean' } } },
      },
    };
    expect(outputSkeleton({ ...MODEL, output } as OperationModel)).toEqual({
      Names: [''],
      Counts: { KeyName: 0 },
      Tags: { KeyName: '' },
      Nested: [{ KeyName: true }],
    });
  });
});
