/** The command line as data: the argument scanner, the value types, help and completion read these tables. */

/** How many values an option takes, in argparse's terms. */
export type Arity = 'none' | 'one' | 'optional';

/** One command-line option: its name, arity, choices and help text; `member` links it to an input member. */
export interface OptionSpec {
  readonly flag: `--${string}`;
  /** A one-dash alias matched only exactly (argparse does not abbreviate it). */
  readonly short?: `-${string}`;
  readonly arity: Arity;
  readonly choices?: readonly string[];
  readonly help: string;
  /** Parsing stops here: the option's action ends the program (argparse's version action). */
  readonly exits?: boolean;
  /** The operation's input member this flag sets (operation options derived from the model). */
  readonly member?: string;
  /** What shell completion offers for the value besides `choices`: file names, or the profiles. */
  readonly complete?: 'file' | 'profile';
}

export const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** aws-cli 2.34+'s error formats (its default is enhanced; this tool's stays legacy). */
export const ERROR_FORMATS = ['legacy', 'json', 'yaml', 'text', 'table', 'enhanced'] as const;
export type ErrorFormat = (typeof ERROR_FORMATS)[number];

/** The global options, in aws-cli's argument-table order: every command has them. */
export const GLOBAL_OPTIONS = [
  {
    flag: '--debug',
    arity: 'none',
    help: 'Log the resolved settings, the request (secrets redacted), the response and each retry to stderr.',
  },
  { flag: '--endpoint-url', arity: 'one', help: 'Send the request to this URL instead of the default Glue endpoint.' },
  { flag: '--no-verify-ssl', arity: 'none', help: 'Do not verify TLS certificates.' },
  { flag: '--no-paginate', arity: 'none', help: 'Accepted for compatibility; this operation has no pages.' },
  {
    flag: '--output',
    arity: 'one',
    choices: OUTPUT_FORMATS,
    help: 'Output format: json, text, table, yaml, yaml-stream, or off (print nothing on success; errors as usual).',
  },
  { flag: '--query', arity: 'one', help: 'A JMESPath expression applied to the response.' },
  {
    flag: '--profile',
    arity: 'one',
    help: 'Use this profile from the shared config and credentials files.',
    complete: 'profile',
  },
  { flag: '--region', arity: 'one', help: 'The AWS Region to send the request to.' },
  { flag: '--version', arity: 'none', exits: true, help: 'Print the tool, SDK and Node versions and exit.' },
  {
    flag: '--color',
    arity: 'one',
    choices: ['on', 'off', 'auto'],
    help: 'Colour table output: on, off or auto (only when stdout is a terminal).',
  },
  { flag: '--no-sign-request', arity: 'none', help: 'Send the request unsigned; no credentials are loaded.' },
  {
    flag: '--ca-bundle',
    arity: 'one',
    help: 'A PEM file of certificate authorities to trust for TLS.',
    complete: 'file',
  },
  { flag: '--cli-read-timeout', arity: 'one', help: 'Seconds to wait for a response (default 60; 0 waits forever).' },
  {
    flag: '--cli-connect-timeout',
    arity: 'one',
    help: 'Seconds to wait for a connection (default 60; 0 waits forever).',
  },
  {
    flag: '--cli-binary-format',
    arity: 'one',
    choices: ['base64', 'raw-in-base64-out'],
    help: 'Accepted for compatibility; this operation has no binary parameters.',
  },
  { flag: '--no-cli-pager', arity: 'none', help: 'Never send the output to a pager.' },
  { flag: '--cli-auto-prompt', arity: 'none', help: 'Prompt for the parameters interactively.' },
  {
    flag: '--no-cli-auto-prompt',
    arity: 'none',
    help: 'Do not prompt, whatever AWS_CLI_AUTO_PROMPT or cli_auto_prompt say.',
  },
  {
    flag: '--cli-error-format',
    arity: 'one',
    choices: ERROR_FORMATS,
    help: 'How errors are printed on stderr: legacy (the default here), json, yaml, text, table or enhanced.',
  },
  { flag: '--help', short: '-h', arity: 'none', help: 'Print this help and exit (so does a lone `help`).' },
] as const satisfies readonly OptionSpec[];

/** The options every operation has besides its members: cli-input documents and skeletons. */
export const INPUT_OPTIONS = [
  {
    flag: '--cli-input-json',
    arity: 'one',
    help: 'Read the parameters from a JSON document (text or file://path), in the format --generate-cli-skeleton prints. Command-line values win.',
  },
  {
    flag: '--cli-input-yaml',
    arity: 'one',
    help: 'Read the parameters from a YAML document (text or file://path). Cannot be combined with --cli-input-json.',
  },
  {
    flag: '--generate-cli-skeleton',
    arity: 'optional',
    choices: ['input', 'output', 'yaml-input'],
    help: 'Print a parameter skeleton and send nothing: input (default, JSON), yaml-input (YAML with comments), or output (a sample response).',
  },
] as const satisfies readonly OptionSpec[];

/**
 * The options of an operation that can wait for its task run (this tool's own; aws-cli has no waiter
 * for Glue ML task runs).
 */
export const WAIT_OPTIONS = [
  {
    flag: '--wait',
    arity: 'none',
    help: 'Wait until the task run ends: print its final GetMLTaskRun response, exit 0 only if it SUCCEEDED.',
  },
  {
    flag: '--wait-interval',
    arity: 'one',
    help: 'Seconds between polls while waiting (default 10; the first poll is at once).',
  },
  {
    flag: '--wait-timeout',
    arity: 'one',
    help: 'Seconds to wait before giving up (default 3600; 0 waits until the run ends or Ctrl-C).',
  },
  {
    flag: '--no-progress',
    arity: 'none',
    help: 'While waiting, print no progress on stderr.',
  },
] as const satisfies readonly OptionSpec[];

/** Options every operation has: a dry run. */
export const RUN_OPTIONS = [
  {
    flag: '--dry-run',
    arity: 'none',
    help: 'Check everything and print the request that would be sent (no secret), then send nothing.',
  },
] as const satisfies readonly OptionSpec[];

/** The options of an operation that imports a labels file (this tool's own safety checks). */
export const IMPORT_OPTIONS = [
  {
    flag: '--check-labels',
    arity: 'none',
    help: "Before starting, read the labels file from S3 and the transform's schema, and refuse a file Glue would fail on.",
  },
  {
    flag: '--backup-labels-to',
    arity: 'one',
    help: 'With --replace-all-labels: first export the current labels to this S3 path (and wait for it), then import.',
  },
] as const satisfies readonly OptionSpec[];

type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

/**
 * The attribute an option's value is stored under, as commander and argparse name it (`--no-verify-ssl` →
 * verifySsl).
 */
export type AttributeName<F extends string> = F extends `--no-${infer N}`
  ? CamelCase<N>
  : F extends `--${infer N}`
    ? CamelCase<N>
    : never;

type OptionValue<S extends OptionSpec> = S['arity'] extends 'none'
  ? boolean
  : S extends { readonly choices: readonly (infer C)[] }
    ? C
    : string;

/** The values of a table of options, typed from the table itself. */
export type OptionValues<Specs extends readonly OptionSpec[]> = {
  readonly [S in Specs[number] as AttributeName<S['flag']>]?: OptionValue<S>;
};

export type GlobalArgs = OptionValues<typeof GLOBAL_OPTIONS>;
export type InputArgs = OptionValues<typeof INPUT_OPTIONS>;
export type WaitArgs = OptionValues<typeof WAIT_OPTIONS>;
export type RunArgs = OptionValues<typeof RUN_OPTIONS> & OptionValues<typeof IMPORT_OPTIONS>;

/** The runtime twin of AttributeName. */
export function attributeName(flag: string): string {
  return flag.replace(/^--(no-)?/, '').replace(/-([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
}
