import { describe, expect, test } from 'vitest';
import { closeMatches, ratio } from '../../../src/python/difflib.js';

describe('closeMatches', () => {
  test.each([
    ['json', 'jsn', 6 / 7],
    ['abc', 'abc', 1],
    ['abc', 'xyz', 0],
    ['', '', 1],
  ])('ratio(%s, %s)', (a, b, want) => {
    expect(ratio(a, b)).toBeCloseTo(want, 10);
  });
  test('keeps only candidates at or above the cutoff, best first', () => {
    expect(closeMatches('yaml-strem', ['yaml', 'yaml-stream', 'json'])).toEqual(['yaml-stream']);
  });
});
