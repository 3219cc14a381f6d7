import { describe, expect, test } from 'vitest';
import { codePointLength, codePointOrder } from '../../../src/python/strings.js';

describe('codePointOrder (sorted() of str)', () => {
  test('a character above U+FFFF sorts after U+E000–U+FFFF, as in Python (not as UTF-16 units)', () => {
    expect(['😀', '\uffee', 'a'].sort(codePointOrder)).toEqual(['a', '\uffee', '😀']);
    expect(['😀', '\uffee'].sort()).toEqual(['\uffee', '😀'].reverse());
  });
  test('prefixes first, then by code point', () => {
    expect(['ab', 'a', 'B', 'é'].sort(codePointOrder)).toEqual(['B', 'a', 'ab', 'é']);
    expect(codePointOrder('x', 'x')).toBe(0);
  });
});

describe('codePointLength (len() of str)', () => {
  test.each([
    ['', 0],
    ['abc', 3],
    ['😀😀', 2],
    ['a\ud800b', 3],
  ])('len(%j) = %d', (s, want) => expect(codePointLength(s)).toBe(want));
});
