import { describe, expect, test } from 'vitest';
import { ParamError } from '../../../src/errors.js';
import { PyFloat } from '../../../src/python/repr.js';
import { validateRequest } from '../../../src/request/validate.js';
import { MODEL } from '../../support/deps.js';

describe('validateRequest', () => {
  test('a valid request passes through unchanged, in its key order', () => {
    const params = { InputS3Path: 's', TransformId: 't', ReplaceAllLabels: false };
    expect(Object.keys(validateRequest(params, MODEL))).toEqual(['InputS3Path', 'TransformId', 'ReplaceAllLabels']);
  });
  test('a 300-character id and an empty path are accepted, as botocore accepts them', () => {
    expect(() => validateRequest({ TransformId: 'x'.repeat(300), InputS3Path: '' }, MODEL)).not.toThrow();
  });
  test.each([
    {
      params: {},
      lines: [
        'Missing required parameter in input: "TransformId"',
        'Missing required parameter in input: "InputS3Path"',
      ],
    },
    {
      params: { TransformId: '', InputS3Path: 's' },
      lines: ['Invalid length for parameter TransformId, value: 0, valid min length: 1'],
    },
    {
      params: { Bogus: 1, TransformId: 5, InputS3Path: 's', ReplaceAllLabels: 'true' },
      lines: [
        'Unknown parameter in input: "Bogus", must be one of: TransformId, InputS3Path, ReplaceAllLabels',
        "Invalid type for parameter TransformId, value: 5, type: <class 'int'>, valid types: <class 'str'>",
        "Invalid type for parameter ReplaceAllLabels, value: true, type: <class 'str'>, valid types: <class 'bool'>",
      ],
    },
    {
      params: { TransformId: new PyFloat(1), InputS3Path: null },
      lines: [
        "Invalid type for parameter TransformId, value: 1.0, type: <class 'float'>, valid types: <class 'str'>",
        "Invalid type for parameter InputS3Path, value: None, type: <class 'NoneType'>, valid types: <class 'str'>",
      ],
    },
    {
      params: { TransformId: Buffer.from('ab'), InputS3Path: 's' },
      lines: [
        "Invalid type for parameter TransformId, value: b'ab', type: <class 'bytes'>, valid types: <class 'str'>",
      ],
    },
  ])('reports every problem: $lines.0', ({ params, lines }) => {
    expect(() => validateRequest(params, MODEL)).toThrow(ParamError);
    expect(() => validateRequest(params, MODEL)).toThrow(`Parameter validation failed:\n${lines.join('\n')}`);
  });
});

describe('validateRequest counts and checks like botocore', () => {
  test('length counts code points: one emoji is one character', () => {
    expect(() => validateRequest({ TransformId: '😀', InputS3Path: 's' }, MODEL)).not.toThrow();
  });
  test('keys that are Object.prototype names are unknown parameters, not members', () => {
    const params = Object.assign(Object.create(null), {
      TransformId: 't',
      InputS3Path: 's',
      toString: 'x',
      ['__proto__']: 1,
    });
    expect(() => validateRequest(params, MODEL)).toThrow(
      'Unknown parameter in input: "toString", must be one of: TransformId, InputS3Path, ReplaceAllLabels\nUnknown parameter in input: "__proto__"',
    );
  });
});
