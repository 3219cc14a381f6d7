import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { ConstructError, schemaFor } from '../../../src/input/yaml-schema.js';
import { PyDateTime, PyFloat, pyFloatRepr } from '../../../src/python/repr.js';
import { mismatches, readCases } from '../python/fixtures/read.js';

/** A loaded scalar as the fixture writes Python's: its type and text. */
function encode(value: unknown): unknown {
  if (typeof value === 'boolean') return { bool: value };
  if (typeof value === 'bigint') return { int: value.toString() };
  if (typeof value === 'number') return { int: String(value) };
  if (value instanceof PyFloat) return { float: pyFloatRepr(value.value) };
  if (value === null) return { null: true };
  if (typeof value === 'string') return { str: value };
  if (value instanceof PyDateTime) return { datetime: value.toString() };
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  return { other: typeof value };
}

// Differential: what aws-cli's loader (ruamel.yaml's YAML(typ='safe', pure=True)) made of `k: SCALAR` for
// fixed and seeded random scalars (invalid dates and times, fractions that round, odd int spellings), as
// YAML 1.2 and under a %YAML 1.1 directive: the type and value, Python's own error message, or that the
// YAML did not parse (python/fixtures/reference.py).
describe('the scalar types agree with ruamel.yaml as aws-cli loads --cli-input-yaml (fixtures/yaml.jsonl)', () => {
  test('every case', () => {
    const cases = readCases<{ text: string; value?: unknown; error?: string; message?: string }>('yaml.jsonl');
    expect(cases.length).toBeGreaterThan(1000);
    const wrong = mismatches(cases, (c) => {
      let got: unknown;
      try {
        got = encode((load(c.text, { schema: schemaFor(c.text) }) as { k: unknown }).k);
      } catch (error) {
        // Python's own errors (a ValueError of int() or datetime) by their message; YAML errors by kind.
        got = error instanceof ConstructError ? { message: error.message } : 'YAML error';
      }
      return { got, want: c.message !== undefined ? { message: c.message } : c.error ? 'YAML error' : c.value };
    });
    expect(wrong).toEqual([]);
  });
});
