import type { Node } from './ast.js';

/** An expression reference (`&expr`), passed to sort_by, map and friends, evaluated per element. */
export class Expref {
  constructor(
    readonly node: Node,
    readonly evaluate: (node: Node, value: unknown) => unknown,
  ) {}
}
