import { describe, expect, test } from 'vitest';
import {
  PyTypeError,
  pyCompare,
  pyEquals,
  pyFloatOfText,
  pyIntOfText,
  pyOrder,
} from '../../../src/python/operators.js';
import { PyFloat, pyFloatRepr } from '../../../src/python/repr.js';
import { mismatches, readCases } from './fixtures/read.js';

describe('pyEquals (Python ==)', () => {
  test.each([
    [1, new PyFloat(1), true],
    [true, 1, true],
    [false, 0, true],
    [true, 'True', false],
    [null, null, true],
    [null, 0, false],
    [[1, [true]], [new PyFloat(1), [1]], true],
    [{ a: 1, b: 2 }, { b: 2, a: new PyFloat(1) }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [new PyFloat(Number.NaN), new PyFloat(Number.NaN), false],
    [10n ** 20n, 10n ** 20n, true],
    ['a', 'a', true],
  ])('case %#', (a, b, want) => expect(pyEquals(a, b)).toBe(want));
});

describe('pyOrder and pyCompare', () => {
  test('numbers across int and float; strings by code point', () => {
    expect(pyOrder('lt', 1, new PyFloat(1.5))).toBe(true);
    expect(pyOrder('gte', 'b', 'a')).toBe(true);
    expect(pyCompare('\uffee', '😀')).toBeLessThan(0);
  });
  test("other pairs raise TypeError in Python's words", () => {
    expect(() => pyOrder('gt', 'a', 1)).toThrow(PyTypeError);
    expect(() => pyOrder('gt', 'a', 1)).toThrow("'>' not supported between instances of 'str' and 'int'");
    expect(() => pyCompare([1], [0])).toThrow("'<' not supported between instances of 'list' and 'list'");
  });
});

describe('int() and float() of text', () => {
  test.each([
    ['42', 42],
    [' -7 ', -7],
    ['1_000', 1000],
    ['-0', 0],
    ['123456789012345678901234', 123456789012345678901234n],
  ])('int(%s)', (text, want) => expect(pyIntOfText(text)).toBe(want));
  test.each(['', '1.5', '0x10', '1__0', '_1', '1_'])('int(%j) raises', (text) =>
    expect(pyIntOfText(text)).toBeUndefined(),
  );
  test.each([
    ['1.5', 1.5],
    ['1e3', 1000],
    ['.5', 0.5],
    ['5.', 5],
    [' -Infinity ', Number.NEGATIVE_INFINITY],
    ['1_0.2_5', 10.25],
  ])('float(%j) = %d', (text, want) => expect(pyFloatOfText(text)).toBe(want));
  test('nan', () => expect(pyFloatOfText('NaN')).toBeNaN());
  test.each(['', '0x10', 'e3', '1e', 'abc'])('float(%j) raises', (text) => expect(pyFloatOfText(text)).toBeUndefined());
});

// Differential: Python's int() and float() of seeded texts (signs, underscores, exponents, inf/nan,
// Unicode digits and spaces, huge values) — python/fixtures/reference.py. null where Python raises.
describe('pyIntOfText and pyFloatOfText agree with Python (fixtures/number-text.jsonl)', () => {
  const cases = readCases<{ text: string; int: string | null; float: string | null }>('number-text.jsonl');
  test('int()', () => {
    const wrong = mismatches(cases, (c) => {
      const n = pyIntOfText(c.text);
      return { got: n === undefined ? null : String(n), want: c.int };
    });
    expect(wrong).toEqual([]);
  });
  test('float()', () => {
    const wrong = mismatches(cases, (c) => {
      const n = pyFloatOfText(c.text);
      return { got: n === undefined ? null : pyFloatRepr(n), want: c.float };
    });
    expect(wrong).toEqual([]);
  });
});
