import { jsonDumps } from '../../python/json.js';
import { numericValue, PyTypeError, pyCompare, pyEquals, pyFloatOfText, pyIntOfText } from '../../python/operators.js';
import { isDict, PyFloat, pyRepr, pyTypeName } from '../../python/repr.js';
import { codePointLength } from '../../python/strings.js';
import { ArityError, JmesPathTypeError, PythonRuntimeError, UnknownFunctionError } from './errors.js';
import { Expref } from './expref.js';

/** A jmespath.py signature: the JMESPath types each argument may have ('array-number': an array of numbers). */
interface Signature {
  readonly args: readonly (readonly string[])[];
  readonly variadic?: boolean;
}

type Impl = (...args: never[]) => unknown;

/** Python type names for each JMESPath type (functions.py's REVERSE_TYPES_MAP). */
const PY_TYPES: Readonly<Record<string, readonly string[]>> = {
  boolean: ['bool'],
  array: ['list'],
  object: ['dict'],
  null: ['NoneType'],
  string: ['str'],
  number: ['float', 'int'],
  expref: ['expref'],
};

/** The Python type name of a value as functions.py sees it (an expref is its own type). */
const typeName = (value: unknown): string => (value instanceof Expref ? 'expref' : pyTypeName(value));

/** A value's JMESPath type name (functions.py's TYPES_MAP), 'unknown' for anything else. */
function jmespathType(value: unknown): string {
  const name = typeName(value);
  for (const [type, names] of Object.entries(PY_TYPES)) if (names.includes(name)) return type;
  return 'unknown';
}

const num = (value: unknown): number => numericValue(value) as number;
/** A Python int result: -0 is 0. */
const int = (n: number): number => n || 0;
const isFloat = (value: unknown): boolean => value instanceof PyFloat;

function sum(values: readonly unknown[]): unknown {
  // Python's ints are exact: a big one keeps the sum exact while no float is in it.
  if (values.some((v) => typeof v === 'bigint') && !values.some(isFloat))
    return values.reduce<bigint>((acc, v) => acc + (typeof v === 'bigint' ? v : BigInt(num(v))), 0n);
  const total = values.reduce<number>((acc, v) => acc + num(v), 0);
  return values.some(isFloat) ? new PyFloat(total) : int(total);
}

/** Python's math.ceil / math.floor: an int (a big one as it is), or Python's error for inf and nan. */
function toInt(round: (n: number) => number, value: unknown): number | bigint {
  if (typeof value === 'bigint') return value;
  const n = num(value);
  if (Number.isNaN(n)) throw new PythonRuntimeError('cannot convert float NaN to integer');
  if (!Number.isFinite(n)) throw new PythonRuntimeError('cannot convert float infinity to integer');
  return int(round(n));
}

/** A dict key as json.dumps writes it (merge's pairs may have int, float, bool or None keys). */
function keyText(key: unknown): string {
  if (typeof key === 'string') return key;
  if (key === null) return 'null';
  if (typeof key === 'boolean') return key ? 'true' : 'false';
  if (typeof key === 'number' || typeof key === 'bigint' || key instanceof PyFloat) return pyRepr(key);
  throw new PythonRuntimeError(`unhashable type: '${pyTypeName(key)}'`);
}

/**
 * Python's dict.update(other), as merge() runs it: jmespath.py type-checks only merge's first argument,
 * so a later one may be a list of pairs, a string, or fail as Python fails.
 */
function dictUpdate(target: Record<string, unknown>, other: unknown): void {
  if (isDict(other)) {
    Object.assign(target, other);
    return;
  }
  if (typeof other !== 'string' && !Array.isArray(other))
    throw new PythonRuntimeError(`'${pyTypeName(other)}' object is not iterable`);
  const elements: unknown[] = typeof other === 'string' ? Array.from(other) : other;
  elements.forEach((element, i) => {
    let pair: unknown[];
    if (typeof element === 'string') pair = Array.from(element);
    else if (Array.isArray(element)) pair = element;
    else if (isDict(element)) pair = Object.keys(element);
    else throw new PythonRuntimeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    if (pair.length !== 2)
      throw new PythonRuntimeError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    target[keyText(pair[0])] = pair[1];
  });
}

/** min()/max() under Python's ordering: the first of the extreme elements. */
function extreme<T>(items: readonly T[], key: (item: T) => unknown, wantGreater: boolean): T | null {
  let best = items[0];
  if (best === undefined) return null;
  let bestKey = key(best);
  for (const item of items.slice(1)) {
    const k = key(item);
    const cmp = wantGreater ? pyCompare(k, bestKey, '>') : pyCompare(k, bestKey);
    if ((wantGreater && cmp > 0) || (!wantGreater && cmp < 0)) {
      best = item;
      bestKey = k;
    }
  }
  return best;
}

/** A key function for *_by: each key must be one of the allowed JMESPath types. */
function keyOf(expref: Expref, allowed: readonly string[], name: string): (item: unknown) => unknown {
  return (item) => {
    const result = expref.evaluate(expref.node, item);
    const type = jmespathType(result);
    if (!allowed.includes(type)) throw new JmesPathTypeError(name, result, type, allowed);
    return result;
  };
}

function sortByKey(items: readonly unknown[], key: (item: unknown) => unknown): unknown[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => pyCompare(a.key, b.key));
  return keyed.map((entry) => entry.item);
}

const FUNCTIONS: Readonly<Record<string, readonly [Signature, Impl]>> = {
  abs: [
    { args: [['number']] },
    (x: unknown) =>
      isFloat(x) ? new PyFloat(Math.abs(num(x))) : typeof x === 'bigint' ? (x < 0n ? -x : x) : int(Math.abs(num(x))),
  ],
  avg: [
    { args: [['array-number']] },
    (xs: unknown[]) => (xs.length > 0 ? new PyFloat(xs.reduce<number>((a, v) => a + num(v), 0) / xs.length) : null),
  ],
  not_null: [
    { args: [[]], variadic: true },
    (...xs: unknown[]) => xs.find((x) => x !== null && x !== undefined) ?? null,
  ],
  to_array: [{ args: [[]] }, (x: unknown) => (Array.isArray(x) ? x : [x])],
  to_string: [
    { args: [[]] },
    (x: unknown) => (typeof x === 'string' ? x : jsonDumps(x, { separators: [',', ':'], ensureAscii: true })),
  ],
  to_number: [{ args: [[]] }, toNumber],
  contains: [{ args: [['array', 'string'], []] }, contains],
  length: [
    { args: [['string', 'array', 'object']] },
    (x: unknown) =>
      typeof x === 'string' ? codePointLength(x) : Array.isArray(x) ? x.length : Object.keys(x as object).length,
  ],
  ends_with: [{ args: [['string'], ['string']] }, (s: string, suffix: string) => s.endsWith(suffix)],
  starts_with: [{ args: [['string'], ['string']] }, (s: string, prefix: string) => s.startsWith(prefix)],
  reverse: [
    { args: [['array', 'string']] },
    (x: unknown) => (typeof x === 'string' ? Array.from(x).reverse().join('') : [...(x as unknown[])].reverse()),
  ],
  ceil: [{ args: [['number']] }, (x: unknown) => toInt(Math.ceil, x)],
  floor: [{ args: [['number']] }, (x: unknown) => toInt(Math.floor, x)],
  join: [{ args: [['string'], ['array-string']] }, (separator: string, xs: string[]) => xs.join(separator)],
  map: [{ args: [['expref'], ['array']] }, (e: Expref, xs: unknown[]) => xs.map((x) => e.evaluate(e.node, x))],
  max: [{ args: [['array-number', 'array-string']] }, (xs: unknown[]) => extreme(xs, (x) => x, true)],
  min: [{ args: [['array-number', 'array-string']] }, (xs: unknown[]) => extreme(xs, (x) => x, false)],
  merge: [
    { args: [['object']], variadic: true },
    (...objects: unknown[]) => {
      const merged: Record<string, unknown> = Object.create(null);
      for (const other of objects) dictUpdate(merged, other);
      return merged;
    },
  ],
  sort: [{ args: [['array-string', 'array-number']] }, (xs: unknown[]) => sortByKey(xs, (x) => x)],
  sum: [{ args: [['array-number']] }, sum],
  keys: [{ args: [['object']] }, (x: object) => Object.keys(x)],
  values: [{ args: [['object']] }, (x: object) => Object.values(x)],
  type: [{ args: [[]] }, (x: unknown) => (jmespathType(x) === 'unknown' ? null : jmespathType(x))],
  sort_by: [{ args: [['array'], ['expref']] }, sortBy],
  min_by: [
    { args: [['array'], ['expref']] },
    (xs: unknown[], e: Expref) => extreme(xs, keyOf(e, ['number', 'string'], 'min_by'), false),
  ],
  max_by: [
    { args: [['array'], ['expref']] },
    (xs: unknown[], e: Expref) => extreme(xs, keyOf(e, ['number', 'string'], 'max_by'), true),
  ],
};

function toNumber(x: unknown): unknown {
  if (x === null || typeof x === 'boolean' || Array.isArray(x) || pyTypeName(x) === 'dict') return null;
  if (typeof x === 'number' || typeof x === 'bigint' || x instanceof PyFloat) return x;
  if (typeof x !== 'string') return null;
  const asInt = pyIntOfText(x);
  if (asInt !== undefined) return asInt;
  const asFloat = pyFloatOfText(x);
  return asFloat === undefined ? null : new PyFloat(asFloat);
}

function contains(subject: unknown, search: unknown): boolean {
  if (Array.isArray(subject)) return subject.some((item) => pyEquals(item, search));
  if (typeof search !== 'string') {
    throw new PyTypeError(`'in <string>' requires string as left operand, not ${pyTypeName(search)}`);
  }
  return (subject as string).includes(search);
}

function sortBy(xs: unknown[], e: Expref): unknown[] {
  if (xs.length === 0) return xs;
  // The first element's key fixes the type every key must have.
  const required = jmespathType(e.evaluate(e.node, xs[0]));
  if (required !== 'number' && required !== 'string')
    throw new JmesPathTypeError('sort_by', xs[0], required, ['string', 'number']);
  return sortByKey(xs, keyOf(e, [required], 'sort_by'));
}

/** The names and arity the static check knows, before anything is evaluated. */
export function checkCall(name: string, argumentCount: number): void {
  const entry = FUNCTIONS[name];
  if (entry === undefined) throw new UnknownFunctionError(name);
  const { args, variadic } = entry[0];
  if (variadic ? argumentCount < args.length : argumentCount !== args.length) {
    throw new ArityError(args.length, argumentCount, name, variadic === true);
  }
}

/** Calls a function by name with its evaluated arguments, type-checked as functions.py checks them. */
export function callFunction(name: string, args: readonly unknown[]): unknown {
  checkCall(name, args.length);
  const [signature, impl] = FUNCTIONS[name] as readonly [Signature, Impl];
  signature.args.forEach((types, i) => {
    if (types.length > 0) checkType(args[i], types, name);
  });
  return (impl as (...a: unknown[]) => unknown)(...args);
}

function checkType(value: unknown, types: readonly string[], name: string): void {
  const allowed: string[] = [];
  const subtypes: (readonly string[])[] = [];
  for (const type of types) {
    const [base, sub] = type.split('-', 2) as [string, string | undefined];
    if (sub !== undefined) subtypes.push(PY_TYPES[sub] ?? []);
    allowed.push(...(PY_TYPES[base] ?? []));
  }
  const actual = typeName(value);
  if (!allowed.includes(actual)) throw new JmesPathTypeError(name, value, jmespathType(value), types);
  if (subtypes.length === 0) return;
  const items = value as unknown[];
  let elementTypes: readonly string[] | undefined = subtypes.length === 1 ? subtypes[0] : undefined;
  if (elementTypes === undefined) {
    if (items.length === 0) return;
    // Several element types allowed: the first element's type decides which.
    const first = typeName(items[0]);
    elementTypes = subtypes.find((s) => s.includes(first));
    if (elementTypes === undefined) throw new JmesPathTypeError(name, items[0], first, types);
  }
  for (const item of items) {
    const itemType = typeName(item);
    // jmespath.py reports the Python type name here, not the JMESPath one.
    if (!elementTypes.includes(itemType)) throw new JmesPathTypeError(name, item, itemType, types);
  }
}
