import { describe, expect, test } from 'vitest';
import { codecName, jsonDetectEncoding, PyLookupError, pyDecode } from '../../../src/python/codecs.js';
import { PyValueError } from '../../../src/python/errors.js';

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
