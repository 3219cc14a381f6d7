/**
 * Python's json module. `jsonLoads` keeps what json.loads keeps and JSON.parse loses: floats stay
 * floats (1.0 is not 1), big integers stay exact, and NaN / Infinity / -Infinity are accepted.
 * `jsonDumps` writes as json.dumps does, with its indent, separators and ensure_ascii.
 */

import { PyValueError } from './errors.js';
import { PyTypeError } from './operators.js';
import { isIntLike, PyDateTime, PyFloat, PyObject, pyFloatRepr } from './repr.js';

export type JsonValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | PyFloat
  | JsonValue[]
  | { [key: string]: JsonValue };

/** json.loads of a whole document; surrounding whitespace is allowed, anything else after the value is not. */
export function jsonLoads(text: string): JsonValue {
  const reader = new Reader(text);
  reader.skipSpace();
  const value = reader.value();
  reader.skipSpace();
  if (!reader.atEnd()) throw reader.fail('Extra data', reader.pos);
  return value;
}

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
/** A run of string characters that need no attention: no quote, backslash or control character. */
/** What a string literal's body needs decoded (an escape) or refused (a control character) for. */
const NEEDS_DECODING = /[\\\u0000-\u001f]/;
const PLAIN_RUN = /[^"\\\u0000-\u001f]+/y;
const SPACE_RUN = /[ \t\n\r]*/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Reader {
  pos = 0;
  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipSpace(): void {
    SPACE_RUN.lastIndex = this.pos;
    SPACE_RUN.exec(this.text);
    this.pos = SPACE_RUN.lastIndex;
  }

  value(): JsonValue {
    const ch = this.text[this.pos];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    for (const [word, value] of WORDS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.number();
  }

  private object(): { [key: string]: JsonValue } {
    // A null prototype: keys such as __proto__ or constructor are plain members, as in a Python dict.
    const result: { [key: string]: JsonValue } = Object.create(null);
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') throw this.fail('Expecting property name enclosed in double quotes');
      const key = this.string();
      this.skipSpace();
      this.expect(':', "Expecting ':' delimiter");
      this.skipSpace();
      // Duplicate keys: the last one wins, at the first one's place (a Python dict keeps insertion order).
      result[key] = this.value();
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect('}', "Expecting ',' delimiter");
      return result;
    }
  }

  private array(): JsonValue[] {
    const result: JsonValue[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      result.push(this.value());
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect(']', "Expecting ',' delimiter");
      return result;
    }
  }

  private string(): string {
    const fast = this.stringByParse();
    if (fast !== undefined) return fast;
    return this.stringByParts();
  }

  /**
   * A well-formed string literal decoded in one native step: its end found with indexOf (a quote
   * after an even run of backslashes), then JSON.parse, whose escapes and surrogate handling are
   * json.loads's. Anything it would refuse goes to the exact reader, which words the error as Python
   * does.
   */
  private stringByParse(): string | undefined {
    const text = this.text;
    // The closing quote: the next one not escaped by an odd run of backslashes.
    let i = this.pos + 1;
    for (;;) {
      const quote = text.indexOf('"', i);
      if (quote < 0) return undefined;
      let before = quote - 1;
      while (text.charCodeAt(before) === 0x5c) before--;
      i = quote;
      if ((quote - 1 - before) % 2 === 0) break;
      i = quote + 1;
    }
    // No escape and no control character: the literal is its own value. The slice shares the text's
    // memory (a 10 MB value is not copied); JSON.parse would build a copy.
    const inner = text.slice(this.pos + 1, i);
    if (!NEEDS_DECODING.test(inner)) {
      this.pos = i + 1;
      return inner;
    }
    try {
      const value = JSON.parse(text.slice(this.pos, i + 1)) as string;
      this.pos = i + 1;
      return value;
    } catch {
      return undefined;
    }
  }

  private stringByParts(): string {
    const opened = this.pos;
    this.pos++;
    const parts: string[] = [];
    for (;;) {
      PLAIN_RUN.lastIndex = this.pos;
      if (PLAIN_RUN.exec(this.text)) {
        parts.push(this.text.slice(this.pos, PLAIN_RUN.lastIndex));
        this.pos = PLAIN_RUN.lastIndex;
      }
      const ch = this.text[this.pos];
      if (ch === undefined) throw this.fail('Unterminated string starting at', opened);
      if (ch !== '"' && ch !== '\\') throw this.fail('Invalid control character at');
      this.pos++;
      if (ch === '"') return parts.length === 1 ? (parts[0] as string) : parts.join('');
      const esc = this.text[this.pos++] ?? '';
      if (esc === 'u') {
        const hex = this.text.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.fail('Invalid \\uXXXX escape', this.pos - 1);
        parts.push(String.fromCharCode(Number.parseInt(hex, 16)));
        this.pos += 4;
      } else if (esc in ESCAPES) {
        parts.push(ESCAPES[esc] as string);
      } else {
        throw this.fail('Invalid \\escape', this.pos - 2);
      }
    }
  }

  private number(): JsonValue {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) throw this.fail('Expecting value');
    this.pos += match[0].length;
    if (match[1] !== undefined || match[2] !== undefined) return new PyFloat(Number(match[0]));
    // A Python int: -0 is 0; beyond 2^53 it stays exact.
    const n = Number(match[0]) || 0;
    return Number.isSafeInteger(n) ? n : BigInt(match[0]);
  }

  private expect(ch: string, message: string): void {
    if (this.text[this.pos] !== ch) throw this.fail(message);
    this.pos++;
  }

  /** json.JSONDecodeError's message: what, then where (line, column and character index). */
  fail(what: string, at = this.pos): PyValueError {
    const before = this.text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    return new PyValueError(`${what}: line ${line} column ${column} (char ${at})`);
  }
}

const WORDS: ReadonlyArray<[string, JsonValue]> = [
  ['null', null],
  ['true', true],
  ['false', false],
  ['NaN', new PyFloat(Number.NaN)],
  ['Infinity', new PyFloat(Number.POSITIVE_INFINITY)],
  ['-Infinity', new PyFloat(Number.NEGATIVE_INFINITY)],
];

/**
 * json.dumps options: `indent` (None when undefined), `separators` as (item, key), `ensure_ascii`, and
 * `default`, called with an object json cannot write (a PyObject) for a value to write instead.
 */
export interface DumpsOptions {
  readonly indent?: number;
  readonly separators?: readonly [item: string, key: string];
  readonly ensureAscii: boolean;
  readonly default?: (value: PyObject) => unknown;
}

/** Python's json.dumps of a JSON-like value (dicts keep insertion order). */
export function jsonDumps(value: unknown, options: DumpsOptions): string {
  const separators = options.separators ?? (options.indent === undefined ? [', ', ': '] : [',', ': ']);
  return dump(value, 0, { ...options, separators });
}

function dump(
  value: unknown,
  level: number,
  options: DumpsOptions & { separators: readonly [string, string] },
): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof PyObject) {
    if (options.default === undefined)
      throw new PyTypeError(`Object of type ${value.pyClassName} is not JSON serializable`);
    const replaced = options.default(value);
    // json's encoder marks the object while `default` runs: getting it back is a cycle.
    if (replaced === value) throw new PyValueError('Circular reference detected');
    return dump(replaced, level, options);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return isIntLike(value) ? String(value) : floatText(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof PyFloat) return floatText(value.value);
  // aws-cli's JSON encoder writes a datetime as its isoformat().
  if (value instanceof PyDateTime) return jsonString(value.isoformat(), options.ensureAscii);
  if (typeof value === 'string') return jsonString(value, options.ensureAscii);
  const [itemSep, keySep] = options.separators;
  const { indent } = options;
  const open = indent === undefined ? '' : `\n${' '.repeat(indent * (level + 1))}`;
  const close = indent === undefined ? '' : `\n${' '.repeat(indent * level)}`;
  const between = indent === undefined ? itemSep : `${itemSep.trimEnd()}${open}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${open}${value.map((item) => dump(item, level + 1, options)).join(between)}${close}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const items = entries.map(([k, v]) => `${jsonString(k, options.ensureAscii)}${keySep}${dump(v, level + 1, options)}`);
  return `{${open}${items.join(between)}${close}}`;
}

function floatText(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Number.POSITIVE_INFINITY) return 'Infinity';
  if (n === Number.NEGATIVE_INFINITY) return '-Infinity';
  return pyFloatRepr(n);
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

const unicodeEscape = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A JSON string as json.dumps writes it: quotes, backslashes and C0 controls escaped; with
 * ensure_ascii every UTF-16 unit above 0x7e too, as `\uXXXX` in lowercase hex.
 */
export function jsonString(s: string, ensureAscii: boolean): string {
  const pattern = ensureAscii ? /["\\\u0000-\u001f\u007f-\uffff]/g : /["\\\u0000-\u001f]/g;
  return `"${s.replace(pattern, (ch) => SHORT_ESCAPES[ch] ?? unicodeEscape(ch))}"`;
}
