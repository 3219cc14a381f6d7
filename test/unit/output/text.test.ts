import { describe, expect, test } from 'vitest';
import { GeneralError } from '../../../src/errors.js';
import { formatText } from '../../../src/output/text.js';

describe('formatText (aws-cli text formatter)', () => {
  test.each([
    [{ TaskRunId: 'tfr-1' }, 'tfr-1\n'],
    [null, 'None\n'],
    ['', '\n'],
    [true, 'True\n'],
    [{}, ''],
    [[], ''],
    [{ list: [] }, ''],
    [{ e: {} }, ''],
    [[{}], ''],
    [[[]], ''],
    [{ z: 'last', a: 'first', m: null }, 'first\tNone\tlast\n'],
    [{ b: 1, a: [1, 2], c: { d: 'e', f: [3, 4] } }, '1\nA\t1\nA\t2\nC\te\nF\t3\nF\t4\n'],
    [
      {
        k: [
          { a: 1, b: 'x' },
          { a: 2, c: 'y' },
        ],
      },
      'K\t1\tx\t\nK\t2\t\ty\n',
    ],
    [{ a: [1, [2, 3], 4] }, 'A\t1\nA\t4\nA\t2\nA\t3\n'],
    [{ a: [{ x: 1, y: [5, 6] }, { x: 2 }] }, 'A\t1\nY\t5\nY\t6\nA\t2\n'],
    [
      [
        { a: 1, n: { x: 1 } },
        { b: 2, l: [1, 2] },
      ],
      '1\t\nN\t1\n\t2\nL\t1\nL\t2\n',
    ],
    [{ c: { x: { y: 1 } } }, 'X\t1\n'],
    [[1, [2, 3], 'x'], '1\tx\n2\t3\n'],
    [{ ñame: ['v'] }, 'ÑAME\tv\n'],
  ])('%j', (value, want) => expect(formatText(value)).toBe(want));

  test('a list mixing dicts and scalars fails like aws-cli (255)', () => {
    expect(() => formatText([{ a: 1 }, 2])).toThrow(GeneralError);
    expect(() => formatText([{ a: 1 }, 2])).toThrow("'int' object has no attribute 'items'");
  });
});
