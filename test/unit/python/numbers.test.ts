import { describe, expect, test } from 'vitest';
import { pyInt, roundHalfEven } from '../../../src/python/numbers.js';

describe('pyInt (int() of text)', () => {
  test.each([
    ['3', 3],
    [' -2 ', -2],
    ['+7', 7],
    ['007', 7],
  ])('%j → %d', (text, want) => expect(pyInt(text)).toBe(want));
  test.each(['', '1.5', '0x10', '1e3', 'abc', '1 2'])('%j raises (undefined)', (text) =>
    expect(pyInt(text)).toBeUndefined(),
  );
});

describe('roundHalfEven (round())', () => {
  test.each([
    [0.5, 0],
    [1.5, 2],
    [2.5, 2],
    [2.4999, 2],
    [2.5001, 3],
    [-0.5, 0],
    [-1.5, -2],
  ])('round(%d) = %d', (x, want) => expect(roundHalfEven(x)).toBe(want));
});
