import { jsonDumps } from '../python/json.js';
import { isDict } from '../python/repr.js';

/** Python's json.dumps(value, indent=4, ensure_ascii=False) plus a newline; `{}` prints nothing (as aws-cli). */
export function formatJson(value: unknown): string {
  if (isEmptyObject(value)) return '';
  return `${jsonDumps(value, { indent: 4, ensureAscii: false })}\n`;
}

/** True for `{}`, which aws-cli's json, text, yaml and yaml-stream formatters print as nothing. */
export function isEmptyObject(value: unknown): boolean {
  return isDict(value) && Object.keys(value).length === 0;
}
