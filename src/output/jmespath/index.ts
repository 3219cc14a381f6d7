/**
 * JMESPath as aws-cli evaluates --query: jmespath.py 1.0.1's grammar, messages and semantics, over
 * JSON-like values with Python's types (PyFloat for floats, bigint for large ints).
 */
import { PyTypeError } from '../../python/operators.js';
import { type Node, walk } from './ast.js';
import { JmesPathError, NestingError, PythonRuntimeError } from './errors.js';
import { checkCall } from './functions.js';
import { evaluate } from './interpreter.js';
import { MAX_NESTING, parse } from './parser.js';

export { JmesPathError } from './errors.js';

/** A compiled expression. */
export interface Compiled {
  readonly expression: string;
  search(value: unknown): unknown;
}

/**
 * Parses an expression and checks every function call's name and argument count, which jmespath.py
 * checks only when the call is reached: a query that could only fail that way fails here, before
 * anything is sent. Throws JmesPathError.
 */
export function compile(expression: string): Compiled {
  const tree = parse(expression);
  for (const node of walk(tree)) if (node.type === 'function') checkCall(node.name, node.args.length);
  return { expression, search: (value) => search(tree, value) };
}

function search(tree: Node, value: unknown): unknown {
  try {
    return evaluate(tree, value);
  } catch (error) {
    if (error instanceof JmesPathError) throw error;
    if (error instanceof PyTypeError) throw new PythonRuntimeError(error.message);
    // A chain of thousands of operators: JavaScript's stack ends before Python's would.
    if (error instanceof RangeError) throw new NestingError(MAX_NESTING);
    throw error;
  }
}
