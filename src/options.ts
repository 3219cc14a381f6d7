/** Every command-line option as data: the argv scanner, the value builder and commander's definition read it. */

/** How many values an option takes, in argparse's terms. */
export type Arity = 'none' | 'one' | 'optional';

/** One command-line option: its name, where aws-cli defines it, its arity, choices and help text. */
export interface OptionSpec {
  readonly flag: string;
  readonly scope: 'global' | 'operation';
  readonly arity: Arity;
  readonly choices?: readonly string[];
  readonly help: string;
}

export const PROGRAM_NAME = 'start-import-labels-task-run';

export const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream'] as const;

/** Every option, in aws-cli's argument-table order (operation first, then global). */
export const OPTION_SPECS: readonly OptionSpec[] = [
  { flag: '--transform-id', scope: 'operation', arity: 'one', help: 'The unique identifier of the machine learning transform. Required.' },
  { flag: '--input-s3-path', scope: 'operation', arity: 'one', help: 'The Amazon S3 path of the labels file to import. Required.' },
  { flag: '--replace-all-labels', scope: 'operation', arity: 'none', help: 'Overwrite the existing labels with the imported ones.' },
  { flag: '--no-replace-all-labels', scope: 'operation', arity: 'none', help: 'Add the imported labels to the existing ones (the service default). The last of the two flags wins.' },
  { flag: '--cli-input-json', scope: 'operation', arity: 'one', help: 'Read the parameters from a JSON document (text or file://path), in the format --generate-cli-skeleton prints. Command-line values win.' },
  { flag: '--cli-input-yaml', scope: 'operation', arity: 'one', help: 'Read the parameters from a YAML document (text or file://path). Cannot be combined with --cli-input-json.' },
  { flag: '--generate-cli-skeleton', scope: 'operation', arity: 'optional', choices: ['input', 'output', 'yaml-input'], help: 'Print a parameter skeleton and send nothing: input (default, JSON), yaml-input (YAML with comments), or output (a sample response).' },
  { flag: '--debug', scope: 'global', arity: 'none', help: 'Log the resolved settings, the request (secrets redacted), the response and each retry to stderr.' },
  { flag: '--endpoint-url', scope: 'global', arity: 'one', help: 'Send the request to this URL instead of the default Glue endpoint.' },
  { flag: '--no-verify-ssl', scope: 'global', arity: 'none', help: 'Do not verify TLS certificates.' },
  { flag: '--no-paginate', scope: 'global', arity: 'none', help: 'Accepted for compatibility; this operation has no pages.' },
  { flag: '--output', scope: 'global', arity: 'one', choices: OUTPUT_FORMATS, help: 'Output format: json, text, table, yaml or yaml-stream.' },
  { flag: '--query', scope: 'global', arity: 'one', help: 'A JMESPath expression applied to the response.' },
  { flag: '--profile', scope: 'global', arity: 'one', help: 'Use this profile from the shared config and credentials files.' },
  { flag: '--region', scope: 'global', arity: 'one', help: 'The AWS Region to send the request to.' },
  { flag: '--version', scope: 'global', arity: 'none', help: 'Print the tool, SDK and Node versions and exit.' },
  { flag: '--color', scope: 'global', arity: 'one', choices: ['on', 'off', 'auto'], help: 'Colour table output: on, off or auto (only when stdout is a terminal).' },
  { flag: '--no-sign-request', scope: 'global', arity: 'none', help: 'Send the request unsigned; no credentials are loaded.' },
  { flag: '--ca-bundle', scope: 'global', arity: 'one', help: 'A PEM file of certificate authorities to trust for TLS.' },
  { flag: '--cli-read-timeout', scope: 'global', arity: 'one', help: 'Seconds to wait for a response (default 60; 0 waits forever).' },
  { flag: '--cli-connect-timeout', scope: 'global', arity: 'one', help: 'Seconds to wait for a connection (default 60; 0 waits forever).' },
  { flag: '--cli-binary-format', scope: 'global', arity: 'one', choices: ['base64', 'raw-in-base64-out'], help: 'Accepted for compatibility; this operation has no binary parameters.' },
  { flag: '--no-cli-pager', scope: 'global', arity: 'none', help: 'Never send the output to a pager.' },
  { flag: '--cli-auto-prompt', scope: 'global', arity: 'none', help: 'Prompt for the parameters interactively.' },
  { flag: '--no-cli-auto-prompt', scope: 'global', arity: 'none', help: 'Do not prompt, whatever AWS_CLI_AUTO_PROMPT or cli_auto_prompt say.' },
];
