import { describe, expect, test } from 'vitest';
import { expandUser, expandVars } from '../../../src/python/os-path.js';
import { mismatches, readCases } from './fixtures/read.js';

describe('path expansion', () => {
  test.each([
    ['~', '/h'],
    ['~/x', '/h/x'],
    ['~other/x', '~other/x'],
    ['a~', 'a~'],
  ])('expandUser(%s)', (path, want) => expect(expandUser(path, '/h')).toBe(want));
  test.each([
    ['$A/x', '/a/x'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell's ${NAME} form is the input under test
    ['${A}x', '/ax'],
    ['$MISSING/x', '$MISSING/x'],
    ['no vars', 'no vars'],
  ])('expandVars(%s)', (path, want) => expect(expandVars(path, { A: '/a' })).toBe(want));
});

describe('expandUser with the password database', () => {
  const passwd = 'root:x:0:0:root:/root:/bin/bash\nlabeler:x:1000:1000::/home/labeler:/bin/sh\n';
  test.each([
    ['~root/x', '/root/x'],
    ['~labeler', '/home/labeler'],
    ['~nobody-here/x', '~nobody-here/x'],
    ['~/x', '/h/x'],
  ])('%s → %s', (path, want) => expect(expandUser(path, '/h', passwd)).toBe(want));
});

// Differential: os.path.expandvars on seeded strings of $NAME, ${NAME}, unset and malformed references.
describe('expandVars agrees with Python on generated paths (fixtures/expandvars.jsonl)', () => {
  test('every case', () => {
    const cases = readCases<{ env: Record<string, string>; path: string; out: string }>('expandvars.jsonl');
    const wrong = mismatches(cases, (c) => ({ got: expandVars(c.path, c.env), want: c.out }));
    expect(wrong).toEqual([]);
  });
});
