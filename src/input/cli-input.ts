import { load as loadYaml } from 'js-yaml';
import { ParamError } from '../errors.js';
import { jsonLoads } from '../python/json.js';
import { isPlainMap, pyTypeName } from '../python/repr.js';
import type { ParamValue } from './paramfile.js';

/** A cli-input document after parsing: a map from member name to any value. */
export type InputDocument = Record<string, unknown>;

/**
 * Parses the value of --cli-input-json / --cli-input-yaml (already paramfile-loaded) into a map,
 * with aws-cli's messages: parse failures name the option without dashes, type failures with them.
 */
export function parseCliInput(kind: 'json' | 'yaml', raw: ParamValue): InputDocument {
  const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
  let value: unknown;
  try {
    value = kind === 'json' ? jsonLoads(text) : loadYaml(text);
  } catch (error) {
    const label = kind === 'json' ? 'JSON' : 'YAML';
    throw new ParamError(`Error parsing parameter 'cli-input-${kind}': Invalid ${label} received.`, { cause: error });
  }
  if (!isPlainMap(value)) {
    throw new ParamError(
      `Error parsing parameter '--cli-input-${kind}': Invalid type: expecting map, received <class '${pyTypeName(value)}'>`,
    );
  }
  return value;
}
