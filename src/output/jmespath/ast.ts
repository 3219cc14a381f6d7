/** jmespath.py's AST, node for node (the interpreter follows its visit_* methods). */
export type Node =
  | { readonly type: 'field'; readonly name: string }
  | { readonly type: 'subexpression' | 'index_expression' | 'multi_select_list' | 'pipe'; readonly children: Node[] }
  | { readonly type: 'index'; readonly index: number }
  | {
      readonly type: 'slice';
      readonly start: number | null;
      readonly stop: number | null;
      readonly step: number | null;
    }
  | { readonly type: 'identity' | 'current' }
  | { readonly type: 'literal'; readonly value: unknown }
  | { readonly type: 'projection' | 'value_projection'; readonly left: Node; readonly right: Node }
  | { readonly type: 'filter_projection'; readonly left: Node; readonly right: Node; readonly condition: Node }
  | { readonly type: 'flatten' | 'not' | 'expref'; readonly child: Node }
  | { readonly type: 'or' | 'and'; readonly left: Node; readonly right: Node }
  | { readonly type: 'comparator'; readonly op: Comparator; readonly left: Node; readonly right: Node }
  | { readonly type: 'multi_select_dict'; readonly pairs: readonly { readonly key: string; readonly node: Node }[] }
  | { readonly type: 'function'; readonly name: string; readonly args: readonly Node[] };

export type Comparator = 'eq' | 'ne' | 'lt' | 'gt' | 'lte' | 'gte';

/** Visits every node once (iteratively): the static checks walk the tree with it. */
export function* walk(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    yield node;
    if ('children' in node) stack.push(...node.children);
    if ('left' in node) stack.push(node.left, node.right);
    if ('condition' in node) stack.push(node.condition);
    if ('child' in node) stack.push(node.child);
    if ('args' in node) stack.push(...node.args);
    if ('pairs' in node) stack.push(...node.pairs.map((pair) => pair.node));
  }
}
