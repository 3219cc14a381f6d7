/**
 * The types ruamel.yaml's safe loader gives plain scalars (aws-cli loads --cli-input-yaml with it),
 * as js-yaml schemas, from ruamel's resolver table: YAML 1.2 by default — floats stay floats (`1.0`,
 * `1e3`, `.inf`), ints allow `_`, `0x`, `0o`, `0b` and `010` is ten, only true/false spellings are
 * booleans, `~`, `null` and empty are null — and YAML 1.1 under a `%YAML 1.1` directive (yes/no/on/off,
 * octal `010`, sexagesimal `1:30`). A date is a date; a timestamp with a time a naive UTC datetime.
 * Quoted scalars are strings, as always.
 */
import { FAILSAFE_SCHEMA, type Schema, Type } from 'js-yaml';
import { PyDateTime, PyFloat } from '../python/repr.js';

const plain = (name: string, pattern: RegExp, construct: (text: string) => unknown): Type =>
  new Type(`tag:yaml.org,2002:${name}`, {
    kind: 'scalar',
    resolve: (text: string | null) => text !== null && pattern.test(text),
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
  if (digits.startsWith('0b') || digits.startsWith('0x') || digits.startsWith('0o'))
    return toInt(sign * BigInt(digits));
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

/** ruamel's construct_yaml_timestamp: a date, or a naive datetime moved to UTC by its offset. */
function constructTimestamp(text: string): Date | PyDateTime {
  const m = TIMESTAMP.exec(text) as RegExpExecArray;
  if (m[1] !== undefined) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const fraction = (m[10] ?? '').slice(0, 6).padEnd(6, '0');
  let ms = Date.UTC(Number(m[4]), Number(m[5]) - 1, Number(m[6]), Number(m[7]), Number(m[8]), Number(m[9]));
  if (m[11] !== undefined && m[11] !== 'Z') {
    const offset = (Number(m[13]) * 60 + Number(m[14] ?? 0)) * 60_000;
    ms -= m[12] === '-' ? -offset : offset;
  }
  return new PyDateTime(new Date(ms), Number(fraction));
}

function schema(v11: boolean): Schema {
  // ruamel tries bool, float, int, null, timestamp in that order.
  return FAILSAFE_SCHEMA.extend({
    implicit: [
      plain('bool', v11 ? BOOL_11 : BOOL_12, (text) => ['y', 'yes', 'true', 'on'].includes(text.toLowerCase())),
      plain('float', v11 ? FLOAT_11 : FLOAT_12, constructFloat),
      plain('int', v11 ? INT_11 : INT_12, (text) => constructInt(text, v11)),
      plain('null', NULL, () => null),
      plain('timestamp', TIMESTAMP, constructTimestamp),
    ],
  });
}

const RUAMEL_SAFE_SCHEMA = schema(false);
const RUAMEL_SAFE_SCHEMA_11 = schema(true);

/** The schema for a document: YAML 1.1's when it starts with a `%YAML 1.1` directive. */
export function schemaFor(text: string): Schema {
  return /^(?:#[^\n]*\n|\s*\n)*%YAML[ \t]+1\.1\b/.test(text) ? RUAMEL_SAFE_SCHEMA_11 : RUAMEL_SAFE_SCHEMA;
}
