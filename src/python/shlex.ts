import { PyValueError } from './errors.js';

/** shlex's whitespace: these four characters only (not every Unicode space). */
const WHITESPACE = ' \t\r\n';

/**
 * `shlex.split` (POSIX mode, whitespace_split, no comments), as botocore splits credential_process:
 * quotes group, a backslash outside quotes escapes any character (a line break too), inside double
 * quotes only `"` and `\\` (before anything else it stays), inside single quotes nothing. An unclosed
 * quote is "No closing quotation"; a backslash at the end, in or out of double quotes, "No escaped
 * character".
 */
export function shlexSplit(command: string): string[] {
  const words: string[] = [];
  let word = '';
  let quoted = false;
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i] as string;
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"') {
        if (i + 1 === command.length) throw new PyValueError('No escaped character');
        const next = command[++i] as string;
        word += next === '"' || next === '\\' ? next : `\\${next}`;
      } else word += ch;
      continue;
    }
    if (WHITESPACE.includes(ch)) {
      if (inWord) words.push(word);
      word = '';
      quoted = false;
      inWord = false;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      quoted = true;
      inWord = true;
    } else if (ch === '\\') {
      if (i + 1 === command.length) throw new PyValueError('No escaped character');
      word += command[++i];
      inWord = true;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote !== undefined) throw new PyValueError('No closing quotation');
  if (inWord && (word !== '' || quoted)) words.push(word);
  return words;
}

/** shlex.quote: the text as one shell word (single quotes unless only safe characters). */
export function shlexQuote(text: string): string {
  if (text === '') return "''";
  if (!/[^\w@%+=:,./-]/.test(text)) return text;
  return `'${text.replaceAll("'", `'"'"'`)}'`;
}
