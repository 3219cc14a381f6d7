import { GeneralError } from '../errors.js';
import type { OutputFormat } from '../model/options.js';
import { PyValueError } from '../python/errors.js';
import { PyTypeError } from '../python/operators.js';
import { formatJson } from './json.js';
import { formatTableWrites } from './table.js';
import { formatText } from './text.js';
import type { Rendered } from './writer.js';
import { formatYaml, formatYamlStream } from './yaml.js';

/** What to print: the write() calls aws-cli would make (they matter only for table colour resets). */
export interface FormatOptions {
  readonly format: OutputFormat;
  readonly color: boolean;
  readonly terminalWidth: number;
  readonly title: string;
}

/**
 * Formats the (queried) response in the chosen output format. A Python error of the formatter (json's
 * "Circular reference detected" for an expression reference) is aws-cli's 255 with its message.
 */
export function renderOutput(value: unknown, options: FormatOptions): Rendered {
  try {
    return render(value, options);
  } catch (error) {
    if (error instanceof PyValueError || error instanceof PyTypeError)
      throw new GeneralError(error.message, { cause: error });
    throw error;
  }
}

function render(value: unknown, options: FormatOptions): Rendered {
  switch (options.format) {
    case 'json':
      return plain(formatJson(value));
    case 'text':
      return plain(formatText(value));
    case 'yaml':
      return plain(formatYaml(value));
    case 'yaml-stream':
      return plain(formatYamlStream(value));
    case 'off':
      // aws-cli 2.34's OffFormatter: the call is made, nothing is printed.
      return plain('');
    case 'table': {
      const writes = formatTableWrites(options.title, value, options.terminalWidth, { color: options.color });
      return { writes, autoreset: options.color && writes.length > 0 };
    }
  }
}

function plain(text: string): Rendered {
  return { writes: text === '' ? [] : [text], autoreset: false };
}
