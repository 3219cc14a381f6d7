import { describe, expect, test } from 'vitest';
import { PyValueError } from '../../../src/python/errors.js';
import { shlexSplit } from '../../../src/python/shlex.js';

describe('shlexSplit (POSIX shlex.split)', () => {
  test.each([
    ['', []],
    ['  a  b ', ['a', 'b']],
    ["'' x", ['', 'x']],
    ['"a\\$b" \'a\\$b\'', ['a$b', 'a\\$b']],
    ['a\\ b', ['a b']],
  ])('%j', (command, want) => expect(shlexSplit(command)).toEqual(want));
  test('an unclosed quote raises ValueError', () => {
    expect(() => shlexSplit('a "b')).toThrow(PyValueError);
    expect(() => shlexSplit('a "b')).toThrow('No closing quotation');
  });
});
