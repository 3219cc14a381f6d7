import { numericValue, pyEquals, pyOrder } from '../../python/operators.js';
import { PyFloat, pyTypeName } from '../../python/repr.js';
import type { Node } from './ast.js';
import { PythonRuntimeError } from './errors.js';
import { Expref } from './expref.js';
import { callFunction } from './functions.js';

/** jmespath.py's truthiness: '', [], {}, None and False are false; every number is true. */
function isFalse(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return pyTypeName(value) === 'dict' && Object.keys(value as object).length === 0;
}

/** A Python number (int or float), not a bool. */
const isActualNumber = (value: unknown): boolean =>
  typeof value === 'number' || typeof value === 'bigint' || value instanceof PyFloat;

/** jmespath.py's ==: as Python's, except that 0 and 1 never equal a bool. */
function jmesEquals(x: unknown, y: unknown): boolean {
  if (isActualNumber(x) && (numericValue(x) === 0 || numericValue(x) === 1) && typeof y === 'boolean') return false;
  if (isActualNumber(y) && (numericValue(y) === 0 || numericValue(y) === 1) && typeof x === 'boolean') return false;
  return pyEquals(x, y);
}

const isComparable = (value: unknown): boolean => isActualNumber(value) || typeof value === 'string';
const isDict = (value: unknown): value is Record<string, unknown> => pyTypeName(value) === 'dict';

/** Evaluates a parsed expression against a value, as jmespath.py's TreeInterpreter does. */
export function evaluate(node: Node, value: unknown): unknown {
  switch (node.type) {
    case 'subexpression':
    case 'index_expression':
    case 'pipe': {
      let result = value;
      for (const child of node.children) result = evaluate(child, result);
      return result;
    }
    case 'field':
      return isDict(value) && Object.hasOwn(value, node.name) ? value[node.name] : null;
    case 'comparator': {
      const left = evaluate(node.left, value);
      const right = evaluate(node.right, value);
      if (node.op === 'eq') return jmesEquals(left, right);
      if (node.op === 'ne') return !jmesEquals(left, right);
      // Ordering is for numbers and strings; anything else is null.
      if (!isComparable(left) || !isComparable(right)) return null;
      return pyOrder(node.op, left, right);
    }
    case 'current':
    case 'identity':
      return value;
    case 'expref':
      return new Expref(node.child, evaluate);
    case 'function':
      return callFunction(
        node.name,
        node.args.map((arg) => evaluate(arg, value)),
      );
    case 'filter_projection': {
      const base = evaluate(node.left, value);
      if (!Array.isArray(base)) return null;
      const collected: unknown[] = [];
      for (const element of base) {
        if (isFalse(evaluate(node.condition, element))) continue;
        const current = evaluate(node.right, element);
        if (current !== null && current !== undefined) collected.push(current);
      }
      return collected;
    }
    case 'flatten': {
      const base = evaluate(node.child, value);
      if (!Array.isArray(base)) return null;
      const merged: unknown[] = [];
      for (const element of base) {
        if (Array.isArray(element)) for (const item of element) merged.push(item);
        else merged.push(element);
      }
      return merged;
    }
    case 'index': {
      if (!Array.isArray(value)) return null;
      const at = node.index < 0 ? value.length + node.index : node.index;
      return at >= 0 && at < value.length ? value[at] : null;
    }
    case 'slice':
      return Array.isArray(value) ? pySlice(value, node.start, node.stop, node.step) : null;
    case 'literal':
      return node.value;
    case 'multi_select_dict': {
      if (value === null || value === undefined) return null;
      const collected: Record<string, unknown> = Object.create(null);
      for (const pair of node.pairs) collected[pair.key] = evaluate(pair.node, value);
      return collected;
    }
    case 'multi_select_list':
      if (value === null || value === undefined) return null;
      return node.children.map((child) => evaluate(child, value));
    case 'or': {
      const matched = evaluate(node.left, value);
      return isFalse(matched) ? evaluate(node.right, value) : matched;
    }
    case 'and': {
      const matched = evaluate(node.left, value);
      return isFalse(matched) ? matched : evaluate(node.right, value);
    }
    case 'not': {
      const result = evaluate(node.child, value);
      // !0 is false: 0 is not false in JMESPath.
      if (isActualNumber(result) && numericValue(result) === 0) return false;
      return pyFalsy(result);
    }
    case 'projection':
    case 'value_projection': {
      const base = evaluate(node.left, value);
      let elements: unknown[];
      if (node.type === 'projection') {
        if (!Array.isArray(base)) return null;
        elements = base;
      } else {
        if (!isDict(base)) return null;
        elements = Object.values(base);
      }
      const collected: unknown[] = [];
      for (const element of elements) {
        const current = evaluate(node.right, element);
        if (current !== null && current !== undefined) collected.push(current);
      }
      return collected;
    }
  }
}

/** Python's `not value`: falsy are None, False, 0, 0.0, '', [] and {}. */
function pyFalsy(value: unknown): boolean {
  if (isActualNumber(value)) return numericValue(value) === 0;
  return isFalse(value);
}

/** Python's list[start:stop:step]. */
function pySlice(list: readonly unknown[], start: number | null, stop: number | null, step: number | null): unknown[] {
  const by = step ?? 1;
  if (by === 0) throw new PythonRuntimeError('slice step cannot be zero');
  const n = list.length;
  const clamp = (index: number | null, fallback: number, low: number, high: number): number => {
    if (index === null) return fallback;
    const at = index < 0 ? index + n : index;
    return Math.min(Math.max(at, low), high);
  };
  const result: unknown[] = [];
  if (by > 0) {
    const from = clamp(start, 0, 0, n);
    const to = clamp(stop, n, 0, n);
    for (let i = from; i < to; i += by) result.push(list[i]);
  } else {
    const from = clamp(start, n - 1, -1, n - 1);
    const to = clamp(stop, -1, -1, n - 1);
    for (let i = from; i > to; i += by) result.push(list[i]);
  }
  return result;
}
