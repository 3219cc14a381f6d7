import { describe, expect, test } from 'vitest';
import { ParamError } from '../../../src/errors.js';
import { PyFloat } from '../../../src/output/pyrepr.js';
import { inputSkeleton, outputSkeleton, yamlInputSkeleton } from '../../../src/request/skeleton.js';
import { validateRequest } from '../../../src/request/validate.js';
import { mergeParams } from '../../../src/run.js';

describe('validateRequest', () => {
  test('a valid request passes through unchanged, in its key order', () => {
    const params = { InputS3Path: 's', TransformId: 't', ReplaceAllLabels: false };
    expect(Object.keys(validateRequest(params))).toEqual(['InputS3Path', 'TransformId', 'ReplaceAllLabels']);
  });
  test('a 300-character id and an empty path are accepted, as botocore accepts them', () => {
    expect(() => validateRequest({ TransformId: 'x'.repeat(300), InputS3Path: '' })).not.toThrow();
  });
  test.each([
    { params: {}, lines: ['Missing required parameter in input: "TransformId"', 'Missing required parameter in input: "InputS3Path"'] },
    { params: { TransformId: '', InputS3Path: 's' }, lines: ['Invalid length for parameter TransformId, value: 0, valid min length: 1'] },
    {
      params: { Bogus: 1, TransformId: 5, InputS3Path: 's', ReplaceAllLabels: 'true' },
      lines: [
        'Unknown parameter in input: "Bogus", must be one of: TransformId, InputS3Path, ReplaceAllLabels',
        "Invalid type for parameter TransformId, value: 5, type: <class 'int'>, valid types: <class 'str'>",
        "Invalid type for parameter ReplaceAllLabels, value: true, type: <class 'str'>, valid types: <class 'bool'>",
      ],
    },
    { params: { TransformId: new PyFloat(1), InputS3Path: null }, lines: ["Invalid type for parameter TransformId, value: 1.0, type: <class 'float'>, valid types: <class 'str'>", "Invalid type for parameter InputS3Path, value: None, type: <class 'NoneType'>, valid types: <class 'str'>"] },
    { params: { TransformId: Buffer.from('ab'), InputS3Path: 's' }, lines: ["Invalid type for parameter TransformId, value: b'ab', type: <class 'bytes'>, valid types: <class 'str'>"] },
  ])('reports every problem: $lines.0', ({ params, lines }) => {
    expect(() => validateRequest(params)).toThrow(ParamError);
    expect(() => validateRequest(params)).toThrow(`Parameter validation failed:\n${lines.join('\n')}`);
  });
});

describe('mergeParams', () => {
  test('flags win; document-only keys follow in document order', () => {
    const merged = mergeParams({ TransformId: 'cli', ReplaceAllLabels: false }, { Bogus: 1, TransformId: 'doc', InputS3Path: 'p' });
    expect(merged).toEqual({ TransformId: 'cli', ReplaceAllLabels: false, Bogus: 1, InputS3Path: 'p' });
    expect(Object.keys(merged)).toEqual(['TransformId', 'ReplaceAllLabels', 'Bogus', 'InputS3Path']);
  });
});

describe('skeletons', () => {
  test('input uses false for ReplaceAllLabels', () => {
    expect(JSON.parse(inputSkeleton())).toEqual({ TransformId: '', InputS3Path: '', ReplaceAllLabels: false });
  });
  test('yaml-input carries the docs as comments, and reads back as the input skeleton', () => {
    const text = yamlInputSkeleton();
    expect(text.split('\n')[0]).toBe("TransformId: ''  # [REQUIRED] The unique identifier of the machine learning transform.");
    expect(text).toContain('ReplaceAllLabels: false # Indicates whether to overwrite your existing labels.\n');
  });
  test('output names each member', () => {
    expect(outputSkeleton()).toEqual({ TaskRunId: 'TaskRunId' });
  });
});
