import { ParamError } from '../errors.js';
import type { OperationModel } from '../model/operation.js';
import { pyStr, pyTypeName } from '../python/repr.js';
import { codePointLength } from '../python/strings.js';

const PY_TYPES = { string: 'str', boolean: 'bool' } as const;

/** The parameters after validation: every key a member of the operation, of the member's type. */
export type ValidatedRequest = Readonly<Record<string, unknown>>;

/**
 * botocore's parameter validation for an operation: every problem, one line each, in botocore's
 * order (missing required, unknown keys, then type and length per key in input order).
 */
export function validateRequest(params: Readonly<Record<string, unknown>>, model: OperationModel): ValidatedRequest {
  const problems: string[] = [];
  for (const member of model.input) {
    if (member.required && !Object.hasOwn(params, member.name)) {
      problems.push(`Missing required parameter in input: "${member.name}"`);
    }
  }
  const names = model.input.map((member) => member.name);
  for (const key of Object.keys(params)) {
    if (!names.includes(key))
      problems.push(`Unknown parameter in input: "${key}", must be one of: ${names.join(', ')}`);
  }
  for (const [key, value] of Object.entries(params)) {
    const member = model.input.find((m) => m.name === key);
    if (!member) continue;
    const expected = PY_TYPES[member.type];
    if (pyTypeName(value) !== expected) {
      problems.push(
        `Invalid type for parameter ${key}, value: ${pyStr(value)}, type: <class '${pyTypeName(value)}'>, valid types: <class '${expected}'>`,
      );
    } else if (
      member.minLength !== undefined &&
      typeof value === 'string' &&
      codePointLength(value) < member.minLength
    ) {
      problems.push(
        `Invalid length for parameter ${key}, value: ${codePointLength(value)}, valid min length: ${member.minLength}`,
      );
    }
  }
  if (problems.length > 0) throw new ParamError(`Parameter validation failed:\n${problems.join('\n')}`);
  return params;
}
