/**
 * A JSON reader that keeps what Python's json.loads keeps and JSON.parse loses: floats stay floats
 * (1.0 is not 1), big integers stay exact, and NaN / Infinity / -Infinity are accepted.
 */

import { PyFloat } from '../output/pyrepr.js';

export { PyFloat };

export type JsonValue = null | boolean | number | bigint | string | PyFloat | JsonValue[] | { [key: string]: JsonValue };

export class JsonTextError extends Error {}

/** Parses a whole document; surrounding whitespace is allowed, anything else after the value is not. */
export function parseJsonText(text: string): JsonValue {
  const reader = new Reader(text);
  reader.skipSpace();
  const value = reader.value();
  reader.skipSpace();
  if (!reader.atEnd()) throw new JsonTextError(`Extra data at ${reader.pos}`);
  return value;
}

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Reader {
  pos = 0;
  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos] as string)) this.pos++;
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
    const result: { [key: string]: JsonValue } = {};
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') throw this.fail('key');
      const key = this.string();
      this.skipSpace();
      this.expect(':');
      this.skipSpace();
      // Duplicate keys: the last one wins, at the first one's place (a Python dict keeps insertion order).
      result[key] = this.value();
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect('}');
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
      this.expect(']');
      return result;
    }
  }

  private string(): string {
    this.pos++;
    let out = '';
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) throw this.fail('string end');
      this.pos++;
      if (ch === '"') return out;
      if (ch === '\\') {
        const esc = this.text[this.pos++] ?? '';
        if (esc === 'u') {
          const hex = this.text.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.fail('escape');
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
        } else if (esc in ESCAPES) {
          out += ESCAPES[esc];
        } else {
          throw this.fail('escape');
        }
      } else if (ch.charCodeAt(0) < 0x20) {
        throw this.fail('control character');
      } else {
        out += ch;
      }
    }
  }

  private number(): JsonValue {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) throw this.fail('value');
    this.pos += match[0].length;
    if (match[1] !== undefined || match[2] !== undefined) return new PyFloat(Number(match[0]));
    const n = Number(match[0]);
    return Number.isSafeInteger(n) ? n : BigInt(match[0]);
  }

  private expect(ch: string): void {
    if (this.text[this.pos] !== ch) throw this.fail(`'${ch}'`);
    this.pos++;
  }

  private fail(what: string): JsonTextError {
    return new JsonTextError(`Expecting ${what} at ${this.pos}`);
  }
}

const WORDS: ReadonlyArray<[string, JsonValue]> = [
  ['null', null],
  ['true', true],
  ['false', false],
  ['NaN', new PyFloat(NaN)],
  ['Infinity', new PyFloat(Infinity)],
  ['-Infinity', new PyFloat(-Infinity)],
];
