/**
 * Python's comparison operators over JSON-like values: `==` (bool is an int, 1 == 1.0, containers
 * compare member by member) and the orderings, which raise TypeError across types.
 */
import { PyFloat, pyTypeName } from './repr.js';
import { codePointOrder } from './strings.js';

/** Python's TypeError, with its message. */
export class PyTypeError extends Error {
  override readonly name = 'TypeError';
}

/** The numeric value of an int, float or bool (bool is an int in Python), or undefined. */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value instanceof PyFloat) return value.value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

/** Python's `a == b`. */
export function pyEquals(a: unknown, b: unknown): boolean {
  const x = numericValue(a);
  const y = numericValue(b);
  if (x !== undefined || y !== undefined) {
    if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
    return x !== undefined && y !== undefined && x === y;
  }
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => pyEquals(item, b[i]));
  }
  if (pyTypeName(a) === 'dict' && pyTypeName(b) === 'dict') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    return (
      ka.length === kb.length &&
      ka.every(
        (k) =>
          Object.hasOwn(b as object, k) &&
          pyEquals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return a === b;
}

const SYMBOLS = { lt: '<', gt: '>', lte: '<=', gte: '>=' } as const;

/**
 * Python's ordering `a OP b` for numbers and strings (strings by code point); other pairs raise
 * TypeError as Python words it.
 */
export function pyOrder(op: keyof typeof SYMBOLS, a: unknown, b: unknown): boolean {
  const cmp = pyCompare(a, b, SYMBOLS[op]);
  switch (op) {
    case 'lt':
      return cmp < 0;
    case 'gt':
      return cmp > 0;
    case 'lte':
      return cmp <= 0;
    case 'gte':
      return cmp >= 0;
  }
}

/** A three-way comparison under Python's rules for `sorted()`, `min()`, `max()`; TypeError across types. */
export function pyCompare(a: unknown, b: unknown, symbol = '<'): number {
  const x = numericValue(a);
  const y = numericValue(b);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return codePointOrder(a, b);
  throw new PyTypeError(`'${symbol}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
}

/** Python's str.isspace() characters (JavaScript's \s has U+FEFF, which Python's has not, and lacks U+001C-U+001F). */
const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const PY_STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'g');

/**
 * The text as int() and float() read it: Python's whitespace stripped, and every Unicode decimal digit
 * (Arabic-Indic ٣, fullwidth ３…) as its ASCII digit. Decimal digits come in runs of ten, zero first.
 */
function asciiNumber(text: string): string {
  return text.replace(PY_STRIP, '').replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) as number;
    let start = code;
    while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    return String((code - start) % 10);
  });
}

/** Python's `int(text)`: spaces, a sign, digits (any script's) with single underscores between them. */
export function pyIntOfText(text: string): number | bigint | undefined {
  const match = /^([-+]?)([0-9](?:_?[0-9])*)$/.exec(asciiNumber(text));
  if (!match) return undefined;
  const digits = `${match[1]}${(match[2] as string).replaceAll('_', '')}`;
  const n = Number(digits) || 0;
  return Number.isSafeInteger(n) ? n : BigInt(digits);
}

/** Python's `float(text)`: decimal and exponent forms with underscores, inf, infinity, nan (any case). */
export function pyFloatOfText(text: string): number | undefined {
  const t = asciiNumber(text);
  const special = /^([-+]?)(inf|infinity|nan)$/i.exec(t);
  if (special) {
    const value = (special[2] as string).toLowerCase() === 'nan' ? Number.NaN : Number.POSITIVE_INFINITY;
    return special[1] === '-' ? -value : value;
  }
  const digits = '[0-9](?:_?[0-9])*';
  const number = new RegExp(`^[-+]?(?:${digits}(?:\\.(?:${digits})?)?|\\.${digits})(?:[eE][-+]?${digits})?$`);
  if (!number.test(t)) return undefined;
  return Number(t.replaceAll('_', ''));
}
