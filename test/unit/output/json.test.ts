import { describe, expect, test } from 'vitest';
import { formatJson } from '../../../src/output/json.js';

describe('formatJson (json.dumps indent=4, ensure_ascii=False)', () => {
  test.each([
    [{}, ''],
    [[], '[]\n'],
    [null, 'null\n'],
    [false, 'false\n'],
    ['', '""\n'],
    [
      { a: [1, { b: {} }], c: 'é✓😀' },
      '{\n    "a": [\n        1,\n        {\n            "b": {}\n        }\n    ],\n    "c": "é✓😀"\n}\n',
    ],
    ['a"\\\n\x01\x7f\u2028/', '"a\\"\\\\\\n\\u0001\x7f\u2028/"\n'],
    [2.5, '2.5\n'],
    [1e20, '1e+20\n'],
    [NaN, 'NaN\n'],
  ])('%j', (value, want) => expect(formatJson(value)).toBe(want));
});
