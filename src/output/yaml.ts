import { PyValueError } from '../python/errors.js';
import { isContainer, isIntLike, PyFloat, PyObject, pyFloatRepr } from '../python/repr.js';
import { codePointOrder } from '../python/strings.js';
import { formatJson, isEmptyObject } from './json.js';

/**
 * aws-cli's yaml and yaml-stream formats. aws-cli dumps with ruamel.yaml (YAML 1.2, safe, block
 * style, keys sorted). js-yaml picks other scalar styles (block literals for newlines, its own line
 * folding, YAML 1.1 quoting), so this is a port of the emitter's scalar analysis and writers.
 */
export function formatYaml(value: unknown): string {
  if (isEmptyObject(value)) return '';
  if (value instanceof PyObject) throw unrepresentable(value);
  // A top-level scalar is written as JSON, as aws-cli does.
  if (!isContainer(value)) return formatJson(value);
  return dumpYaml(value);
}

/** yaml-stream: the value wrapped in a one-element list. */
export function formatYamlStream(value: unknown): string {
  if (isEmptyObject(value)) return '';
  return dumpYaml([value]);
}

const BEST_WIDTH = 80;
const BREAKS = '\n\x85\u2028\u2029';
const ESCAPES: Record<string, string> = {
  '\0': '0',
  '\x07': 'a',
  '\x08': 'b',
  '\t': 't',
  '\n': 'n',
  '\x0b': 'v',
  '\x0c': 'f',
  '\r': 'r',
  '\x1b': 'e',
  '"': '"',
  '\\': '\\',
  '\x85': 'N',
  '\xa0': '_',
  '\u2028': 'L',
  '\u2029': 'P',
};

// ruamel's YAML 1.2 implicit resolvers: a plain scalar matching one of these would not read back as a string.
const IMPLICIT = [
  /^(?:true|True|TRUE|false|False|FALSE)$/,
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/,
  /^(?:<<)$/,
  /^(?:~|null|Null|NULL|)$/,
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$|^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/,
  /^(?:=)$/,
  /^(?:!|&|\*)$/,
];

function dumpYaml(value: unknown): string {
  const emitter = new Emitter();
  emitter.node(value, 0, 'root');
  emitter.writeIndent(0);
  return emitter.out;
}

interface Analysis {
  multiline: boolean;
  allowBlockPlain: boolean;
  allowSingleQuoted: boolean;
}

/** PyYAML/ruamel Emitter.analyze_scalar, the parts that decide block-context styles. */
function analyze(text: string): Analysis {
  if (text === '') return { multiline: false, allowBlockPlain: true, allowSingleQuoted: true };
  const chars = Array.from(text);
  const isSpaceOrBreak = (c: string | undefined): boolean => c === undefined || '\0 \t\r\n\x85\u2028\u2029'.includes(c);
  let blockIndicators = text.startsWith('---') || text.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  chars.forEach((ch, index) => {
    const followedByWhitespace = index + 1 >= chars.length || isSpaceOrBreak(chars[index + 1]);
    if (index === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) blockIndicators = true;
      if ('?:'.includes(ch) && followedByWhitespace) blockIndicators = true;
      if (ch === '-' && followedByWhitespace) blockIndicators = true;
    } else {
      if (ch === ':' && followedByWhitespace) blockIndicators = true;
      if (ch === '#' && precededByWhitespace) blockIndicators = true;
    }
    if (BREAKS.includes(ch)) lineBreaks = true;
    const code = ch.codePointAt(0) as number;
    if (!(ch === '\n' || (code >= 0x20 && code <= 0x7e))) {
      // libyaml's IS_PRINTABLE (aws-cli's ruamel emits through it): neither U+0085 nor non-BMP characters.
      const printable = (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd);
      if (!printable || code === 0xfeff) special = true;
    }
    if (ch === ' ') {
      if (index === 0) leadingSpace = true;
      if (index === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (BREAKS.includes(ch)) {
      if (index === 0) leadingBreak = true;
      if (index === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isSpaceOrBreak(ch);
  });
  let allowBlockPlain = true;
  let allowSingleQuoted = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) allowBlockPlain = false;
  if (breakSpace) allowBlockPlain = allowSingleQuoted = false;
  if (spaceBreak || special) allowBlockPlain = allowSingleQuoted = false;
  if (lineBreaks) allowBlockPlain = false;
  if (blockIndicators) allowBlockPlain = false;
  return { multiline: lineBreaks, allowBlockPlain, allowSingleQuoted };
}

class Emitter {
  out = '';
  column = 0;
  whitespace = true;
  indention = true;

  private write(data: string): void {
    this.out += data;
    this.column += Array.from(data).length;
  }

  private lineBreak(): void {
    this.out += '\n';
    this.whitespace = true;
    this.indention = true;
    this.column = 0;
  }

  writeIndent(indent: number): void {
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.lineBreak();
    if (this.column < indent) {
      this.whitespace = true;
      this.write(' '.repeat(indent - this.column));
    }
  }

  private indicator(text: string, needWhitespace: boolean, whitespace = false, indention = false): void {
    this.write(this.whitespace || !needWhitespace ? text : ' ' + text);
    this.whitespace = whitespace;
    this.indention = this.indention && indention;
  }

  node(value: unknown, indent: number, context: 'root' | 'item' | 'value'): void {
    if (Array.isArray(value) && value.length > 0) this.sequence(value, context === 'item' ? indent + 2 : indent);
    else if (isContainer(value) && !Array.isArray(value) && Object.keys(value).length > 0) {
      this.mapping(value as Record<string, unknown>, context === 'root' ? indent : indent + 2);
    } else this.scalar(value, indent + 2, false);
  }

  private sequence(list: unknown[], indent: number): void {
    for (const item of list) {
      this.writeIndent(indent);
      this.indicator('-', true, false, true);
      this.node(item, indent, 'item');
    }
  }

  private mapping(dict: Record<string, unknown>, indent: number): void {
    for (const key of Object.keys(dict).sort(codePointOrder)) {
      this.writeIndent(indent);
      if (isSimpleKey(key)) {
        this.scalar(key, indent + 2, true);
        this.indicator(':', false);
      } else {
        // libyaml's check_simple_key: a multi-line key, or one over 128 bytes, is written `? key` / `: value`.
        this.indicator('?', true, false, true);
        this.scalar(key, indent + 2, false);
        this.writeIndent(indent);
        this.indicator(':', true, false, true);
      }
      const value = dict[key];
      // Sequences inside mappings are not indented (ruamel's indentless sequences).
      this.node(value, indent, 'value');
    }
  }

  private scalar(value: unknown, indent: number, simpleKey: boolean): void {
    if (value instanceof PyObject) throw unrepresentable(value);
    if (Array.isArray(value)) return this.indicator('[]', true);
    if (isContainer(value)) return this.indicator('{}', true);
    if (typeof value !== 'string') return this.plain(plainScalar(value), indent, !simpleKey);
    const analysis = analyze(value);
    const implicitString = !IMPLICIT.some((re) => re.test(value));
    if (implicitString && !(simpleKey && (value === '' || analysis.multiline)) && analysis.allowBlockPlain) {
      return this.plain(value, indent, !simpleKey);
    }
    if (analysis.allowSingleQuoted && !(simpleKey && analysis.multiline))
      return this.singleQuoted(value, indent, !simpleKey);
    return this.doubleQuoted(value, indent, !simpleKey);
  }

  private plain(text: string, indent: number, split: boolean): void {
    if (text === '') return;
    if (!this.whitespace) this.write(' ');
    this.whitespace = false;
    this.indention = false;
    const chars = Array.from(text);
    let spaces = false;
    let start = 0;
    for (let end = 0; end <= chars.length; end++) {
      const ch = chars[end];
      if (spaces) {
        if (ch !== ' ') {
          if (start + 1 === end && this.column > BEST_WIDTH && split) {
            this.writeIndent(indent);
            this.whitespace = false;
            this.indention = false;
          } else {
            this.write(chars.slice(start, end).join(''));
          }
          start = end;
        }
      } else if (ch === undefined || ' \n\x85\u2028\u2029'.includes(ch)) {
        this.write(chars.slice(start, end).join(''));
        start = end;
      }
      if (ch !== undefined) spaces = ch === ' ';
    }
  }

  private singleQuoted(text: string, indent: number, split: boolean): void {
    this.indicator("'", true);
    const chars = Array.from(text);
    let spaces = false;
    let breaks = false;
    let start = 0;
    for (let end = 0; end <= chars.length; end++) {
      const ch = chars[end];
      if (spaces) {
        if (ch !== ' ') {
          if (start + 1 === end && this.column > BEST_WIDTH && split && start !== 0 && end !== chars.length) {
            this.writeIndent(indent);
          } else {
            this.write(chars.slice(start, end).join(''));
          }
          start = end;
        }
      } else if (breaks) {
        if (ch === undefined || !BREAKS.includes(ch)) {
          if (chars[start] === '\n') this.lineBreak();
          for (const br of chars.slice(start, end)) {
            if (br === '\n') this.lineBreak();
            else {
              this.out += br;
              this.whitespace = true;
              this.indention = true;
              this.column = 0;
            }
          }
          this.writeIndent(indent);
          start = end;
        }
      } else if (ch === undefined || ' \n\x85\u2028\u2029'.includes(ch) || ch === "'") {
        if (start < end) {
          this.write(chars.slice(start, end).join(''));
          start = end;
        }
      }
      if (ch === "'") {
        this.write("''");
        start = end + 1;
      }
      if (ch !== undefined) {
        spaces = ch === ' ';
        breaks = BREAKS.includes(ch);
      }
    }
    this.indicator("'", false);
  }

  /**
   * libyaml's double-quoted writer (aws-cli's ruamel emits through it): characters it cannot print
   * escaped; past the best width, a space (not the first or last character, not after another space)
   * becomes a line break and indentation, with `\` when the next character is a space too.
   */
  private doubleQuoted(text: string, indent: number, split: boolean): void {
    this.indicator('"', true);
    const chars = Array.from(text);
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] as string;
      const code = ch.codePointAt(0) as number;
      const printable =
        (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd);
      if (!printable || '"\\\x85\u2028\u2029\ufeff'.includes(ch)) {
        const hex = code.toString(16).toUpperCase();
        const escaped =
          ESCAPES[ch] !== undefined
            ? ESCAPES[ch]
            : code <= 0xff
              ? 'x' + hex.padStart(2, '0')
              : code <= 0xffff
                ? 'u' + hex.padStart(4, '0')
                : 'U' + hex.padStart(8, '0');
        this.write('\\' + escaped);
        spaces = false;
      } else if (ch === ' ') {
        if (split && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
          this.writeIndent(indent);
          if (chars[i + 1] === ' ') this.write('\\');
        } else {
          this.write(ch);
        }
        spaces = true;
      } else {
        this.write(ch);
        spaces = false;
      }
    }
    this.indicator('"', false);
  }
}

/** ruamel's RepresenterError for an object the safe representer has no rule for. */
function unrepresentable(value: PyObject): PyValueError {
  return new PyValueError(`cannot represent an object: ${value.pyRepr()}`);
}

function plainScalar(value: unknown): string {
  if (value instanceof PyFloat) return floatScalar(value.value);
  if (value === null || value === undefined) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'number') return isIntLike(value) ? String(value) : floatScalar(value);
  return String(value);
}

function floatScalar(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (value === Infinity) return '.inf';
  if (value === -Infinity) return '-.inf';
  return pyFloatRepr(value);
}

/** libyaml's check_simple_key for a string key: one line, at most 128 bytes of UTF-8. */
function isSimpleKey(key: string): boolean {
  return !analyze(key).multiline && Buffer.byteLength(key, 'utf8') <= 128;
}
