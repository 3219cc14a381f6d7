import { GeneralError } from '../errors.js';
import type { TimestampFormat } from '../model/settings.js';
import type { Shape, StructureShape } from '../model/shapes.js';
import { isoformatFromTimestamp } from '../python/datetime.js';
import { PyValueError } from '../python/errors.js';
import { type JsonValue, jsonLoads } from '../python/json.js';
import { PyFloat, pyTypeName } from '../python/repr.js';

export interface ResponseOptions {
  readonly timestampFormat: TimestampFormat;
  /** The TZ environment variable: iso8601 timestamps are in the local zone, as Python's tzlocal() finds it. */
  readonly timeZone: string | undefined;
}

/**
 * botocore's JSON response parser, as aws-cli v2 configures it: the body read with Python's json (an
 * empty body is `{}`), only the shape's members kept, in model order, members that are null left out;
 * timestamps as `datetime.fromtimestamp(value, tzlocal()).isoformat()` or, with the `wire` format,
 * as received; every other scalar as received.
 */
export function parseResponse(body: string, shape: StructureShape, options: ResponseOptions): Record<string, unknown> {
  const value = body === '' ? {} : jsonLoads(body);
  try {
    return (parseShape(shape, value, options) ?? {}) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof PyValueError) throw new GeneralError(error.message, { cause: error });
    throw error;
  }
}

function parseShape(shape: Shape, value: JsonValue, options: ResponseOptions): unknown {
  switch (shape.type) {
    case 'structure': {
      if (value === null) return null;
      if (typeof value !== 'object' || Array.isArray(value) || value instanceof PyFloat) {
        // botocore calls value.get(…) on whatever came.
        throw new GeneralError(`'${pyTypeName(value)}' object has no attribute 'get'`);
      }
      const parsed: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members)) {
        const raw = Object.hasOwn(value, name) ? value[name] : null;
        if (raw !== null && raw !== undefined) parsed[name] = parseShape(member, raw, options);
      }
      return parsed;
    }
    case 'list':
      if (!Array.isArray(value)) return value;
      return value.map((item) => parseShape(shape.member, item, options));
    case 'map': {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof PyFloat) return value;
      const parsed: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value))
        parsed[key] = item === null ? null : parseShape(shape.value, item, options);
      return parsed;
    }
    case 'timestamp':
      return options.timestampFormat === 'wire' ? value : isoTimestamp(value, options.timeZone);
    default:
      return value;
  }
}

/** botocore's parse_timestamp for what JSON can carry: a number (True is 1), or text that float() reads. */
function isoTimestamp(value: JsonValue, timeZone: string | undefined): string {
  let seconds: number | undefined;
  if (typeof value === 'number') seconds = value;
  else if (typeof value === 'bigint') seconds = Number(value);
  else if (typeof value === 'boolean') seconds = value ? 1 : 0;
  else if (value instanceof PyFloat) seconds = value.value;
  else if (typeof value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value))
    seconds = Number(value);
  if (seconds === undefined) throw new PyValueError(`Invalid timestamp "${String(value)}"`);
  return isoformatFromTimestamp(seconds, timeZone);
}
