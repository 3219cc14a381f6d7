import type { CliError } from '../errors.js';
import type { ErrorFormat } from '../model/options.js';
import { pyStr } from '../python/repr.js';
import { renderOutput } from './format.js';

/** Fewer members than this, all scalars, print inline in enhanced's "Additional error details". */
const MAX_INLINE_ITEMS = 5;

/**
 * An error as aws-cli 2.34+ writes it to stderr in `format` (awscli/errorhandler.py): `legacy` is the
 * message after a blank line (this tool's default, aws-cli 2.9.19's behaviour); `enhanced` is
 * `aws: [ERROR]: An error occurred (Code): Message` with the service error's extra members under
 * "Additional error details"; json, yaml, text and table print the error's fields (Code, Message and
 * the members the service's model declares) with the output formatters, the table titled `error`.
 * An error without a code (usage errors, interrupts) is plain in every format.
 */
export function formatError(error: CliError, format: ErrorFormat, table: { color: boolean; width: number }): string {
  if (format === 'legacy' || error.code === undefined) return `\n${error.message}\n`;
  const info = errorInfo(error);
  if (format === 'enhanced') {
    const serviceLine = 'serviceMessage' in error;
    const line = serviceLine ? error.message : `An error occurred (${error.code}): ${error.message}`;
    return `\naws: [ERROR]: ${line.trim()}\n${additionalDetails(error.fields)}`;
  }
  const rendered = renderOutput(info, { format, color: table.color, terminalWidth: table.width, title: 'error' });
  return rendered.writes.join('');
}

/** The fields structured formats print: botocore's Error dict (Message, Code) for a service error. */
function errorInfo(error: CliError): Record<string, unknown> {
  if ('serviceMessage' in error) return { Message: error.serviceMessage, Code: error.code, ...error.fields };
  return { Code: error.code, Message: error.message, ...error.fields };
}

function additionalDetails(fields: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(fields);
  if (entries.length === 0) return '';
  let text = '\nAdditional error details:\n';
  let complex = false;
  for (const [key, value] of entries) {
    if (isSimple(value)) text += `${key}: ${pyStr(value)}\n`;
    else if (isSmallCollection(value)) text += `${key}: ${inline(value)}\n`;
    else {
      text += `${key}: <complex value>\n`;
      complex = true;
    }
  }
  if (complex) text += 'Use "--cli-error-format json" or another error format to see the full details.\n';
  return text;
}

function isSimple(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean', 'bigint'].includes(typeof value);
}

function isSmallCollection(value: unknown): boolean {
  if (Array.isArray(value)) return value.length < MAX_INLINE_ITEMS && value.every(isSimple);
  if (value !== null && typeof value === 'object') {
    const values = Object.values(value);
    return values.length < MAX_INLINE_ITEMS && values.every(isSimple);
  }
  return false;
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyStr).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${pyStr(v)}`)
    .join(', ')}}`;
}
