import { describe, expect, test } from 'vitest';
import { closeMatches, ratio } from '../../../src/python/difflib.js';
import { mismatches, readCases } from './fixtures/read.js';

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

// Differential: difflib.get_close_matches(cutoff=0.8, as aws-cli's argparser calls it) on seeded
// misspellings of this tool's flags and choices.
describe('closeMatches agrees with Python on generated misspellings (fixtures/difflib.jsonl)', () => {
  test('every case', () => {
    const cases = readCases<{ word: string; candidates: string[]; matches: string[] }>('difflib.jsonl');
    const wrong = mismatches(cases, (c) => ({ got: closeMatches(c.word, c.candidates), want: c.matches }));
    expect(wrong).toEqual([]);
  });
});
