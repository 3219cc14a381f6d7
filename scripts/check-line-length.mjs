// Lines are at most 120 characters (the formatter keeps code there). A longer line is allowed only
// where a single string or regular-expression literal of 60+ characters makes it long (a message, a
// recorded fixture, a YAML resolver pattern): broken into pieces, such a literal is harder to grep for.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const MAX = 120;
const LONG_LITERAL = /(['"`/])(?:\\.|(?!\1).){60,}\1/;
const listed = ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'test', 'scripts', 'bin'];
const files = execFileSync('git', listed, { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|mjs|cjs|js)$/.test(f) && existsSync(f));
const over = [];
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.length > MAX && !LONG_LITERAL.test(line)) over.push(`${file}:${i + 1}: ${line.length} characters`);
    });
}
if (over.length > 0) {
  console.error(`Lines over ${MAX} characters:\n${over.join('\n')}`);
  process.exit(1);
}
console.log(`line length: ${files.length} files, no line over ${MAX} characters outside a long string literal`);
