/**
 * Python spellings of JSON-like values, as aws-cli prints them in text and table cells and in
 * botocore's validation messages: str() for the top value, repr() inside containers.
 *
 * Numbers: JavaScript cannot tell 1 from 1.0, so an integral number below 1e16 prints as an int and
 * everything else as a Python float repr (shortest round-trip digits).
 */

/** A float read from document text, so that it prints the way Python does (`1.0`, not `1`). */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** A naive datetime.datetime (UTC fields), as ruamel builds one from a YAML timestamp with a time. */
export class PyDateTime {
  constructor(
    readonly utc: Date,
    readonly microsecond: number,
  ) {}

  /** str(datetime): `YYYY-MM-DD HH:MM:SS`, then `.ffffff` when there are microseconds. */
  toString(): string {
    const text = this.utc.toISOString().slice(0, 19).replace('T', ' ');
    return this.microsecond === 0 ? text : `${text}.${String(this.microsecond).padStart(6, '0')}`;
  }

  /** datetime.isoformat(): `YYYY-MM-DDTHH:MM:SS`, then `.ffffff` when there are microseconds. */
  isoformat(): string {
    return this.toString().replace(' ', 'T');
  }

  /** repr(datetime): `datetime.datetime(2024, 1, 1, 10, 0)`, trailing zero seconds and microseconds left out. */
  repr(): string {
    const d = this.utc;
    const parts = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
    if (d.getUTCSeconds() !== 0 || this.microsecond !== 0) parts.push(d.getUTCSeconds());
    if (this.microsecond !== 0) parts.push(this.microsecond);
    return `datetime.datetime(${parts.join(', ')})`;
  }
}

/** Python repr() of a float given as a JS number. */
export function pyFloatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  if (Object.is(n, -0)) return '-0.0';
  const [mantissa = '0', expText = '0'] = n.toExponential().split('e');
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exp >= -4 && exp < 16) {
    let text: string;
    if (exp < 0) text = '0.' + '0'.repeat(-exp - 1) + digits;
    else if (digits.length <= exp + 1) text = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
    else text = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    return sign + text;
  }
  const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const expSign = exp < 0 ? '-' : '+';
  return `${sign}${body}e${expSign}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** True when a number prints as a Python int. */
export function isIntLike(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) < 1e16 && !Object.is(n, -0);
}

/** Python str() of a number. */
export function pyNumber(n: number): string {
  return isIntLike(n) ? String(n) : pyFloatRepr(n);
}

/** Python str(): strings as they are, None/True/False, reprs for containers. */
export function pyStr(value: unknown): string {
  if (value instanceof PyDateTime) return value.toString();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : pyRepr(value);
}

/** A Python object that is not a JSON-like value: it gives its own repr() (its __repr__). */
export abstract class PyObject {
  /** The class's __name__ (json.dumps names it: `Object of type X is not JSON serializable`). */
  abstract readonly pyClassName: string;
  abstract pyRepr(): string;
}

/** Python repr() of a JSON-like value (dicts keep insertion order), or a PyObject's own. */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof PyFloat) return pyFloatRepr(value.value);
  if (typeof value === 'string') return pyStringRepr(value);
  if (value instanceof Uint8Array) return pyBytesRepr(value);
  if (value instanceof PyDateTime) return value.repr();
  if (value instanceof Date)
    return `datetime.date(${value.getUTCFullYear()}, ${value.getUTCMonth() + 1}, ${value.getUTCDate()})`;
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (value instanceof PyObject) return value.pyRepr();
  if (typeof value === 'object') {
    const items = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pyStringRepr(k)}: ${pyRepr(v)}`);
    return `{${items.join(', ')}}`;
  }
  return String(value);
}

/** Python repr() of a str: single quotes unless only double quotes avoid escaping. */
export function pyStringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (!isPrintable(code)) out += escapeCode(code);
    else out += ch;
  }
  return out + quote;
}

function escapeCode(code: number): string {
  if (code < 0x100) return '\\x' + code.toString(16).padStart(2, '0');
  if (code < 0x10000) return '\\u' + code.toString(16).padStart(4, '0');
  return '\\U' + code.toString(16).padStart(8, '0');
}

/** Python's str.isprintable() for one code point, close enough: controls, separators and unassigned are not. */
function isPrintable(code: number): boolean {
  if (code === 0x20) return true;
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(String.fromCodePoint(code));
}

function pyBytesRepr(bytes: Uint8Array): string {
  let out = '';
  let hasSingle = false;
  let hasDouble = false;
  for (const b of bytes) {
    if (b === 0x27) hasSingle = true;
    if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  for (const b of bytes) {
    if (b === quote.charCodeAt(0) || b === 0x5c) out += '\\' + String.fromCharCode(b);
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x09) out += '\\t';
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + b.toString(16).padStart(2, '0');
    else out += String.fromCharCode(b);
  }
  return `b${quote}${out}${quote}`;
}

/** Python's type name, for messages such as `<class 'list'>`. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return isIntLike(value) ? 'int' : 'float';
  if (typeof value === 'bigint') return 'int';
  if (value instanceof PyFloat) return 'float';
  if (typeof value === 'string') return 'str';
  if (value instanceof Uint8Array) return 'bytes';
  if (value instanceof PyDateTime) return 'datetime.datetime';
  if (value instanceof Date) return 'datetime.date';
  if (value instanceof PyObject) return value.pyClassName;
  if (Array.isArray(value)) return 'list';
  return 'dict';
}

/** True for a JSON/YAML mapping (a Python dict), not a list, scalar, date or bytes. */
export function isPlainMap(value: unknown): value is Record<string, unknown> {
  return pyTypeName(value) === 'dict';
}

/** A list or a dict, not a scalar (PyFloat is a scalar). */
export function isContainer(value: unknown): value is object {
  return (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof PyFloat) &&
    !(value instanceof Uint8Array) &&
    !(value instanceof Date) &&
    !(value instanceof PyDateTime) &&
    !(value instanceof PyObject)
  );
}

/** A dict (JSON object). */
export function isDict(value: unknown): value is Record<string, unknown> {
  return isContainer(value) && !Array.isArray(value);
}
