import { describe, expect, test } from 'vitest';
import { capped, checkLabelsFile, firstInvalidUtf8 } from '../../../src/labels/check.js';

const SCHEMA = [{ Name: 'id' }, { Name: 'name' }];
const bytes = (text: string) => new TextEncoder().encode(text);

describe('checkLabelsFile', () => {
  test('a good file has nothing to say; columns after label may come in any order', () => {
    expect(checkLabelsFile(bytes('labeling_set_id,label,name,id\n1,A,x,1\n1,A,y,2\n'), SCHEMA)).toEqual({
      problems: [],
      advice: [],
    });
  });

  test('quoted fields with commas and line breaks are one field (csv-parse), line numbers count lines', () => {
    const report = checkLabelsFile(bytes('labeling_set_id,label,id,name\n1,A,1,"a, b\nc"\n1,A,2\n'), SCHEMA);
    expect(report.problems).toEqual(['line 4: 3 fields; the header has 4']);
  });

  test('an unclosed quote is a CSV problem with its line', () => {
    const report = checkLabelsFile(bytes('labeling_set_id,label,id,name\n1,A,1,"open\n'), SCHEMA);
    expect(report.problems[0]).toMatch(/^line \d+: not valid CSV: /);
  });

  test('a header without rows is a problem', () => {
    expect(checkLabelsFile(bytes('labeling_set_id,label,id,name\n'), SCHEMA).problems).toEqual([
      'the file has a header but no rows',
    ]);
  });
});

describe('firstInvalidUtf8', () => {
  test.each([
    [[0x61, 0x62], undefined],
    [[0xc3, 0xa9], undefined],
    [[0xf0, 0x9f, 0x98, 0x80], undefined],
    [[0x61, 0xe9, 0x62], 1],
    [[0xc0, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0xe2, 0x82], 0],
  ])('%j → %s', (input, offset) => expect(firstInvalidUtf8(new Uint8Array(input))).toBe(offset));
});

describe('capped', () => {
  test('20 lines, then how many more', () => {
    const lines = Array.from({ length: 23 }, (_, i) => `p${i}`);
    expect(capped(lines, 'problems').slice(-2)).toEqual(['p19', 'and 3 more problems']);
    expect(capped(lines.slice(0, 20), 'problems')).toHaveLength(20);
  });
});
