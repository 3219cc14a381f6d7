/**
 * The types ruamel.yaml's safe loader (YAML 1.2, as aws-cli loads --cli-input-yaml) gives plain
 * scalars, as a js-yaml schema: floats stay floats (`1.0`, `1e3`, `.inf`), ints allow `_`, `0x`, `0o`,
 * `0b` (and `010` is ten), only true/false spellings are booleans, `~`, `null` and empty are null, and a
 * date (`2024-01-01`) is a date. Quoted scalars are strings, as always.
 */
import { FAILSAFE_SCHEMA, Type } from 'js-yaml';
import { PyFloat } from '../python/repr.js';

const plain = (pattern: RegExp, construct: (text: string) => unknown, name: string): Type =>
  new Type(`tag:yaml.org,2002:${name}`, {
    kind: 'scalar',
    resolve: (text: string | null) => text !== null && pattern.test(text),
    construct: (text: string | null) => construct(text ?? ''),
  });

const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT = /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/;
const DATE = /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/;

function constructInt(text: string): number | bigint {
  const clean = text.replaceAll('_', '');
  const sign = clean.startsWith('-') ? -1n : 1n;
  const digits = clean.replace(/^[-+]/, '');
  const value =
    digits.startsWith('0x') || digits.startsWith('0b')
      ? BigInt(digits)
      : digits.startsWith('0o')
        ? BigInt(`0o${digits.slice(2)}`)
        : BigInt(digits === '' ? '0' : digits);
  const signed = sign * value;
  return signed >= BigInt(Number.MIN_SAFE_INTEGER) && signed <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(signed)
    : signed;
}

function constructFloat(text: string): PyFloat {
  const clean = text.replaceAll('_', '').toLowerCase();
  if (clean.endsWith('.inf'))
    return new PyFloat(clean.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY);
  if (clean === '.nan') return new PyFloat(Number.NaN);
  return new PyFloat(Number(clean));
}

/** js-yaml's failsafe schema (strings, lists, maps) plus ruamel's YAML 1.2 implicit scalar types. */
export const RUAMEL_SAFE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    plain(/^(?:~|null|Null|NULL|)$/, () => null, 'null'),
    plain(/^(?:true|True|TRUE|false|False|FALSE)$/, (text) => text.toLowerCase() === 'true', 'bool'),
    plain(INT, constructInt, 'int'),
    plain(FLOAT, constructFloat, 'float'),
    plain(DATE, (text) => new Date(`${text}T00:00:00Z`), 'timestamp'),
  ],
});
