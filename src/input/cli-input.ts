import { GeneralError, ParamError } from '../errors.js';
import { jsonDetectEncoding, pyDecode } from '../python/codecs.js';
import { jsonLoads } from '../python/json.js';
import { isPlainMap, pyTypeName } from '../python/repr.js';
import type { ParamValue } from './paramfile.js';

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
 * The YAML reader (js-yaml and ruamel's resolver) loads only for --cli-input-yaml.
 */
export async function parseCliInput(kind: 'json' | 'yaml', raw: ParamValue): Promise<InputDocument> {
  const label = kind === 'json' ? 'JSON' : 'YAML';
  const invalid = (cause: unknown): ParamError =>
    new ParamError(`Error parsing parameter 'cli-input-${kind}': Invalid ${label} received.`, { cause });
  let text: string;
  try {
    // Bytes (fileb://) are decoded as Python's json.loads decodes them: UTF-8, -16 or -32 by their shape.
    text = typeof raw === 'string' ? raw : pyDecode(raw, kind === 'json' ? jsonDetectEncoding(raw) : 'utf-8');
  } catch (error) {
    throw invalid(error);
  }
  let value: unknown;
  if (kind === 'json') {
    try {
      value = jsonLoads(text);
    } catch (error) {
      throw invalid(error);
    }
  } else {
    const { ConstructError, loadYaml } = await import('./yaml-schema.js');
    try {
      value = loadYaml(text);
    } catch (error) {
      if (error instanceof ConstructError) throw new GeneralError(error.message, { cause: error });
      throw invalid(error);
    }
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
