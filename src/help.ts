import type { OperationModel } from './model/operation.js';
import type { Shape } from './model/shapes.js';

/** The usage block printed before argparse-style errors (aws-cli's, with this program's name). */
export function usageBlock(command: string): string {
  return `usage: ${command} [options] [parameters]\nTo see help text, you can run:\n\n  ${command} help\n`;
}

/** One option of the OPTIONS section: its term (`--transform-id <value>`) and its description. */
export type HelpOption = readonly [term: string, description: string];

declare const __HELP_OPTIONS__: Record<string, readonly HelpOption[]> | undefined;

/** A block of a section: a paragraph (wrapped), a definition list, or preformatted lines (never wrapped). */
export type Block =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly (readonly [string, string])[] }
  | { readonly kind: 'code'; readonly lines: readonly string[] };

export interface HelpSection {
  readonly title: string;
  readonly blocks: readonly Block[];
}

const text = (t: string): Block => ({ kind: 'text', text: t });

/**
 * The options as commander renders their terms and descriptions (with choices) — at build time in the
 * bundle (commander never loads at run time), from source here.
 */
async function helpOptions(model: OperationModel): Promise<readonly HelpOption[]> {
  if (typeof __HELP_OPTIONS__ === 'object') return __HELP_OPTIONS__[model.command] ?? [];
  return (await import('./program.js')).optionList(model);
}

/** The environment variables the commands read (both commands read the same). */
const ENVIRONMENT: readonly (readonly [string, string])[] = [
  ['AWS_PROFILE', 'The profile to use when --profile is not given (AWS_DEFAULT_PROFILE is read too).'],
  ['AWS_REGION, AWS_DEFAULT_REGION', 'The region when --region is not given (AWS_REGION wins).'],
  [
    'AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN',
    'Credentials, used before the shared files unless --profile is given.',
  ],
  ['AWS_CONFIG_FILE', 'The config file (default ~/.aws/config).'],
  ['AWS_SHARED_CREDENTIALS_FILE', 'The credentials file (default ~/.aws/credentials).'],
  ['AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_GLUE', 'The endpoint when --endpoint-url is not given.'],
  ['AWS_CA_BUNDLE', 'Certificate authorities to trust, as --ca-bundle.'],
  ['HTTPS_PROXY, HTTP_PROXY, NO_PROXY', 'The proxy for requests, and the hosts that bypass it (also lower case).'],
  ['AWS_MAX_ATTEMPTS, AWS_RETRY_MODE', 'Retries: total attempts, and legacy, standard or adaptive.'],
  ['AWS_DEFAULT_OUTPUT', 'The output format when --output is not given.'],
  ['AWS_PAGER, PAGER', 'The pager for output on a terminal (empty: none); never used when CI is set.'],
  ['AWS_CLI_AUTO_PROMPT', 'on or on-partial: prompt for parameters.'],
  ['AWS_CLI_ERROR_FORMAT', 'How errors are printed, as --cli-error-format.'],
  ['TZ', 'The time zone timestamps are printed in.'],
  ['MANPAGER, PAGER', 'The pager for this help on a terminal (default less -R).'],
  [
    'GLUE_IMPORT_LABELS_NO_CACHE',
    'Any value: do not read or write the code cache ($XDG_CACHE_HOME or ~/.cache, glue-import-labels).',
  ],
  [
    'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED',
    'Set to true by this tool unless set: the SDK would warn on stderr that Node 20 is past its end of life, and stderr would differ from aws-cli. Set it to false to see the warning.',
  ],
];

const EXIT_CODES: readonly (readonly [string, string])[] = [
  ['0', 'Success (with --wait: the task run SUCCEEDED).'],
  ['252', 'A bad command line, parameter, parameter file or --query; a labels file --check-labels refuses.'],
  ['253', 'No region, no credentials, or the pager was not found.'],
  ['254', 'The service answered with an error.'],
  ['255', 'Any other failure: connection, timeout, unknown profile, bad setting.'],
  ['130', 'Interrupted (Ctrl-C); a task run that was started goes on in Glue.'],
  ['3, 4, 5', '--wait: the task run ended FAILED, STOPPED or TIMEOUT.'],
  ['6', '--wait: --wait-timeout passed before the task run ended.'],
];

/** `TaskRunId -> (string)` lines for a response shape, nested members indented. */
function shapeLines(shape: Shape, indent = ''): string[] {
  if (shape.type !== 'structure') return [];
  return Object.entries(shape.members).flatMap(([name, member]) => [
    `${indent}${name} -> (${member.type})`,
    ...shapeLines(member, `${indent}  `),
  ]);
}

/** The help of `model`, as sections: the text of `help`, and the man page. */
export async function helpDocument(model: OperationModel): Promise<HelpSection[]> {
  const required = model.input
    .filter((member) => member.required)
    .map((member) => `${member.flag} <value>`)
    .join(' ');
  const switches = model.input
    .filter((member) => member.type === 'boolean')
    .map((member) => `[${member.flag} | --no-${member.flag.slice(2)}]`);
  return [
    { title: 'NAME', blocks: [text(`${model.command} - ${model.summary}`)] },
    {
      title: 'DESCRIPTION',
      blocks: [
        text(
          `Calls ${model.name}, as \`aws glue ${model.command}\` (AWS CLI v2) does: the same options, configuration files, environment variables, output and exit codes, plus the options of this tool's own listed below (--wait and the options after it).`,
        ),
        text(
          'Any value may be file://PATH (the text of a file) or fileb://PATH (its bytes). Options may be abbreviated to any unique prefix; a value that starts with "-" needs "=" (--transform-id=-abc).',
        ),
      ],
    },
    {
      title: 'SYNOPSIS',
      blocks: [{ kind: 'code', lines: [`${model.command} ${[required, ...switches].join(' ')} [options]`] }],
    },
    { title: 'OPTIONS', blocks: [{ kind: 'list', items: await helpOptions(model) }] },
    {
      title: 'OUTPUT',
      blocks: [
        text(
          `The response on stdout, in the --output format (json by default), after --query: ${model.waitsFor ? (model.name === 'GetMLTaskRun' ? 'with --wait, the last response.' : "with --wait, the task run's last GetMLTaskRun response, as get-ml-task-run prints it.") : ''}`.trim(),
        ),
        { kind: 'code', lines: shapeLines(model.output) },
        text('Errors go to stderr, one line after an empty line; nothing is printed on stdout then.'),
      ],
    },
    {
      title: 'EXAMPLES',
      blocks: (model.examples ?? []).flatMap((example) => [
        text(example.title),
        { kind: 'code', lines: example.lines },
      ]),
    },
    { title: 'ENVIRONMENT', blocks: [{ kind: 'list', items: ENVIRONMENT }] },
    { title: 'EXIT CODES', blocks: [{ kind: 'list', items: EXIT_CODES }] },
  ];
}

/** Words of `text` in lines of at most `width` columns (a longer word stands alone on its line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The help as text `width` columns wide (at least 40): section titles, then blocks indented. */
export function renderHelp(sections: readonly HelpSection[], width: number): string {
  const columns = Math.max(40, width);
  const out: string[] = [];
  for (const section of sections) {
    if (section.blocks.length === 0) continue;
    out.push(section.title);
    for (const block of section.blocks) {
      if (block.kind === 'text') out.push(...wrap(block.text, columns - 4).map((l) => `    ${l}`));
      else if (block.kind === 'code') {
        // A line too long for the width goes on under itself, indented (a synopsis); words are never cut.
        for (const line of block.lines) {
          const indent = line.length - line.trimStart().length;
          const [first = '', ...rest] = wrap(line, columns - 10 - indent);
          out.push(`      ${' '.repeat(indent)}${first}`, ...rest.map((l) => `      ${' '.repeat(indent)}    ${l}`));
        }
      } else {
        for (const [term, description] of block.items) {
          out.push(...wrap(term, columns - 4).map((l) => `    ${l}`));
          out.push(...wrap(description, columns - 8).map((l) => `        ${l}`));
        }
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The help as a man page (roff, man macros): what `man start-import-labels-task-run` shows. */
export function renderMan(sections: readonly HelpSection[], command: string, version: string): string {
  const esc = (s: string): string =>
    s
      .replace(/\\/g, '\\e')
      .replace(/^([.'])/gm, '\\&$1')
      .replace(/-/g, '\\-');
  const out = [`.TH ${command.toUpperCase()} 1 "" "glue-import-labels ${version}" "User Commands"`];
  for (const section of sections) {
    if (section.blocks.length === 0) continue;
    out.push(`.SH ${section.title}`);
    for (const block of section.blocks) {
      if (block.kind === 'text') out.push('.PP', esc(block.text));
      else if (block.kind === 'code') out.push('.PP', '.nf', '.RS 4', ...block.lines.map(esc), '.RE', '.fi');
      else for (const [term, description] of block.items) out.push('.TP', `.B ${esc(term)}`, esc(description));
    }
  }
  return `${out.join('\n')}\n`;
}

declare const __HELP_TEXT_80__: Record<string, string> | undefined;

/** `help` / `--help`: the help of `model`, wrapped to `width` columns (80: rendered at build time). */
export async function helpText(model: OperationModel, width = 80): Promise<string> {
  const built = width === 80 && typeof __HELP_TEXT_80__ === 'object' ? __HELP_TEXT_80__[model.command] : undefined;
  return built ?? renderHelp(await helpDocument(model), width);
}
