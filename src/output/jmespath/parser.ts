import { pyStr } from '../../python/repr.js';
import type { Comparator, Node } from './ast.js';
import { IncompleteExpressionError, NestingError, ParseError } from './errors.js';
import { type Token, tokenize } from './lexer.js';

/** Binding powers, as jmespath.py's Pratt parser has them. */
const BINDING_POWER: Readonly<Record<string, number>> = {
  eof: 0,
  unquoted_identifier: 0,
  quoted_identifier: 0,
  literal: 0,
  rbracket: 0,
  rparen: 0,
  comma: 0,
  rbrace: 0,
  number: 0,
  current: 0,
  expref: 0,
  colon: 0,
  pipe: 1,
  or: 2,
  and: 3,
  eq: 5,
  gt: 5,
  lt: 5,
  gte: 5,
  lte: 5,
  ne: 5,
  flatten: 9,
  star: 20,
  filter: 21,
  dot: 40,
  not: 45,
  lbrace: 50,
  lbracket: 55,
  lparen: 60,
};
/** Tokens below this binding power end a projection. */
const PROJECTION_STOP = 10;
/** How deep expressions may nest (parentheses, brackets, operands). Python's own limit is about as deep. */
export const MAX_NESTING = 400;
const COMPARATORS = new Set(['eq', 'ne', 'lt', 'gt', 'lte', 'gte']);

/** Parses an expression with jmespath.py 1.0.1's grammar; errors carry Python's messages. */
export function parse(expression: string): Node {
  return new Parser(expression, tokenize(expression)).parse();
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly expression: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): Node {
    const node = this.expression0(0);
    const token = this.token(0);
    if (token.type !== 'eof') this.fail(token, `Unexpected token: ${pyStr(token.value)}`);
    return node;
  }

  private token(offset: number): Token {
    return this.tokens[this.index + offset] as Token;
  }

  private current(): string {
    return this.token(0).type;
  }

  private bp(type: string): number {
    return BINDING_POWER[type] ?? 0;
  }

  private expression0(bindingPower: number): Node {
    if (++this.depth > MAX_NESTING) throw new NestingError(MAX_NESTING);
    const token = this.token(0);
    this.index++;
    let left = this.nud(token);
    while (bindingPower < this.bp(this.current())) {
      const type = this.current();
      this.index++;
      left = this.led(type, left);
    }
    this.depth--;
    return left;
  }

  private nud(token: Token): Node {
    switch (token.type) {
      case 'literal':
        return { type: 'literal', value: token.value };
      case 'unquoted_identifier':
        return { type: 'field', name: token.value as string };
      case 'quoted_identifier':
        if (this.current() === 'lparen') {
          const next = this.token(0);
          throw new ParseError(
            0,
            next.value,
            next.type,
            'Quoted identifier not allowed for function names.',
            this.expression,
          );
        }
        return { type: 'field', name: token.value as string };
      case 'star': {
        const right =
          this.current() === 'rbracket' ? { type: 'identity' as const } : this.projectionRhs(this.bp('star'));
        return { type: 'value_projection', left: { type: 'identity' }, right };
      }
      case 'filter':
        return this.ledFilter({ type: 'identity' });
      case 'lbrace':
        return this.multiSelectHash();
      case 'lparen': {
        const inner = this.expression0(0);
        this.match('rparen');
        return inner;
      }
      case 'flatten':
        return {
          type: 'projection',
          left: { type: 'flatten', child: { type: 'identity' } },
          right: this.projectionRhs(this.bp('flatten')),
        };
      case 'not':
        return { type: 'not', child: this.expression0(this.bp('not')) };
      case 'lbracket':
        return this.nudLbracket();
      case 'current':
        return { type: 'current' };
      case 'expref':
        return { type: 'expref', child: this.expression0(this.bp('expref')) };
      case 'eof':
        throw new IncompleteExpressionError(this.expression, Array.from(this.expression).length);
      default:
        return this.fail(token, 'invalid token');
    }
  }

  private led(type: string, left: Node): Node {
    if (COMPARATORS.has(type)) {
      return { type: 'comparator', op: type as Comparator, left, right: this.expression0(this.bp(type)) };
    }
    switch (type) {
      case 'dot':
        return this.ledDot(left);
      case 'pipe': {
        // a | b | c is applied left to right either way: one node keeps long chains flat.
        const right = this.expression0(this.bp('pipe'));
        if (left.type !== 'pipe') return { type: 'pipe', children: [left, right] };
        left.children.push(right);
        return left;
      }
      case 'or':
      case 'and':
        return { type, left, right: this.expression0(this.bp(type)) };
      case 'lparen':
        return this.ledLparen(left);
      case 'filter':
        return this.ledFilter(left);
      case 'flatten':
        return {
          type: 'projection',
          left: { type: 'flatten', child: left },
          right: this.projectionRhs(this.bp('flatten')),
        };
      case 'lbracket':
        return this.ledLbracket(left);
      default:
        // A token with binding power but no led (star, not, lbrace): jmespath.py's _error_led_token.
        this.index--;
        return this.fail(this.token(0), 'invalid token');
    }
  }

  private nudLbracket(): Node {
    const type = this.current();
    if (type === 'number' || type === 'colon') return this.projectIfSlice({ type: 'identity' }, this.indexExpression());
    if (type === 'star' && this.token(1).type === 'rbracket') {
      this.index += 2;
      return { type: 'projection', left: { type: 'identity' }, right: this.projectionRhs(this.bp('star')) };
    }
    return this.multiSelectList();
  }

  private indexExpression(): Node {
    if (this.token(0).type === 'colon' || this.token(1).type === 'colon') return this.sliceExpression();
    const node: Node = { type: 'index', index: this.token(0).value as number };
    this.index++;
    this.match('rbracket');
    return node;
  }

  private sliceExpression(): Node {
    const parts: (number | null)[] = [null, null, null];
    let part = 0;
    let type = this.current();
    while (type !== 'rbracket' && part < 3) {
      if (type === 'colon') {
        part++;
        if (part === 3) this.fail(this.token(0), 'syntax error');
        this.index++;
      } else if (type === 'number') {
        parts[part] = this.token(0).value as number;
        this.index++;
      } else {
        this.fail(this.token(0), 'syntax error');
      }
      type = this.current();
    }
    this.match('rbracket');
    const [start, stop, step] = parts as [number | null, number | null, number | null];
    return { type: 'slice', start, stop, step };
  }

  private ledDot(left: Node): Node {
    if (this.current() !== 'star') {
      const right = this.dotRhs(this.bp('dot'));
      if (left.type === 'subexpression') {
        left.children.push(right);
        return left;
      }
      return { type: 'subexpression', children: [left, right] };
    }
    this.index++;
    return { type: 'value_projection', left, right: this.projectionRhs(this.bp('dot')) };
  }

  private ledLparen(left: Node): Node {
    if (left.type !== 'field') {
      const name = this.token(-2);
      this.fail(name, `Invalid function name '${pyStr(name.value)}'`);
    }
    const args: Node[] = [];
    while (this.current() !== 'rparen') {
      const arg = this.expression0(0);
      if (this.current() === 'comma') this.match('comma');
      args.push(arg);
    }
    this.match('rparen');
    return { type: 'function', name: (left as { name: string }).name, args };
  }

  private ledFilter(left: Node): Node {
    const condition = this.expression0(0);
    this.match('rbracket');
    const right = this.current() === 'flatten' ? { type: 'identity' as const } : this.projectionRhs(this.bp('filter'));
    return { type: 'filter_projection', left, right, condition };
  }

  private ledLbracket(left: Node): Node {
    const type = this.current();
    if (type === 'number' || type === 'colon') {
      const right = this.indexExpression();
      if (left.type === 'index_expression') {
        // jmespath.py appends to the index expression, a slice too (and then projects nothing).
        left.children.push(right);
        return left;
      }
      return this.projectIfSlice(left, right);
    }
    this.match('star');
    this.match('rbracket');
    return { type: 'projection', left, right: this.projectionRhs(this.bp('star')) };
  }

  private projectIfSlice(left: Node, right: Node): Node {
    const indexed: Node = { type: 'index_expression', children: [left, right] };
    if (right.type !== 'slice') return indexed;
    return { type: 'projection', left: indexed, right: this.projectionRhs(this.bp('star')) };
  }

  private multiSelectList(): Node {
    const children: Node[] = [];
    for (;;) {
      children.push(this.expression0(0));
      if (this.current() === 'rbracket') break;
      this.match('comma');
    }
    this.match('rbracket');
    return { type: 'multi_select_list', children };
  }

  private multiSelectHash(): Node {
    const pairs: { key: string; node: Node }[] = [];
    for (;;) {
      const keyToken = this.token(0);
      this.matchAny(['quoted_identifier', 'unquoted_identifier']);
      this.match('colon');
      pairs.push({ key: keyToken.value as string, node: this.expression0(0) });
      if (this.current() === 'comma') this.match('comma');
      else if (this.current() === 'rbrace') {
        this.match('rbrace');
        break;
      }
    }
    return { type: 'multi_select_dict', pairs };
  }

  private projectionRhs(bindingPower: number): Node {
    const type = this.current();
    if (this.bp(type) < PROJECTION_STOP) return { type: 'identity' };
    if (type === 'lbracket' || type === 'filter') return this.expression0(bindingPower);
    if (type === 'dot') {
      this.match('dot');
      return this.dotRhs(bindingPower);
    }
    return this.fail(this.token(0), 'syntax error');
  }

  private dotRhs(bindingPower: number): Node {
    const type = this.current();
    if (type === 'quoted_identifier' || type === 'unquoted_identifier' || type === 'star') {
      return this.expression0(bindingPower);
    }
    if (type === 'lbracket') {
      this.match('lbracket');
      return this.multiSelectList();
    }
    if (type === 'lbrace') {
      this.match('lbrace');
      return this.multiSelectHash();
    }
    const allowed = "['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace']";
    return this.fail(this.token(0), `Expecting: ${allowed}, got: ${type}`);
  }

  private match(type: string): void {
    if (this.current() === type) this.index++;
    else this.failMaybeEof(`'${type}'`, this.token(0));
  }

  private matchAny(types: readonly string[]): void {
    if (!types.includes(this.current())) this.failMaybeEof(`[${types.map((t) => `'${t}'`).join(', ')}]`, this.token(0));
    this.index++;
  }

  private failMaybeEof(expected: string, token: Token): never {
    if (token.type === 'eof') throw new IncompleteExpressionError(this.expression, Array.from(this.expression).length);
    // Python formats the expected type with %s: a plain name, or a list's repr.
    const shown = expected.startsWith("'") ? expected.slice(1, -1) : expected;
    throw new ParseError(
      token.start,
      token.value,
      token.type,
      `Expecting: ${shown}, got: ${token.type}`,
      this.expression,
    );
  }

  private fail(token: Token, reason: string): never {
    throw new ParseError(token.start, token.value, token.type, reason, this.expression);
  }
}
