/**
 * glue-import-labels-completion: prints the completion script for a shell, or (called by those
 * scripts) the profile names of the shared files. The only part of src/completion that touches the
 * process.
 */
import { resolve } from 'node:path';
import { OPERATIONS } from '../model/operations.js';
import { readBounded } from '../read-file.js';
import { readSharedFiles } from '../settings/shared-files.js';
import { COMPLETER, completionScript, profileNames, SHELLS, type Shell } from './scripts.js';

const USAGE = `usage: ${COMPLETER} bash|zsh|fish
       ${COMPLETER} --profiles

Prints the completion script for start-import-labels-task-run and get-ml-task-run in that shell:
  bash  echo 'eval "$(${COMPLETER} bash)"' >> ~/.bashrc
  zsh   ${COMPLETER} zsh > "\${fpath[1]}/_glue-import-labels"
  fish  ${COMPLETER} fish > ~/.config/fish/conf.d/glue-import-labels.fish
--profiles prints the profiles of the shared config and credentials files, one a line.
`;

export async function main(argv: readonly string[]): Promise<number> {
  const [what, ...rest] = argv;
  if (rest.length > 0 || what === undefined) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (what === '-h' || what === '--help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (what === '--profiles') {
    try {
      const files = await readSharedFiles({
        env: process.env,
        homedir: process.env['HOME'] ?? '',
        readFile: (path, limits) => readBounded(resolve(path), limits),
      });
      process.stdout.write(
        profileNames(files)
          .map((name) => `${name}\n`)
          .join(''),
      );
    } catch {
      // An unreadable or malformed file completes nothing, quietly: the shell is mid-line.
    }
    return 0;
  }
  if (!(SHELLS as readonly string[]).includes(what)) {
    process.stderr.write(`${COMPLETER}: unknown shell '${what}' (bash, zsh or fish)\n`);
    return 2;
  }
  process.stdout.write(completionScript(what as Shell, Object.values(OPERATIONS)));
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
