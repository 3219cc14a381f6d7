import { jsonDumps, jsonLoads } from '../python/json.js';
import { PyFloat } from '../python/repr.js';

// Python jmespath's JSON, for jmespath.js: how literals are read and how to_string() writes.

/**
 * Runs jmespath.js with Python's JSON where Python jmespath differs: jmespath.js calls JSON.parse
 * only for literals and quoted identifiers, and JSON.stringify only in to_string(). Both are swapped
 * for the (synchronous) call and put back.
 */
export function withPythonJson<T>(fn: () => T, boxFloats = true): T {
  const { parse, stringify } = JSON;
  JSON.parse = (text: string) => pythonLiteral(text, boxFloats);
  JSON.stringify = pythonCompactJson as typeof JSON.stringify;
  try {
    return fn();
  } finally {
    JSON.parse = parse;
    JSON.stringify = stringify;
  }
}

/**
 * A literal as Python jmespath reads it: json.loads, floats kept as floats (1.0 is carried as a boxed
 * Number, which jmespath.js treats as a number), and text that is not JSON taken as a string.
 */
function pythonLiteral(text: string, boxFloats: boolean): unknown {
  let parsed: unknown;
  try {
    parsed = jsonLoads(text);
  } catch {
    parsed = jsonLoads(`"${text.trimStart()}"`);
  }
  return toJmespath(parsed, boxFloats);
}

function toJmespath(value: unknown, boxFloats: boolean): unknown {
  if (value instanceof PyFloat)
    return boxFloats && Number.isInteger(value.value) ? new Number(value.value) : value.value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map((v) => toJmespath(v, boxFloats));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJmespath(v, boxFloats)]));
  return value;
}

/** A search result with boxed (float) Numbers turned into PyFloat, which the formatters print as floats. */
export function fromJmespath(value: unknown): unknown {
  if (value instanceof Number) return new PyFloat(value.valueOf());
  if (Array.isArray(value)) return value.map(fromJmespath);
  if (value !== null && typeof value === 'object' && !(value instanceof PyFloat)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromJmespath(v)]));
  }
  return value;
}

/** Python's json.dumps(value, separators=(',', ':')): ASCII only, Python's float spelling (to_string). */
export function pythonCompactJson(value: unknown): string {
  return jsonDumps(fromJmespath(value), { separators: [',', ':'], ensureAscii: true });
}
