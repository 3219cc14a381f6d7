import { describe, expect, test } from 'vitest';
import { GeneralError, ParamError } from '../../../src/errors.js';
import { compileQuery } from '../../../src/output/query.js';

describe('compileQuery', () => {
  test('applies the expression', () => {
    expect(compileQuery('TaskRunId')({ TaskRunId: 'x' })).toBe('x');
    expect(compileQuery('{a: TaskRunId}')({ TaskRunId: 'x' })).toEqual({ a: 'x' });
  });

  test.each([
    ['', 'Bad value for --query : Invalid JMESPath expression: cannot be empty.'],
    [
      'foo bar',
      'Bad value for --query foo bar: Unexpected token: bar: Parse error at column 4, token "bar" (UNQUOTED_IDENTIFIER), for expression:\n"foo bar"\n     ^',
    ],
    [
      'a & b',
      'Bad value for --query a & b: Unexpected token: &: Parse error at column 2, token "&" (EXPREF), for expression:\n"a & b"\n   ^',
    ],
    ['[', 'Bad value for --query [: Invalid jmespath expression: Incomplete expression:\n"["\n  ^'],
    ['"abc', 'Bad value for --query "abc: Bad jmespath expression: Unclosed " delimiter:\n"abc\n^'],
    ['héllo', 'Bad value for --query héllo: Bad jmespath expression: Unknown token é:\nhéllo\n ^'],
  ])('%j is a 252 with the reference wording', (expression, message) => {
    let error: unknown;
    try {
      compileQuery(expression);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParamError);
    expect((error as Error).message).toBe(message);
  });

  test.each([
    ['foo(@)', 'Unknown function: foo()'],
    ['length(@, @)', 'Expected 1 argument for function length(), received 2'],
  ])('%s can never succeed: a 255 at compile time, before anything is sent', (expression, message) => {
    expect(() => compileQuery(expression)).toThrow(GeneralError);
    expect(() => compileQuery(expression)).toThrow(message);
  });

  test("a type error found while evaluating is a 255 in jmespath.py's words", () => {
    expect(() => compileQuery('length(`1`)')({})).toThrow(GeneralError);
    expect(() => compileQuery('length(`1`)')({})).toThrow(
      "In function length(), invalid type for value: 1, expected one of: ['string', 'array', 'object'], received: \"number\"",
    );
  });
});

describe('float literals', () => {
  test("keep Python's spelling", async () => {
    const { formatJson } = await import('../../../src/output/json.js');
    expect(formatJson(compileQuery('`[1.0, 2, 1e3]`')({}))).toBe('[\n    1.0,\n    2,\n    1000.0\n]\n');
  });
  test.each([
    ['`[{"n": 1}, {"n": 2}]`[?n == `1.0`].n', [1]],
    ['`[{"n": 1}, {"n": 2}]`[?n != `1.0`].n', [2]],
    ['contains(`[1, 2]`, `1.0`)', true],
  ])('compare equal to ints where the expression compares: %s', (expression, want) => {
    expect(compileQuery(expression)({})).toEqual(want);
  });
});
