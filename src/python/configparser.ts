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

/** An option's lines as read: one line as a string (most options), more as an array. */
type Lines = string | string[];

function appendLine(options: Map<string, Lines>, option: string, line: string): void {
  const lines = options.get(option);
  if (lines === undefined) return;
  if (typeof lines === 'string') options.set(option, [lines, line]);
  else lines.push(line);
}

function finish(lines: Lines): IniValue {
  return typeof lines === 'string' ? lines : nested(lines.join('\n').trimEnd());
}

/**
 * Parses one file; throws ConfigParserError where configparser raises. Linear, and light on garbage:
 * a file with ten thousand profiles is read in a few tens of milliseconds.
 */
export function parseIni(text: string): IniFile {
  const sections = new Map<string, Map<string, Lines>>();
  const defaults = new Map<string, Lines>();
  let current: Map<string, Lines> | undefined;
  let sectionName: string | undefined;
  let option: string | undefined;
  let indentLevel = 0;
  let failure = false;
  // Python's text mode reads universal newlines; str.splitlines-like split keeps the line structure.
  for (const line of text.split(/\r\n|\r|\n/)) {
    const stripped = line.trim();
    const first = stripped.charCodeAt(0);
    const comment = first === 0x23 || first === 0x3b; // # or ;
    if (stripped === '' || comment) {
      // An empty line inside a value is kept (joined as \n); a comment line is skipped.
      if (!comment && current !== undefined && option !== undefined) appendLine(current, option, '');
      continue;
    }
    const indent = stripped.length === line.length || line.charCodeAt(0) > 0x20 ? 0 : line.search(NON_SPACE);
    if (current !== undefined && option !== undefined && indent > indentLevel) {
      appendLine(current, option, stripped);
      continue;
    }
    indentLevel = indent;
    const header = sectionHeader(stripped);
    if (header !== undefined) {
      sectionName = header;
      option = undefined;
      if (header === DEFAULT_SECTION) {
        current = defaults;
        continue;
      }
      if (sections.has(header)) throw new ConfigParserError(`section '${header}' already exists`);
      current = new Map();
      sections.set(header, current);
      continue;
    }
    if (current === undefined) throw new ConfigParserError('File contains no section headers.');
    const match = optionLine(stripped);
    if (match === undefined || match.option === '') {
      failure = true;
      option = undefined;
      continue;
    }
    option = match.option.toLowerCase();
    if (current.has(option))
      throw new ConfigParserError(`option '${option}' in section '${sectionName}' already exists`);
    current.set(option, match.value);
  }
  if (failure) throw new ConfigParserError('Source contains parsing errors');
  const result: Record<string, Record<string, IniValue>> = {};
  for (const [name, options] of sections) {
    // configparser's options(): the section's own first, then DEFAULT's it does not have (whose value,
    // unused, is not parsed: a bad nested block there does not matter to a section that overrides it).
    const merged: Record<string, IniValue> = {};
    for (const [key, lines] of options) merged[key] = finish(lines);
    for (const [key, lines] of defaults) if (!Object.hasOwn(merged, key)) merged[key] = finish(lines);
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
