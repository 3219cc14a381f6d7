/**
 * Python's configparser.RawConfigParser with its defaults, as botocore reads ~/.aws/config and
 * ~/.aws/credentials: `=` or `:` delimits, option names are lower-cased, only whole-line comments
 * (`#`, `;`), indented lines continue a value, `[DEFAULT]` is inherited by every section, and a
 * duplicate section or option in one file is an error (strict). botocore then reads a value that
 * starts with a line break as a nested block (`s3 =` then `key = value` lines).
 */

/** configparser.Error: the file cannot be read as an INI file. */
export class ConfigParserError extends Error {
  override readonly name = 'ConfigParserError';
}

/** A value: text, or (botocore's _parse_nested) a nested block of key = value lines. */
export type IniValue = string | Readonly<Record<string, string>>;
/** One parsed file: section name → option → value, DEFAULT's options included in every section. */
export type IniFile = Readonly<Record<string, Readonly<Record<string, IniValue>>>>;

// configparser's SECTCRE `\[(?P<header>.+)\]` and OPTCRE `(?P<option>.*?)\s*(?P<vi>=|:)\s*(?P<value>.*)$`,
// matched by hand (a big file has tens of thousands of lines): the header runs to the last `]`, the
// option to the first delimiter.
function sectionHeader(line: string): string | undefined {
  if (line.charCodeAt(0) !== 0x5b) return undefined;
  const close = line.lastIndexOf(']');
  return close > 1 ? line.slice(1, close) : undefined;
}

function optionLine(line: string): { option: string; value: string } | undefined {
  const eq = line.indexOf('=');
  const colon = line.indexOf(':');
  const at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
  if (at < 0) return undefined;
  return { option: line.slice(0, at).trimEnd(), value: line.slice(at + 1).trim() };
}
const DEFAULT_SECTION = 'DEFAULT';
const NON_SPACE = /\S/;

/** Parses one file; throws ConfigParserError where configparser raises. */
export function parseIni(text: string): IniFile {
  const sections = new Map<string, Map<string, string[]>>();
  const defaults = new Map<string, string[]>();
  const added = new Set<string>();
  let current: Map<string, string[]> | undefined;
  let sectionName: string | undefined;
  let option: string | undefined;
  let indentLevel = 0;
  let failure = false;
  // Python's text mode reads universal newlines; str.splitlines-like split keeps the line structure.
  for (const line of text.split(/\r\n|\r|\n/)) {
    const stripped = line.trim();
    const comment = stripped.startsWith('#') || stripped.startsWith(';');
    const value = comment ? '' : stripped;
    if (value === '') {
      // An empty line inside a value is kept (joined as \n); a comment line is skipped.
      if (!comment && current !== undefined && option !== undefined) current.get(option)?.push('');
      continue;
    }
    const indent = line.search(NON_SPACE);
    if (current !== undefined && option !== undefined && indent > indentLevel) {
      current.get(option)?.push(value);
      continue;
    }
    indentLevel = indent;
    const header = sectionHeader(value);
    if (header !== undefined) {
      sectionName = header;
      option = undefined;
      if (header === DEFAULT_SECTION && !sections.has(header)) {
        current = defaults;
        continue;
      }
      if (added.has(`[${header}]`)) throw new ConfigParserError(`section '${header}' already exists`);
      added.add(`[${header}]`);
      current = sections.get(header) ?? new Map();
      sections.set(header, current);
      continue;
    }
    if (current === undefined) throw new ConfigParserError('File contains no section headers.');
    const match = optionLine(value);
    if (match === undefined || match.option === '') {
      failure = true;
      option = undefined;
      continue;
    }
    option = match.option.toLowerCase();
    const key = `${sectionName}\u0000${option}`;
    if (added.has(key)) throw new ConfigParserError(`option '${option}' in section '${sectionName}' already exists`);
    added.add(key);
    current.set(option, [match.value]);
  }
  if (failure) throw new ConfigParserError('Source contains parsing errors');
  const join = (lines: readonly string[]): string => lines.join('\n').trimEnd();
  const result: Record<string, Record<string, IniValue>> = {};
  for (const [name, options] of sections) {
    const merged: Record<string, IniValue> = {};
    for (const [key, lines] of [...defaults, ...options]) merged[key] = nested(join(lines));
    result[name] = merged;
  }
  return result;
}

/** botocore's _parse_nested: a value that starts with a line break is a block of `key = value` lines. */
function nested(value: string): IniValue {
  if (!value.startsWith('\n')) return value;
  const block: Record<string, string> = {};
  for (const raw of value.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const eq = line.indexOf('=');
    if (eq < 0) throw new ConfigParserError('not enough values to unpack (expected 2, got 1)');
    block[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return block;
}
