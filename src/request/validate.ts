import { ParamError } from '../errors.js';
import { pyStr, pyTypeName } from '../output/pyrepr.js';
import { INPUT_MEMBERS, type ImportLabelsRequest } from './model.js';

const PY_TYPES = { string: "<class 'str'>", boolean: "<class 'bool'>" } as const;

/**
 * botocore's parameter validation for this operation: every problem, one line each, in botocore's
 * order (missing required, unknown keys, then type and length per key in input order).
 */
export function validateRequest(params: Readonly<Record<string, unknown>>): ImportLabelsRequest {
  const problems: string[] = [];
  for (const member of INPUT_MEMBERS) {
    if (member.required && !(member.name in params)) {
      problems.push(`Missing required parameter in input: "${member.name}"`);
    }
  }
  const names = INPUT_MEMBERS.map((member) => member.name);
  for (const key of Object.keys(params)) {
    if (!(names as readonly string[]).includes(key)) {
      problems.push(`Unknown parameter in input: "${key}", must be one of: ${names.join(', ')}`);
    }
  }
  for (const [key, value] of Object.entries(params)) {
    const member = INPUT_MEMBERS.find((m) => m.name === key);
    if (!member) continue;
    const expected = member.type === 'string' ? 'str' : 'bool';
    if (pyTypeName(value) !== expected) {
      problems.push(
        `Invalid type for parameter ${key}, value: ${pyStr(value)}, type: <class '${pyTypeName(value)}'>, valid types: ${PY_TYPES[member.type]}`,
      );
    } else if (member.minLength !== undefined && typeof value === 'string' && [...value].length < member.minLength) {
      problems.push(`Invalid length for parameter ${key}, value: ${[...value].length}, valid min length: ${member.minLength}`);
    }
  }
  if (problems.length > 0) throw new ParamError(`Parameter validation failed:\n${problems.join('\n')}`);
  return params as unknown as ImportLabelsRequest;
}
