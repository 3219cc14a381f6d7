import { jsonLoads } from '../../python/json.js';
import { EmptyExpressionError, LexerError } from './errors.js';

/** A token as jmespath.py's lexer yields it; positions count code points. */
export interface Token {
  readonly type: string;
  readonly value: unknown;
  readonly start: number;
}

const SIMPLE: Readonly<Record<string, string>> = {
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
const isIdentStart = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z_]$/.test(c);
const isIdent = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9_]$/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const PAIRS: Readonly<Record<string, readonly [next: string, matched: string, otherwise: string]>> = {
  '|': ['|', 'or', 'pipe'],
  '&': ['&', 'and', 'expref'],
  '<': ['=', 'lte', 'lt'],
  '>': ['=', 'gte', 'gt'],
  '!': ['=', 'ne', 'not'],
};

/** jmespath.py's lexer: the tokens of an expression, ending with `eof`. One pass, linear in the length. */
export function tokenize(expression: string): Token[] {
  if (expression === '') throw new EmptyExpressionError();
  const chars = Array.from(expression);
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    const start = i;
    const simple = SIMPLE[ch];
    const pair = PAIRS[ch];
    if (simple !== undefined) {
      tokens.push({ type: simple, value: ch, start });
      i++;
    } else if (isIdentStart(ch)) {
      while (isIdent(chars[++i]));
      tokens.push({ type: 'unquoted_identifier', value: chars.slice(start, i).join(''), start });
    } else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '[') {
      const next = chars[i + 1];
      if (next === ']' || next === '?') {
        tokens.push({ type: next === ']' ? 'flatten' : 'filter', value: `[${next}`, start });
        i += 2;
      } else {
        tokens.push({ type: 'lbracket', value: '[', start });
        i++;
      }
    } else if (ch === "'") {
      const [raw, end] = until(chars, i, "'", expression);
      tokens.push({ type: 'literal', value: raw.replaceAll("\\'", "'"), start });
      i = end;
    } else if (ch === '`') {
      const [raw, end] = until(chars, i, '`', expression);
      tokens.push({ type: 'literal', value: jsonLiteral(raw.replaceAll('\\`', '`'), start, expression), start });
      i = end;
    } else if (ch === '"') {
      const [raw, end] = until(chars, i, '"', expression);
      tokens.push({ type: 'quoted_identifier', value: quotedIdentifier(raw, start, expression), start });
      i = end;
    } else if (pair !== undefined) {
      const [next, matched, otherwise] = pair;
      const both = chars[i + 1] === next;
      tokens.push({ type: both ? matched : otherwise, value: both ? ch + next : ch, start });
      i += both ? 2 : 1;
    } else if (isDigit(ch) || ch === '-') {
      while (isDigit(chars[++i]));
      const text = chars.slice(start, i).join('');
      if (text === '-') throw new LexerError(start, "Unknown token '-'", expression);
      // Python's int(): -0 is 0.
      tokens.push({ type: 'number', value: Number(text) || 0, start });
    } else if (ch === '=') {
      if (chars[i + 1] !== '=') throw new LexerError(i, "Unknown token '='", expression);
      tokens.push({ type: 'eq', value: '==', start });
      i += 2;
    } else {
      throw new LexerError(i, `Unknown token ${ch}`, expression);
    }
  }
  tokens.push({ type: 'eof', value: '', start: chars.length });
  return tokens;
}

/** The text up to the closing delimiter (a backslash keeps itself and the next character). Returns it and the index after. */
function until(chars: readonly string[], start: number, delimiter: string, expression: string): [string, number] {
  const parts: string[] = [];
  let i = start + 1;
  while (chars[i] !== delimiter) {
    if (chars[i] === '\\') {
      parts.push('\\');
      i++;
    }
    const ch = chars[i];
    if (ch === undefined) throw new LexerError(start, `Unclosed ${delimiter} delimiter`, expression);
    parts.push(ch);
    i++;
  }
  return [parts.join(''), i + 1];
}

/** A backtick literal: JSON, or (JEP-12's deprecated form) text that reads as a JSON string. */
function jsonLiteral(lexeme: string, start: number, expression: string): unknown {
  try {
    return jsonLoads(lexeme);
  } catch {
    try {
      return jsonLoads(`"${lexeme.trimStart()}"`);
    } catch {
      throw new LexerError(start, `Bad token ${lexeme}`, expression);
    }
  }
}

function quotedIdentifier(lexeme: string, start: number, expression: string): string {
  try {
    return jsonLoads(`"${lexeme}"`) as string;
  } catch (error) {
    // Python words it from json's own message, up to the first colon.
    throw new LexerError(start, String((error as Error).message).split(':')[0] as string, expression);
  }
}
