/**
 * jmespath.py 1.0.1's exceptions, with the text its __str__ gives: aws-cli prints that text after
 * "Bad value for --query EXPR: " (parse errors, 252) or alone (errors while evaluating, 255).
 */
import { pyStr } from '../../python/repr.js';

/** Any JMESPath failure; `message` is what str(exception) is in Python. */
export class JmesPathError extends Error {
  override readonly name: string = 'JMESPathError';
}

export class EmptyExpressionError extends JmesPathError {
  constructor() {
    super('Invalid JMESPath expression: cannot be empty.');
  }
}

/** A token the grammar does not allow here. `position` counts code points from 0. */
export class ParseError extends JmesPathError {
  constructor(
    readonly position: number,
    readonly tokenValue: unknown,
    readonly tokenType: string,
    readonly reason: string,
    readonly expression: string,
  ) {
    // +1 for the opening double quote the message puts around the expression.
    super(
      `${reason}: Parse error at column ${position}, token "${pyStr(tokenValue)}" (${tokenType.toUpperCase()}), ` +
        `for expression:\n"${expression}"\n${' '.repeat(position + 1)}^`,
    );
  }
}

/** The expression ended where the grammar needed more. */
export class IncompleteExpressionError extends JmesPathError {
  constructor(expression: string, length: number) {
    super(`Invalid jmespath expression: Incomplete expression:\n"${expression}"\n${' '.repeat(length + 1)}^`);
  }
}

/** A character or literal the lexer cannot read. */
export class LexerError extends JmesPathError {
  constructor(
    readonly position: number,
    readonly reason: string,
    readonly expression: string,
  ) {
    super(`Bad jmespath expression: ${reason}:\n${expression}\n${' '.repeat(position)}^`);
  }
}

/** Nesting beyond what this tool evaluates (Python would raise RecursionError much the same way). */
export class NestingError extends JmesPathError {
  constructor(limit: number) {
    super(`The expression nests more than ${limit} levels deep.`);
  }
}

export class UnknownFunctionError extends JmesPathError {
  constructor(name: string) {
    super(`Unknown function: ${name}()`);
  }
}

export class ArityError extends JmesPathError {
  constructor(expected: number, actual: number, name: string, variadic: boolean) {
    const noun = expected === 1 ? 'argument' : 'arguments';
    super(`Expected ${variadic ? 'at least ' : ''}${expected} ${noun} for function ${name}(), received ${actual}`);
  }
}

/** A function argument of a type the function does not take. */
export class JmesPathTypeError extends JmesPathError {
  constructor(name: string, value: unknown, actualType: string, expectedTypes: readonly string[]) {
    super(
      `In function ${name}(), invalid type for value: ${pyStr(value)}, expected one of: ` +
        `[${expectedTypes.map((t) => `'${t}'`).join(', ')}], received: "${actualType}"`,
    );
  }
}

/** A Python TypeError or ValueError that jmespath.py lets through (e.g. ordering a str against an int). */
export class PythonRuntimeError extends JmesPathError {}
