import { PyValueError } from './errors.js';

/** POSIX `shlex.split`: quotes, backslash escapes, whitespace separation. Unclosed quotes raise ValueError. */
export function shlexSplit(command: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < command.length && '"\\$`\n'.includes(command[i + 1] as string)) {
        word = (word ?? '') + command[++i];
      } else word = (word ?? '') + ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= '';
    } else if (ch === '\\' && i + 1 < command.length) {
      word = (word ?? '') + command[++i];
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote) throw new PyValueError('No closing quotation');
  if (word !== undefined) words.push(word);
  return words;
}

/** shlex.quote: the text as one shell word (single quotes unless only safe characters). */
export function shlexQuote(text: string): string {
  if (text === '') return "''";
  if (!/[^\w@%+=:,./-]/.test(text)) return text;
  return `'${text.replaceAll("'", `'"'"'`)}'`;
}
