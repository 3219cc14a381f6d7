/** configparser's ParsingError: a line that is neither a section, an option nor a continuation. */
export class ConfigParserError extends Error {
  override readonly name = 'ParsingError';
}

/** One INI file: section name → key → value. Nested blocks (`s3 =` then indented lines) become `parent.child` keys. */
export type IniFile = Record<string, Record<string, string>>;

/**
 * Parses an AWS shared config or credentials file the way botocore's configparser does;
 * a line it cannot read raises ConfigParserError.
 */
export function parseIni(text: string): IniFile {
  const result: IniFile = {};
  let section: Record<string, string> | undefined;
  let parentKey: string | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\s+$/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[([^\]]+)\]/.exec(trimmed);
    if (header && !/^\s/.test(line)) {
      const name = (header[1] as string).trim();
      section = result[name] ??= {};
      parentKey = undefined;
      continue;
    }
    if (!section) throw new ConfigParserError('Source contains parsing errors');
    const eq = trimmed.search(/[=:]/);
    if (/^\s/.test(line) && parentKey !== undefined) {
      if (eq < 0) throw new ConfigParserError('Source contains parsing errors');
      section[`${parentKey}.${trimmed.slice(0, eq).trim()}`] = stripComment(trimmed.slice(eq + 1).trim());
      continue;
    }
    if (eq < 0) throw new ConfigParserError('Source contains parsing errors');
    const key = trimmed.slice(0, eq).trim();
    const value = stripComment(trimmed.slice(eq + 1).trim());
    section[key] = value;
    parentKey = value === '' ? key : undefined;
  }
  return result;
}

function stripComment(value: string): string {
  const hash = value.search(/\s[#;]/);
  return hash >= 0 ? value.slice(0, hash).trim() : value;
}
