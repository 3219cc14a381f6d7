import { PyObject } from '../../python/repr.js';
import type { Node } from './ast.js';

/** An expression reference (`&expr`), passed to sort_by, map and friends, evaluated per element. */
export class Expref extends PyObject {
  constructor(
    readonly node: Node,
    readonly evaluate: (node: Node, value: unknown) => unknown,
  ) {
    super();
  }

  readonly pyClassName = '_Expression';

  /**
   * jmespath.py's _Expression has no __repr__ of its own: Python's default, with the object's address
   * (which differs from run to run; this one is a typical 64-bit Linux heap address, always the same).
   */
  pyRepr(): string {
    return '<jmespath.visitor._Expression object at 0x7f3a5c2b9d50>';
  }
}
