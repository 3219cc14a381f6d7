import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { codecName, jsonDetectEncoding, PyLookupError, pyDecode } from '../../../src/python/codecs.js';
import { PyValueError } from '../../../src/python/errors.js';
import { mismatches, readCases } from './fixtures/read.js';

describe('codecName (Python codec lookup)', () => {
  test.each([
    ['UTF-8', 'utf_8'],
    ['utf8', 'utf_8'],
    ['latin-1', 'latin_1'],
    ['ISO-8859-1', 'latin_1'],
    ['Windows-1252', 'cp1252'],
    ['646', 'ascii'],
    ['utf-8-sig', 'utf_8_sig'],
  ])('%s → %s', (name, want) => expect(codecName(name)).toBe(want));
});

describe('pyDecode (strict)', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  test('latin-1 maps every byte to its code point (not windows-1252)', () => {
    expect(pyDecode(bytes(0x41, 0xe9, 0x80), 'latin-1')).toBe('Aé\u0080');
  });
  test('utf-8 keeps a BOM, utf-8-sig drops it', () => {
    expect(pyDecode(bytes(0xef, 0xbb, 0xbf, 0x41), 'utf-8')).toBe('\ufeffA');
    expect(pyDecode(bytes(0xef, 0xbb, 0xbf, 0x41), 'utf-8-sig')).toBe('A');
  });
  test('ascii and cp1252 refuse bytes they do not define; utf-8 refuses bad sequences', () => {
    expect(() => pyDecode(bytes(0x80), 'ascii')).toThrow(PyValueError);
    expect(() => pyDecode(bytes(0x81), 'cp1252')).toThrow(PyValueError);
    expect(pyDecode(bytes(0x80), 'cp1252')).toBe('€');
    expect(() => pyDecode(bytes(0xe9), 'utf-8')).toThrow(PyValueError);
  });
  test('utf-16 follows its BOM; utf-32 decodes', () => {
    expect(pyDecode(bytes(0xfe, 0xff, 0, 0x41), 'utf-16')).toBe('A');
    expect(pyDecode(bytes(0xff, 0xfe, 0x41, 0), 'utf-16')).toBe('A');
    expect(pyDecode(bytes(0x41, 0, 0, 0), 'utf-32-le')).toBe('A');
  });
  test('an unknown codec is LookupError', () => {
    expect(() => pyDecode(bytes(0x41), 'klingon')).toThrow(new PyLookupError('unknown encoding: klingon'));
  });
});

describe('jsonDetectEncoding (json.detect_encoding)', () => {
  test.each([
    [[0xff, 0xfe, 0x7b, 0], 'utf-16'],
    [[0x7b, 0, 0x22, 0], 'utf-16-le'],
    [[0, 0x7b, 0, 0x22], 'utf-16-be'],
    [[0x7b, 0, 0, 0], 'utf-32-le'],
    [[0xef, 0xbb, 0xbf, 0x7b], 'utf-8-sig'],
    [[0x7b, 0x7d], 'utf-8'],
  ])('%j → %s', (b, want) => expect(jsonDetectEncoding(new Uint8Array(b))).toBe(want));
});

// Differential: every case is what CPython 3.11 did reading those bytes through open(…, encoding=) with that
// spelling, as aws-cli reads file:// values (fixtures/decode.py wrote them): the text, or the kind of error.
describe('pyDecode agrees with CPython for each spelling and byte sample (fixtures/decode.jsonl)', () => {
  interface Case {
    encoding: string;
    bytes: string;
    text?: number[];
    error?: 'LookupError' | 'UnicodeDecodeError';
  }
  const cases = readFileSync(new URL('./fixtures/decode.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Case);
  const byEncoding = new Map<string, Case[]>();
  for (const c of cases) byEncoding.set(c.encoding, [...(byEncoding.get(c.encoding) ?? []), c]);
  test.each([...byEncoding.keys()])('%j', (encoding) => {
    const wrong: string[] = [];
    for (const c of byEncoding.get(encoding) ?? []) {
      let got: string;
      try {
        const text = pyDecode(new Uint8Array(Buffer.from(c.bytes, 'hex')), encoding);
        got = JSON.stringify({ text: [...text].map((ch) => ch.codePointAt(0)) });
      } catch (error) {
        got = JSON.stringify({
          error:
            error instanceof PyLookupError
              ? 'LookupError'
              : error instanceof PyValueError
                ? 'UnicodeDecodeError'
                : String(error),
        });
      }
      const want = JSON.stringify(c.error ? { error: c.error } : { text: c.text });
      if (got !== want) wrong.push(`${c.bytes}: ${got} (CPython: ${want})`);
    }
    expect(wrong).toEqual([]);
  });
});

// Differential: Python's json.detect_encoding on seeded byte prefixes of BOM bytes, zeros and ASCII.
describe('jsonDetectEncoding agrees with Python (fixtures/detect-encoding.jsonl)', () => {
  test('every case', () => {
    const cases = readCases<{ bytes: string; encoding: string }>('detect-encoding.jsonl');
    const wrong = mismatches(cases, (c) => ({
      got: jsonDetectEncoding(new Uint8Array(Buffer.from(c.bytes, 'hex'))),
      want: c.encoding,
    }));
    expect(wrong).toEqual([]);
  });
});
