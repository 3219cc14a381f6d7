import { isDict, isIntLike, PyFloat, pyFloatRepr } from './pyrepr.js';

/** Python's json.dumps(value, indent=4, ensure_ascii=False) plus a newline; `{}` prints nothing (as aws-cli). */
export function formatJson(value: unknown): string {
  if (isEmptyObject(value)) return '';
  return dumpJson(value, 0) + '\n';
}

/** True for `{}`, which aws-cli's json, text, yaml and yaml-stream formatters print as nothing. */
export function isEmptyObject(value: unknown): boolean {
  return isDict(value) && Object.keys(value).length === 0;
}

function dumpJson(value: unknown, level: number): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return jsonNumber(value);
  if (value instanceof PyFloat) return jsonFloat(value.value);
  if (typeof value === 'string') return jsonString(value);
  const pad = '    '.repeat(level + 1);
  const close = '    '.repeat(level);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => pad + dumpJson(item, level + 1)).join(',\n')}\n${close}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${jsonString(k)}: ${dumpJson(v, level + 1)}`).join(',\n')}\n${close}}`;
}

function jsonNumber(n: number): string {
  return isIntLike(n) ? String(n) : jsonFloat(n);
}

function jsonFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  return pyFloatRepr(n);
}

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A JSON string as Python writes it with ensure_ascii=False: only quotes, backslashes and C0 controls escaped. */
export function jsonString(s: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${s.replace(/["\\\u0000-\u001f]/g, (ch) => SHORT_ESCAPES[ch] ?? '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'))}"`;
}
