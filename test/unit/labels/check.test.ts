import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { capped, checkLabelsFile, firstInvalidUtf8, parseS3Path } from '../../../src/labels/check.js';

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

describe('checkLabelsFile: each problem a user can meet, in its words', () => {
  const HEADER = 'labeling_set_id,label,id,name\n';
  const problems = (text: string | Uint8Array) =>
    checkLabelsFile(typeof text === 'string' ? bytes(text) : text, SCHEMA).problems;
  const advice = (text: string) => checkLabelsFile(bytes(text), SCHEMA).advice;

  test('an empty file; a file of blank lines only', () => {
    expect(problems('')).toEqual(['the file is empty (Glue: "Invalid label file of size 0.")']);
    expect(problems('\n\n')).toEqual(['the file has no header and no rows']);
  });

  test('a byte-order mark is named (and the rest is still read); two of its three bytes are not one', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(`${HEADER}1,A,1,x\n1,A,2,y\n`)]);
    expect(problems(withBom)).toEqual([
      'line 1: the file starts with a UTF-8 byte-order mark (EF BB BF), as spreadsheet programs write it; save it as UTF-8 without a BOM',
    ]);
    // U+FEFF is 3 bytes; "ï»" (C3 AF C2 BB) in a header is text, not a BOM.
    expect(problems(`\u00ef\u00bb${HEADER}`)[0]).toMatch(/^line 1: the first two columns must be/);
  });

  test('a cp1252 byte: its line, column and value in hex', () => {
    const text = new Uint8Array([...bytes(`${HEADER}1,A,1,caf`), 0xe9, ...bytes('\n1,A,2,y\n')]);
    expect(problems(text)).toEqual([
      'line 2: byte 0xE9 at column 10 is not UTF-8; the file looks like cp1252 (Windows-1252), as files edited on Windows often are: save it as UTF-8',
    ]);
    const early = new Uint8Array([0x0a, 0x0a, 0x05 + 0x80]);
    expect(problems(early)[0]).toMatch(/^line 3: byte 0x85 at column 1 is not UTF-8/);
  });

  test('a row with another field count: singular and plural', () => {
    expect(problems(`${HEADER}1,A,1,x\n1\n1,A,2,y,extra\n`)).toEqual([
      'line 3: 1 field; the header has 4',
      'line 3: label is empty',
      'line 4: 5 fields; the header has 4',
    ]);
  });

  test('an empty or blank labeling_set_id or label, per line', () => {
    expect(problems(`${HEADER} ,A,1,x\n1, ,2,y\n1,B,3,z\n`)).toEqual([
      'line 2: labeling_set_id is empty',
      'line 3: label is empty',
    ]);
  });

  test('the first two columns, and the schema columns missing or extra', () => {
    expect(problems('set,label,id,name\n1,A,1,x\n1,A,2,y\n')).toEqual([
      'line 1: the first two columns must be labeling_set_id,label (they are set,label)',
    ]);
    expect(problems('labeling_set_id\n1\n1\n')).toEqual([
      'line 1: the first two columns must be labeling_set_id,label (they are labeling_set_id,(none))',
      "line 1: the columns after label must be the transform's schema (id,name): missing id, name",
      'line 2: label is empty',
      'line 3: label is empty',
    ]);
    expect(problems('labeling_set_id,label,id,name,age\n1,A,1,x,3\n1,A,2,y,4\n')).toEqual([
      "line 1: the columns after label must be the transform's schema (id,name): not in the schema age",
    ]);
    expect(problems('labeling_set_id,label,id,age\n1,A,1,3\n1,A,2,4\n')).toEqual([
      "line 1: the columns after label must be the transform's schema (id,name): missing name; not in the schema age",
    ]);
  });

  test('labeling set sizes: 1 row, 2–30 fine, 31–50 acceptable at most, over 50 risky', () => {
    const rows = (set: string, n: number) => Array.from({ length: n }, (_, i) => `${set},A,${i},x${i}\n`).join('');
    expect(advice(`${HEADER}${rows('s2', 2)}${rows('s30', 30)}`)).toEqual([]);
    expect(advice(`${HEADER}${rows('one', 1)}${rows('s31', 31)}${rows('s50', 50)}${rows('s51', 51)}`)).toEqual([
      'labeling set one: a single row, which teaches the transform nothing (a set needs 2 or more)',
      'labeling set s31: 31 rows; 10–20 are recommended, at most 30 acceptable',
      'labeling set s50: 50 rows; 10–20 are recommended, at most 30 acceptable',
      'labeling set s51: 51 rows; over 50 "may cause poor results or system failure" (10–20 recommended)',
    ]);
  });

  test('rows with an empty labeling_set_id belong to no set', () => {
    expect(advice(`${HEADER} ,A,1,x\n ,A,2,y\n`)).toEqual([]);
  });
});

describe('parseS3Path', () => {
  test('bucket and key; a key may hold any character, a line break too; no key is no path', () => {
    expect(parseS3Path('s3://b/k/l.csv')).toEqual({ bucket: 'b', key: 'k/l.csv' });
    expect(parseS3Path('s3://b/a\nb')).toEqual({ bucket: 'b', key: 'a\nb' });
    for (const bad of ['s3://b', 's3://b/', 'S3://b/k', 'x s3://b/k', 's3:///k', 'https://b/k'])
      expect(parseS3Path(bad), bad).toBeUndefined();
  });
});

describe('firstInvalidUtf8 agrees with a UTF-8 decoder', () => {
  test.each([
    ['U+007F', [0x7f], undefined],
    ['U+0080', [0xc2, 0x80], undefined],
    ['U+07FF', [0xdf, 0xbf], undefined],
    ['overlong C1', [0xc1, 0xbf], 0],
    ['U+0800', [0xe0, 0xa0, 0x80], undefined],
    ['overlong E0 9F', [0xe0, 0x9f, 0xbf], 0],
    ['U+D7FF', [0xed, 0x9f, 0xbf], undefined],
    ['surrogate U+DFFF', [0xed, 0xbf, 0xbf], 0],
    ['U+E000', [0xee, 0x80, 0x80], undefined],
    ['U+FFFF', [0xef, 0xbf, 0xbf], undefined],
    ['U+10000', [0xf0, 0x90, 0x80, 0x80], undefined],
    ['overlong F0 8F', [0xf0, 0x8f, 0xbf, 0xbf], 0],
    ['U+10FFFF', [0xf4, 0x8f, 0xbf, 0xbf], undefined],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['F5', [0xf5, 0x80, 0x80, 0x80], 0],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a truncated 4-byte sequence', [0x61, 0x62, 0xf0, 0x9f, 0x98], 2],
    ['a sequence broken by ASCII', [0xe2, 0x61, 0x82], 0],
  ])('%s', (_name, input, offset) => expect(firstInvalidUtf8(new Uint8Array(input))).toBe(offset));

  test('any bytes: none reported exactly when the bytes are UTF-8; else all before it are', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (input) => {
        const offset = firstInvalidUtf8(input);
        if (offset === undefined) return isUtf8(input);
        return !isUtf8(input) && offset < input.length && isUtf8(input.subarray(0, offset));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('capped', () => {
  test('20 lines, then how many more', () => {
    const lines = Array.from({ length: 23 }, (_, i) => `p${i}`);
    expect(capped(lines, 'problems').slice(-2)).toEqual(['p19', 'and 3 more problems']);
    expect(capped(lines.slice(0, 20), 'problems')).toHaveLength(20);
  });
});
