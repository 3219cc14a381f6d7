import { describe, expect, test } from 'vitest';
import { jsonLoads } from '../../../src/python/json.js';
import { pyFloatRepr, pyRepr, pyStr, pyStringRepr, pyTypeName } from '../../../src/python/repr.js';
import { mismatches, readCases } from './fixtures/read.js';

describe('Python spellings', () => {
  test.each([
    [1, '1.0'],
    [2.5, '2.5'],
    [1000, '1000.0'],
    [0.1, '0.1'],
    [1e20, '1e+20'],
    [1e-7, '1e-07'],
    [1e16, '1e+16'],
    [1.5e300, '1.5e+300'],
    [123456789.12345679, '123456789.12345679'],
    [-0, '-0.0'],
    [0.0001, '0.0001'],
    [NaN, 'nan'],
    [-Infinity, '-inf'],
  ])('float repr of %s', (n, want) => expect(pyFloatRepr(n)).toBe(want));

  test.each([
    [null, 'None'],
    [true, 'True'],
    [false, 'False'],
    [7, '7'],
    [2.5, '2.5'],
    ['é', 'é'],
    [{ a: 1, b: [1, 'é'] }, "{'a': 1, 'b': [1, 'é']}"],
    [[], '[]'],
    [12345678901234567890n, '12345678901234567890'],
  ])('str(%s)', (value, want) => expect(pyStr(value)).toBe(want));

  test.each([
    ["it's", `"it's"`],
    ['a"b', `'a"b'`],
    ['a\tb\n', "'a\\tb\\n'"],
    ['\x01', "'\\x01'"],
    ['✓', "'✓'"],
    ['\\', "'\\\\'"],
  ])('repr of %j', (s, want) => expect(pyStringRepr(s)).toBe(want));

  test('bytes repr', () => expect(pyRepr(Buffer.from("a'\x00"))).toBe(`b"a'\\x00"`));
  test.each([
    [null, 'NoneType'],
    [[1], 'list'],
    [{}, 'dict'],
    ['', 'str'],
    [1, 'int'],
    [1.5, 'float'],
    [true, 'bool'],
  ])('type name of %j', (v, want) => {
    expect(pyTypeName(v)).toBe(want);
  });
});

// Differential: Python's repr() of seeded random floats (random bit patterns and decimals) and strings
// (quotes, escapes, non-printable and astral characters, lone surrogates).
describe('pyFloatRepr and pyStringRepr agree with Python (fixtures/float-repr.jsonl, str-repr.jsonl)', () => {
  test('floats', () => {
    const cases = readCases<{ bits: string; repr: string }>('float-repr.jsonl');
    const wrong = mismatches(cases, (c) => ({
      got: pyFloatRepr(Buffer.from(c.bits, 'hex').readDoubleBE(0)),
      want: c.repr,
    }));
    expect(wrong).toEqual([]);
  });
  test('strings', () => {
    const cases = readCases<{ text: number[]; repr: number[] }>('str-repr.jsonl');
    const wrong = mismatches(cases, (c) => ({
      got: pyStringRepr(String.fromCodePoint(...c.text)),
      want: String.fromCodePoint(...c.repr),
    }));
    expect(wrong).toEqual([]);
  });
});

// Differential: Python's repr() of the seeded JSON documents of the formatter fixture (nested dicts and
// lists, strings with quotes and control characters, floats, big ints, True/False/None).
describe('pyRepr agrees with Python on generated documents (fixtures/formatters.jsonl)', () => {
  test('every document', () => {
    const cases = readCases<{ doc: string; repr: string }>('formatters.jsonl');
    const wrong = mismatches(cases, (c) => ({ got: pyRepr(jsonLoads(c.doc)), want: c.repr }));
    expect(wrong).toEqual([]);
  });
});
