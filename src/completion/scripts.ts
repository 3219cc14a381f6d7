/**
 * Shell completion for the commands, generated from the option tables (src/model): every flag, the
 * choices of those that have them, file names for a file, and the profiles of the shared files —
 * which the scripts ask this program for (`glue-import-labels-completion --profiles`) as they
 * complete, so that a profile added later is offered too.
 */
import { type OperationModel, operationOptions } from '../model/operation.js';
import { GLOBAL_OPTIONS, type OptionSpec } from '../model/options.js';
import type { SharedFiles } from '../settings/shared-files.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The program the scripts call for the profiles (the package's bin). */
export const COMPLETER = 'glue-import-labels-completion';

/** Every option of a command, the operation's then the global ones, each once. */
function optionsOf(model: OperationModel): OptionSpec[] {
  const seen = new Set<string>();
  return [...operationOptions(model), ...GLOBAL_OPTIONS].filter((o) => !seen.has(o.flag) && seen.add(o.flag));
}

/** The first clause of an option's help (up to a full stop, colon, semicolon or bracket), for the shells that show one. */
function summary(help: string): string {
  return (/^[^.;:(]*/.exec(help)?.[0] ?? help).trim();
}

/** The profile names, config file's and credentials file's, as the settings stage knows them (sorted). */
export function profileNames(files: SharedFiles): string[] {
  return [...files.profiles.keys()].sort();
}

function bash(models: readonly OperationModel[]): string {
  const fn = '_glue_import_labels';
  const cases = models.map((model) => {
    const options = optionsOf(model);
    const valueCases = options
      .filter((o) => o.arity !== 'none')
      .map((o) => {
        const reply = o.choices
          ? `COMPREPLY=($(compgen -W '${o.choices.join(' ')}' -- "$cur"))`
          : o.complete === 'file'
            ? 'COMPREPLY=($(compgen -f -- "$cur"))'
            : o.complete === 'profile'
              ? `COMPREPLY=($(compgen -W "$(${COMPLETER} --profiles 2>/dev/null)" -- "$cur"))`
              : 'COMPREPLY=()';
        // An optional value (--generate-cli-skeleton [type]) may be followed by a flag instead.
        const fallThrough = o.arity === 'optional' ? ' [[ "$cur" == -* ]] ||' : '';
        return `        ${o.flag})${fallThrough} { ${reply}; return 0; } ;;`;
      });
    const flags = options.flatMap((o) => (o.short ? [o.short, o.flag] : [o.flag])).join(' ');
    return [
      `    ${model.command})`,
      '      case "$prev" in',
      ...valueCases,
      '      esac',
      `      COMPREPLY=($(compgen -W '${flags}' -- "$cur"))`,
      '      ;;',
    ].join('\n');
  });
  return [
    '# bash completion for glue-import-labels (start-import-labels-task-run, get-ml-task-run)',
    `# Install: echo 'eval "$(${COMPLETER} bash)"' >> ~/.bashrc`,
    `${fn}() {`,
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev=""',
    '  (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"',
    '  case "${COMP_WORDS[0]##*/}" in',
    ...cases,
    '  esac',
    '}',
    `complete -F ${fn} ${models.map((m) => m.command).join(' ')}`,
    '',
  ].join('\n');
}

/** zsh's _arguments spec for one option: brackets, colons and quotes dropped from the description. */
function zshSpec(o: OptionSpec): string {
  const description = summary(o.help).replace(/[[\]:\\']/g, '');
  const value = o.choices
    ? `:value:(${o.choices.join(' ')})`
    : o.complete === 'file'
      ? ':file:_files'
      : o.complete === 'profile'
        ? ':profile:_glue_import_labels_profiles'
        : ':value: ';
  // `::` marks an optional value (--generate-cli-skeleton [type]).
  const spec = `[${description}]${o.arity === 'none' ? '' : o.arity === 'optional' ? `:${value}` : value}`;
  return o.short ? `    '(${o.short} ${o.flag})'{${o.short},${o.flag}}'${spec}'` : `    '${o.flag}${spec}'`;
}

function zsh(models: readonly OperationModel[]): string {
  return [
    `#compdef ${models.map((m) => m.command).join(' ')}`,
    '# zsh completion for glue-import-labels',
    `# Install: ${COMPLETER} zsh > "\${fpath[1]}/_glue-import-labels" (then restart zsh), or`,
    `# add eval "$(${COMPLETER} zsh)" to ~/.zshrc after compinit.`,
    '_glue_import_labels_profiles() {',
    '  local -a profiles',
    `  profiles=(\${(f)"$(${COMPLETER} --profiles 2>/dev/null)"})`,
    "  _describe 'profile' profiles",
    '}',
    '_glue_import_labels() {',
    '  case "$service" in',
    ...models.flatMap((model) => [
      `  ${model.command})`,
      '    _arguments -s \\',
      ...optionsOf(model).map((o) => `${zshSpec(o)} \\`),
      "    '*::'",
      '    ;;',
    ]),
    '  esac',
    '}',
    `compdef _glue_import_labels ${models.map((m) => m.command).join(' ')}`,
    '',
  ].join('\n');
}

function fish(models: readonly OperationModel[]): string {
  const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const lines = models.flatMap((model) =>
    optionsOf(model).map((o) => {
      const parts = [`complete -c ${model.command} -l ${o.flag.slice(2)}`];
      if (o.short) parts.push(`-s ${o.short.slice(1)}`);
      if (o.choices) parts.push(`-x -a ${quote(o.choices.join(' '))}`);
      else if (o.complete === 'file') parts.push('-r -F');
      else if (o.complete === 'profile') parts.push(`-x -a '(${COMPLETER} --profiles 2>/dev/null)'`);
      else if (o.arity === 'one') parts.push('-x');
      parts.push(`-d ${quote(summary(o.help))}`);
      return parts.join(' ');
    }),
  );
  return [
    '# fish completion for glue-import-labels',
    `# Install: ${COMPLETER} fish > ~/.config/fish/conf.d/glue-import-labels.fish`,
    ...models.map((m) => `complete -c ${m.command} -f`),
    ...lines,
    '',
  ].join('\n');
}

/** The completion script for `shell`, covering `models`' commands. */
export function completionScript(shell: Shell, models: readonly OperationModel[]): string {
  return shell === 'bash' ? bash(models) : shell === 'zsh' ? zsh(models) : fish(models);
}
