import { describe, expect, test } from 'vitest';
import { jsonDumps, jsonLoads, jsonString } from '../../../src/python/json.js';
import { PyFloat } from '../../../src/python/repr.js';
import { mismatches, readCases } from './fixtures/read.js';

describe('jsonLoads keeps what Python keeps', () => {
  test.each([
    { text: ' {"a": 1} ', want: { a: 1 } },
    { text: '{"a": 1, "a": 2}', want: { a: 2 } },
    { text: '[1.0, 2.5e0]', want: [new PyFloat(1), new PyFloat(2.5)] },
    { text: '12345678901234567890', want: 12345678901234567890n },
    { text: '"\\u00e9\\n"', want: 'é\n' },
    { text: 'NaN', want: new PyFloat(NaN) },
  ])('$text', ({ text, want }) => {
    expect(jsonLoads(text)).toEqual(want);
  });
  test.each(['', '{', '{"a": 1} x', "{'a': 1}", '\ufeff{}', '[1,]', '01'])('rejects %j', (text) => {
    expect(() => jsonLoads(text)).toThrow();
  });
});

describe('jsonLoads reads long strings in runs', () => {
  test('a 1 MB string with escapes every 1000 characters comes back whole', () => {
    const chunk = `${'a'.repeat(999)}\\n`;
    const value = jsonLoads(`"${chunk.repeat(1000)}"`) as string;
    expect(value.length).toBe(1_000_000);
    expect(value.slice(995, 1001)).toBe('aaaa\na');
  });
  test('keys such as __proto__ and toString are plain members', () => {
    const value = jsonLoads('{"__proto__": 1, "toString": 2}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'toString']);
    expect(Object.getPrototypeOf(value)).toBeNull();
  });
});

describe('jsonDumps as json.dumps', () => {
  test.each([
    [
      { a: [1, { b: {} }], c: 'é' },
      { indent: 4, ensureAscii: false },
      '{\n    "a": [\n        1,\n        {\n            "b": {}\n        }\n    ],\n    "c": "é"\n}',
    ],
    [{ a: [1, 2], b: 'é' }, { ensureAscii: true }, '{"a": [1, 2], "b": "\\u00e9"}'],
    [{ a: [1, 2] }, { separators: [',', ':'] as const, ensureAscii: true }, '{"a":[1,2]}'],
    [
      [new PyFloat(1), 2.5, new PyFloat(Number.NaN), 10n ** 20n],
      { ensureAscii: true },
      '[1.0, 2.5, NaN, 100000000000000000000]',
    ],
  ])('case %#', (value, options, want) => expect(jsonDumps(value, options)).toBe(want));
  test('ensure_ascii escapes each UTF-16 unit in lowercase hex', () => {
    expect(jsonString('😀\x7f', true)).toBe('"\\ud83d\\ude00\\u007f"');
    expect(jsonString('😀\x7f', false)).toBe('"😀\x7f"');
  });
});

// Differential: Python's json.loads of documents and seeded one-character edits of them: json.dumps of
// the value (default and aws-cli's indent=4, ensure_ascii=False), or the error message.
describe('jsonLoads and jsonDumps agree with Python on generated documents (fixtures/json.jsonl)', () => {
  test('every case', () => {
    const cases = readCases<{ text: string; dumps?: string; dumps4?: string; error?: string }>('json.jsonl');
    const wrong = mismatches(cases, (c) => {
      let got: unknown;
      try {
        const value = jsonLoads(c.text);
        got = {
          dumps: jsonDumps(value, { ensureAscii: true }),
          dumps4: jsonDumps(value, { indent: 4, ensureAscii: false }),
        };
      } catch (error) {
        got = { error: (error as Error).message };
      }
      return { got, want: c.error !== undefined ? { error: c.error } : { dumps: c.dumps, dumps4: c.dumps4 } };
    });
    expect(wrong).toEqual([]);
  });
});
