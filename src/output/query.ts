import jmespath from 'jmespath';

// @types/jmespath 0.15 lacks compile(); jmespath.js 0.16 has it.
const { compile, search } = jmespath as unknown as {
  compile(expression: string): unknown;
  search(data: unknown, expression: string): unknown;
};

import { GeneralError, ParamError } from '../errors.js';
import { fromJmespath, withPythonJson } from './jmespath-python.js';

/** A compiled --query: call it on the response. */
export type Query = (data: unknown) => unknown;

const SIMPLE: Record<string, string> = {
  '.': 'dot',
  '*': 'star',
  ']': 'rbracket',
  ',': 'comma',
  ':': 'colon',
  '@': 'current',
  '(': 'lparen',
  ')': 'rparen',
  '{': 'lbrace',
  '}': 'rbrace',
};

interface Token {
  type: string;
  value: string;
  start: number;
  end: number;
}

class LexError extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Compiles a --query expression before any request is sent. A bad expression is a ParamError (252)
 * worded as aws-cli words it (Python jmespath's lexer and parser messages, with the caret line).
 */
export function compileQuery(expression: string): Query {
  if (expression === '') throw new ParamError('Bad value for --query : Invalid JMESPath expression: cannot be empty.');
  let tokens: Token[];
  try {
    tokens = lex(expression);
  } catch (error) {
    if (!(error instanceof LexError)) throw error;
    const caret = ' '.repeat(error.position) + '^';
    throw new ParamError(
      `Bad value for --query ${expression}: Bad jmespath expression: ${error.message}:\n${expression}\n${caret}`,
    );
  }
  const parseError = findParseError(expression, tokens);
  if (parseError) throw new ParamError(`Bad value for --query ${expression}: ${parseError}`);
  // Boxed floats compare unequal in jmespath.js (== and contains() use identity): where the expression
  // compares, literals stay plain numbers, so that `[?n == \`1.0\`]` matches as it does in Python.
  const boxFloats = !tokens.some(
    (t) => t.type === 'eq' || t.type === 'ne' || (t.type === 'unquoted_identifier' && t.value === 'contains'),
  );
  return (data) => {
    try {
      return fromJmespath(withPythonJson(() => search(data, expression), boxFloats));
    } catch (error) {
      throw new GeneralError(runtimeMessage(error), { cause: error });
    }
  };
}

/** Python jmespath's tokens (type names and positions), used to word parse errors the same way. */
function lex(expression: string): Token[] {
  const chars = Array.from(expression);
  const tokens: Token[] = [];
  let i = 0;
  const isIdentStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_]/.test(c);
  const isIdent = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);
  const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9]/.test(c);
  const push = (type: string, start: number, end: number): void => {
    tokens.push({ type, value: chars.slice(start, end).join(''), start, end });
  };
  const until = (delimiter: string): number => {
    const start = i;
    i++;
    while (chars[i] !== delimiter) {
      if (chars[i] === '\\') i++;
      if (chars[i] === undefined) throw new LexError(start, `Unclosed ${delimiter} delimiter`);
      i++;
    }
    return ++i;
  };
  const matchOrElse = (next: string, matched: string, otherwise: string): void => {
    const start = i;
    if (chars[i + 1] === next) {
      i += 2;
      push(matched, start, i);
    } else {
      i += 1;
      push(otherwise, start, i);
    }
  };
  while (i < chars.length) {
    const ch = chars[i] as string;
    const start = i;
    if (SIMPLE[ch]) {
      i++;
      push(SIMPLE[ch] as string, start, i);
    } else if (isIdentStart(ch)) {
      while (isIdent(chars[++i]));
      push('unquoted_identifier', start, i);
    } else if (' \t\n\r'.includes(ch)) {
      i++;
    } else if (ch === '[') {
      const next = chars[i + 1];
      i += next === ']' || next === '?' ? 2 : 1;
      push(next === ']' ? 'flatten' : next === '?' ? 'filter' : 'lbracket', start, i);
    } else if (ch === "'") {
      push('literal', start, until("'"));
    } else if (ch === '`') {
      push('literal', start, until('`'));
    } else if (ch === '"') {
      push('quoted_identifier', start, until('"'));
    } else if (ch === '|') {
      matchOrElse('|', 'or', 'pipe');
    } else if (ch === '&') {
      matchOrElse('&', 'and', 'expref');
    } else if (ch === '<') {
      matchOrElse('=', 'lte', 'lt');
    } else if (ch === '>') {
      matchOrElse('=', 'gte', 'gt');
    } else if (ch === '!') {
      matchOrElse('=', 'ne', 'not');
    } else if (isDigit(ch) || ch === '-') {
      while (isDigit(chars[++i]));
      if (i - start === 1 && ch === '-') throw new LexError(start, "Unknown token '-'");
      push('number', start, i);
    } else if (ch === '=') {
      if (chars[i + 1] !== '=') throw new LexError(i + 1 < chars.length ? i : i, "Unknown token '='");
      i += 2;
      push('eq', start, i);
    } else {
      throw new LexError(i, `Unknown token ${ch}`);
    }
  }
  tokens.push({ type: 'eof', value: '', start: chars.length, end: chars.length });
  return tokens;
}

/**
 * Finds where the expression stops parsing by compiling longer and longer prefixes (token by token):
 * the first prefix that fails on a real token names that token; a failure only at the end is an
 * incomplete expression. This reproduces Python jmespath's two common messages.
 */
function findParseError(expression: string, tokens: Token[]): string | undefined {
  if (compiles(expression)) return undefined;
  const chars = Array.from(expression);
  for (const token of tokens) {
    if (token.type === 'eof') break;
    const prefix = chars.slice(0, token.end).join('');
    if (compiles(prefix) || failsAtEnd(prefix)) continue;
    const caret = ' '.repeat(token.start + 1) + '^';
    return `Unexpected token: ${token.value}: Parse error at column ${token.start}, token "${token.value}" (${token.type.toUpperCase()}), for expression:\n"${expression}"\n${caret}`;
  }
  return `Invalid jmespath expression: Incomplete expression:\n"${expression}"\n${' '.repeat(chars.length + 1)}^`;
}

function compiles(text: string): boolean {
  try {
    withPythonJson(() => compile(text));
    return true;
  } catch {
    return false;
  }
}

function failsAtEnd(text: string): boolean {
  try {
    withPythonJson(() => compile(text));
    return false;
  } catch (error) {
    return /EOF/.test(String((error as Error).message));
  }
}

/** Python jmespath's wording for the runtime errors jmespath.js words differently. */
function runtimeMessage(error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  const arity = /^ArgumentError: (\w+)\(\) takes (at least ?)?(\d+) arguments? but received (\d+)$/.exec(message);
  if (arity) {
    const [, name, atLeast, expected, actual] = arity;
    const noun = expected === '1' ? 'argument' : 'arguments';
    return `Expected ${atLeast ? 'at least ' : ''}${expected} ${noun} for function ${name}(), received ${actual}`;
  }
  return message;
}
