import { jsonDumps } from '../python/json.js';
import { isDict } from '../python/repr.js';

/**
 * aws-cli's json.dumps(value, indent=4, ensure_ascii=False, default=json_encoder) plus a newline; `{}`
 * prints nothing. json_encoder returns what it does not know as it is, which json reports as a cycle
 * (an expression reference as --query's result: "Circular reference detected").
 */
export function formatJson(value: unknown): string {
  if (isEmptyObject(value)) return '';
  return `${jsonDumps(value, { indent: 4, ensureAscii: false, default: (object) => object })}\n`;
}

/** True for `{}`, which aws-cli's json, text, yaml and yaml-stream formatters print as nothing. */
export function isEmptyObject(value: unknown): boolean {
  return isDict(value) && Object.keys(value).length === 0;
}
