import { load as loadYaml } from 'js-yaml';
import { GeneralError, ParamError } from '../errors.js';
import { jsonDetectEncoding, pyDecode } from '../python/codecs.js';
import { jsonLoads } from '../python/json.js';
import { isPlainMap, pyTypeName } from '../python/repr.js';
import type { ParamValue } from './paramfile.js';
import { ConstructError, schemaFor } from './yaml-schema.js';

/**
 * YAML aliases share one value in many places: a "billion laughs" document is small as text and as a
 * graph, but every message that prints it expands it. More values than this, counted as expanded, is refused.
 */
const MAX_VALUES = 100_000;

/** True when the value, with every alias expanded, has more than `limit` values (stops counting there). */
function exceeds(root: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (++count > limit) return true;
    if (value !== null && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Uint8Array)) {
      for (const child of Object.values(value)) stack.push(child);
    }
  }
  return false;
}

/** A cli-input document after parsing: a map from member name to any value. */
export type InputDocument = Record<string, unknown>;

/**
 * Parses the value of --cli-input-json / --cli-input-yaml (already paramfile-loaded) into a map,
 * with aws-cli's messages: parse failures name the option without dashes, type failures with them.
 */
export function parseCliInput(kind: 'json' | 'yaml', raw: ParamValue): InputDocument {
  let text: string;
  try {
    // Bytes (fileb://) are decoded as Python's json.loads decodes them: UTF-8, -16 or -32 by their shape.
    text = typeof raw === 'string' ? raw : pyDecode(raw, kind === 'json' ? jsonDetectEncoding(raw) : 'utf-8');
  } catch (error) {
    const label = kind === 'json' ? 'JSON' : 'YAML';
    throw new ParamError(`Error parsing parameter 'cli-input-${kind}': Invalid ${label} received.`, { cause: error });
  }
  let value: unknown;
  try {
    value = kind === 'json' ? jsonLoads(text) : loadYaml(text, { schema: schemaFor(text) });
  } catch (error) {
    if (error instanceof ConstructError) throw new GeneralError(error.message, { cause: error });
    const label = kind === 'json' ? 'JSON' : 'YAML';
    throw new ParamError(`Error parsing parameter 'cli-input-${kind}': Invalid ${label} received.`, { cause: error });
  }
  if (kind === 'yaml' && exceeds(value, MAX_VALUES)) {
    throw new ParamError(
      `Error parsing parameter 'cli-input-yaml': the document expands to more than ${MAX_VALUES} values through its aliases.`,
    );
  }
  if (!isPlainMap(value)) {
    throw new ParamError(
      `Error parsing parameter '--cli-input-${kind}': Invalid type: expecting map, received <class '${pyTypeName(value)}'>`,
    );
  }
  return value;
}
