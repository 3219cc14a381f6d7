/**
 * Python's codecs, for AWS_CLI_FILE_ENCODING and JSON read from bytes: codec names as Python looks
 * them up (case, `-`/`_`/space, aliases such as latin-1, utf8, 646, windows-1252), and the strict
 * decoders whose results differ from the web's TextDecoder (latin-1 is not windows-1252, ascii and
 * cp1252 reject undefined bytes, utf-8 keeps a BOM and utf-8-sig drops it).
 */

import { Buffer, isUtf8 } from 'node:buffer';
import { PyValueError } from './errors.js';

/** Python's LookupError: no codec by that name. */
export class PyLookupError extends Error {
  override readonly name = 'LookupError';
}

const ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf_8',
  u8: 'utf_8',
  utf: 'utf_8',
  cp65001: 'utf_8',
  latin1: 'latin_1',
  latin: 'latin_1',
  l1: 'latin_1',
  iso8859_1: 'latin_1',
  iso_8859_1: 'latin_1',
  '8859': 'latin_1',
  cp819: 'latin_1',
  ibm819: 'latin_1',
  us_ascii: 'ascii',
  '646': 'ascii',
  us: 'ascii',
  ansi_x3_4_1968: 'ascii',
  iso646_us: 'ascii',
  cp367: 'ascii',
  windows_1252: 'cp1252',
  '1252': 'cp1252',
  utf16: 'utf_16',
  u16: 'utf_16',
  utf_16le: 'utf_16_le',
  utf_16be: 'utf_16_be',
  utf32: 'utf_32',
  u32: 'utf_32',
  utf_32le: 'utf_32_le',
  utf_32be: 'utf_32_be',
};

/** encodings.normalize_encoding plus the alias table: the codec module's name. */
export function codecName(encoding: string): string {
  const normalized = encoding
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ALIASES[normalized] ?? ALIASES[normalized.replaceAll('.', '_')] ?? normalized;
}

/** Node's native UTF-8 check and decode (linear and fast on big inputs); the web's decoder otherwise. */
const strictUtf = (label: string, bytes: Uint8Array): string => {
  if (label === 'utf-8' && isUtf8(bytes))
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
};
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** cp1252's 0x80–0x9F (Node's windows-1252 decoder is latin-1 there). */
const CP1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

function decodeError(codec: string): PyValueError {
  return new PyValueError(`'${codec}' codec can't decode the bytes`);
}

function utf32(bytes: Uint8Array, littleEndian: boolean): string {
  if (bytes.length % 4 !== 0) throw decodeError('utf-32');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw decodeError('utf-32');
    out += String.fromCodePoint(code);
  }
  return out;
}

/** bytes.decode(encoding), strict. Throws PyLookupError for an unknown codec, PyValueError for bad bytes. */
export function pyDecode(bytes: Uint8Array, encoding: string): string {
  const codec = codecName(encoding);
  try {
    switch (codec) {
      case 'utf_8':
        return strictUtf('utf-8', bytes);
      case 'utf_8_sig':
        return strictUtf(
          'utf-8',
          bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes,
        );
      case 'latin_1':
        return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
      case 'ascii':
        if (bytes.some((b) => b > 0x7f)) throw decodeError('ascii');
        return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
      case 'cp1252':
        if (bytes.some((b) => CP1252_UNDEFINED.has(b))) throw decodeError('charmap');
        return Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join(
          '',
        );
      case 'utf_16': {
        // The BOM picks the byte order (and is dropped); without one, the machine's (little-endian).
        if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictUtf('utf-16be', bytes.subarray(2));
        if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictUtf('utf-16le', bytes.subarray(2));
        return strictUtf('utf-16le', bytes);
      }
      case 'utf_16_le':
        return strictUtf('utf-16le', bytes);
      case 'utf_16_be':
        return strictUtf('utf-16be', bytes);
      case 'utf_32': {
        if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
          return utf32(bytes.subarray(4), false);
        if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
          return utf32(bytes.subarray(4), true);
        return utf32(bytes, true);
      }
      case 'utf_32_le':
        return utf32(bytes, true);
      case 'utf_32_be':
        return utf32(bytes, false);
    }
  } catch (error) {
    if (error instanceof PyValueError) throw error;
    throw decodeError(codec);
  }
  // Other codecs (iso8859_15, shift_jis, koi8_r, …): the web's decoder of the same name, strictly.
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(codec.replaceAll('_', '-'), { fatal: true });
  } catch {
    throw new PyLookupError(`unknown encoding: ${encoding}`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw decodeError(codec);
  }
}

/** json.detect_encoding: the encoding Python's json.loads reads bytes with (BOMs, then zero-byte patterns). */
export function jsonDetectEncoding(b: Uint8Array): string {
  const starts = (...prefix: number[]): boolean => prefix.every((v, i) => b[i] === v);
  if (starts(0, 0, 0xfe, 0xff) || starts(0xff, 0xfe, 0, 0)) return 'utf-32';
  if (starts(0xfe, 0xff) || starts(0xff, 0xfe)) return 'utf-16';
  if (starts(0xef, 0xbb, 0xbf)) return 'utf-8-sig';
  if (b.length >= 4) {
    if (!b[0]) return b[1] ? 'utf-16-be' : 'utf-32-be';
    if (!b[1]) return b[2] || b[3] ? 'utf-16-le' : 'utf-32-le';
  } else if (b.length === 2) {
    if (!b[0]) return 'utf-16-be';
    if (!b[1]) return 'utf-16-le';
  }
  return 'utf-8';
}
