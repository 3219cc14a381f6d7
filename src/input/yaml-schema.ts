/**
 * The types ruamel.yaml's safe loader gives plain scalars (aws-cli loads --cli-input-yaml with it),
 * as js-yaml schemas, from ruamel's resolver table: YAML 1.2 by default — floats stay floats (`1.0`,
 * `1e3`, `.inf`), ints allow `_`, `0x`, `0o`, `0b` and `010` is ten, only true/false spellings are
 * booleans, `~`, `null` and empty are null — and YAML 1.1 under a `%YAML 1.1` directive (yes/no/on/off,
 * octal `010`, sexagesimal `1:30`). A date is a date; a timestamp with a time a naive UTC datetime.
 * Quoted scalars are strings, as always.
 */
import { FAILSAFE_SCHEMA, load, type Schema, Type } from 'js-yaml';
import { PyDateTime, PyFloat } from '../python/repr.js';

/**
 * A Python exception of ruamel's constructor itself (ValueError, IndexError), not a YAMLError: aws-cli
 * does not catch it as a parse error, so its message is printed alone (255).
 */
export class ConstructError extends Error {}

/**
 * An implicit type as ruamel's resolver has it: tried only for a scalar whose first character is in
 * `first` ('' for the empty scalar), then matched by its pattern.
 */
const plain = (name: string, first: string, pattern: RegExp, construct: (text: string) => unknown): Type =>
  new Type(`tag:yaml.org,2002:${name}`, {
    kind: 'scalar',
    resolve: (text: string | null) =>
      text !== null && (text === '' ? first.includes('\0') : first.includes(text[0] as string)) && pattern.test(text),
    construct: (text: string | null) => construct(text ?? ''),
  });

const BOOL_12 = /^(?:true|True|TRUE|false|False|FALSE)$/;
const BOOL_11 = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT_12 =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const FLOAT_11 =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT_12 = /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/;
const INT_11 =
  /^(?:[-+]?0b[0-1_]+|[-+]?0?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP =
  /^(?:([0-9]{4})-([0-9]{2})-([0-9]{2})|([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)$/;

/** A Python int from text, exact beyond 2^53. */
const toInt = (value: bigint): number | bigint =>
  value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;

/** ruamel's construct_yaml_int: `_` dropped, a sign, then 0b / 0x / 0o, (1.1) leading 0 octal and a:b:c base 60. */
function constructInt(text: string, v11: boolean): number | bigint {
  let digits = text.replaceAll('_', '');
  const sign = digits.startsWith('-') ? -1n : 1n;
  if (digits[0] === '-' || digits[0] === '+') digits = digits.slice(1);
  if (digits === '0') return 0;
  const bases: Record<string, number> = { '0b': 2, '0x': 16, '0o': 8 };
  const base = bases[digits.slice(0, 2)];
  if (base !== undefined) {
    // Python's int('', base) for a prefix with no digits (`0b_`).
    if (digits.length === 2) throw new ConstructError(`invalid literal for int() with base ${base}: ''`);
    return toInt(sign * BigInt(digits));
  }
  // Only a sign and underscores (`-_`): Python's IndexError under 1.1, int('') otherwise.
  if (digits === '')
    throw new ConstructError(v11 ? 'string index out of range' : "invalid literal for int() with base 10: ''");
  if (v11 && digits.startsWith('0')) return toInt(sign * BigInt(`0o${digits.slice(1)}`));
  if (v11 && digits.includes(':')) return toInt(sign * sexagesimal(digits));
  return toInt(sign * BigInt(digits));
}

function sexagesimal(text: string): bigint {
  return text.split(':').reduce((total, part) => total * 60n + BigInt(part), 0n);
}

function constructFloat(text: string): PyFloat {
  const clean = text.replaceAll('_', '').toLowerCase();
  const negative = clean.startsWith('-');
  if (clean.endsWith('.inf')) return new PyFloat(negative ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY);
  if (clean === '.nan') return new PyFloat(Number.NaN);
  if (clean.includes(':')) {
    const [whole = '', fraction = ''] = clean.replace(/^[-+]/, '').split('.');
    const value = Number(sexagesimal(whole)) + Number(`0.${fraction || '0'}`);
    return new PyFloat(negative ? -value : value);
  }
  return new PyFloat(Number(clean));
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Python's datetime range checks, with its messages (ruamel lets the ValueError through). */
function checkedUtc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  if (year < 1) throw new ConstructError(`year ${year} is out of range`);
  if (month < 1 || month > 12) throw new ConstructError('month must be in 1..12');
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day < 1 || day > (month === 2 && leap ? 29 : (DAYS[month - 1] as number)))
    throw new ConstructError('day is out of range for month');
  if (hour > 23) throw new ConstructError('hour must be in 0..23');
  if (minute > 59) throw new ConstructError('minute must be in 0..59');
  if (second > 59) throw new ConstructError('second must be in 0..59');
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date;
}

/**
 * ruamel's construct_yaml_timestamp (util.create_timestamp): a date, or a naive datetime moved to UTC by
 * its offset; a seventh fraction digit over 4 rounds up, and a fraction that rounds to a whole second
 * becomes 0 with a second moved — added without an offset or with a `-` one, taken away with a `+` one,
 * as ruamel does.
 */
function constructTimestamp(text: string): Date | PyDateTime {
  const m = TIMESTAMP.exec(text) as RegExpExecArray;
  if (m[1] !== undefined) return checkedUtc(Number(m[1]), Number(m[2]), Number(m[3]));
  const fractionText = m[10] ?? '';
  let fraction = fractionText === '' ? 0 : Number(fractionText.slice(0, 6).padEnd(6, '0'));
  if (fractionText.length > 6 && Number(fractionText[6]) > 4) fraction += 1;
  const whole = fraction > 999_999;
  if (whole) fraction = 0;
  let ms = checkedUtc(Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7]), Number(m[8]), Number(m[9])).getTime();
  let delta = 0;
  if (m[12] !== undefined) {
    delta = (Number(m[13]) * 3600 + Number(m[14] ?? 0) * 60 + (whole ? 1 : 0)) * 1000;
    if (m[12] === '-') delta = -delta;
  } else if (whole) delta = -1000;
  ms -= delta;
  return new PyDateTime(new Date(ms), fraction);
}

function schema(v11: boolean): Schema {
  // ruamel tries bool, float, int, null, timestamp in that order.
  return FAILSAFE_SCHEMA.extend({
    implicit: [
      plain('bool', v11 ? 'yYnNtTfFoO' : 'tTfF', v11 ? BOOL_11 : BOOL_12, (text) =>
        ['y', 'yes', 'true', 'on'].includes(text.toLowerCase()),
      ),
      plain('float', '-+0123456789.', v11 ? FLOAT_11 : FLOAT_12, constructFloat),
      plain('int', '-+0123456789', v11 ? INT_11 : INT_12, (text) => constructInt(text, v11)),
      plain('null', '~nN\0', NULL, () => null),
      plain('timestamp', '0123456789', TIMESTAMP, constructTimestamp),
    ],
  });
}

const RUAMEL_SAFE_SCHEMA = schema(false);
const RUAMEL_SAFE_SCHEMA_11 = schema(true);

/** The schema for a document: YAML 1.1's when it starts with a `%YAML 1.1` directive. */
export function schemaFor(text: string): Schema {
  return /^(?:#[^\n]*\n|\s*\n)*%YAML[ \t]+1\.1\b/.test(text) ? RUAMEL_SAFE_SCHEMA_11 : RUAMEL_SAFE_SCHEMA;
}

/** A YAML document as aws-cli's ruamel.yaml reads it (--cli-input-yaml). */
export function loadYaml(text: string): unknown {
  return load(text, { schema: schemaFor(text) });
}
