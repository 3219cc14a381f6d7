import { describe, expect, test } from 'vitest';
import { PyValueError } from '../../../src/python/errors.js';
import { shlexSplit } from '../../../src/python/shlex.js';
import { mismatches, readCases } from './fixtures/read.js';

describe('shlexSplit (POSIX shlex.split)', () => {
  test.each([
    ['', []],
    ['  a  b ', ['a', 'b']],
    ["'' x", ['', 'x']],
    // In double quotes a backslash escapes only " and \\ (shlex, unlike a shell, keeps it before $).
    ['"a\\$b" \'a\\$b\' "q\\"\\\\"', ['a\\$b', 'a\\$b', 'q"\\']],
    ['a\\\nb', ['a\nb']],
    ['a\u3000b\x0bc', ['a\u3000b\x0bc']],
    ['a\\ b', ['a b']],
  ])('%j', (command, want) => expect(shlexSplit(command)).toEqual(want));
  test('an unclosed quote raises ValueError', () => {
    expect(() => shlexSplit('a "b')).toThrow(PyValueError);
    expect(() => shlexSplit('a "b')).toThrow('No closing quotation');
  });
  test('a backslash at the end, in or out of double quotes, raises "No escaped character"', () => {
    expect(() => shlexSplit('a\\')).toThrow('No escaped character');
    expect(() => shlexSplit('"a\\')).toThrow('No escaped character');
    expect(shlexSplit("'a\\'")).toEqual(['a\\']);
  });
});

// Differential: Python's shlex.split (POSIX) on seeded random strings of quotes, escapes and blanks.
describe('shlexSplit agrees with Python on generated strings (fixtures/shlex.jsonl)', () => {
  test('every case: the words, or the error message', () => {
    const cases = readCases<{ text: string; words?: string[]; error?: string }>('shlex.jsonl');
    const wrong = mismatches(cases, (c) => {
      let got: unknown;
      try {
        got = { words: shlexSplit(c.text) };
      } catch (error) {
        got = { error: (error as Error).message };
      }
      return { got, want: c.error !== undefined ? { error: c.error } : { words: c.words } };
    });
    expect(wrong).toEqual([]);
  });
});
