/**
 * The GitHub Action (action.yml): its inputs, the command line they make, and the outputs and the
 * annotation a run leaves. Pure functions; src/action/cli.ts runs them.
 */

/** One input of action.yml: its name, what it becomes on the command line, its description. */
export interface ActionInput {
  readonly name: string;
  readonly kind: 'value' | 'switch' | 'tristate';
  /** The flag it sets (a tristate sets the flag or its --no- form). */
  readonly flag: `--${string}`;
  readonly description: string;
  readonly required?: boolean;
}

/** Every input, in the order the command line takes them. action.yml lists the same (a test checks). */
export const ACTION_INPUTS: readonly ActionInput[] = [
  { name: 'transform-id', kind: 'value', flag: '--transform-id', description: 'The ML transform to import into.' },
  { name: 'input-s3-path', kind: 'value', flag: '--input-s3-path', description: 'The labels file, s3://bucket/key.' },
  {
    name: 'replace-all-labels',
    kind: 'tristate',
    flag: '--replace-all-labels',
    description: 'true replaces every label of the transform, false adds to them; empty leaves it to Glue (adds).',
  },
  {
    name: 'cli-input-json',
    kind: 'value',
    flag: '--cli-input-json',
    description: 'The parameters as a JSON document (or file://path), instead of or beside the inputs above.',
  },
  {
    name: 'check-labels',
    kind: 'switch',
    flag: '--check-labels',
    description: 'true: read the labels file and the transform schema first; refuse a file Glue would fail on.',
  },
  {
    name: 'backup-labels-to',
    kind: 'value',
    flag: '--backup-labels-to',
    description: 'With replace-all-labels: export the current labels to this S3 path first.',
  },
  {
    name: 'dry-run',
    kind: 'switch',
    flag: '--dry-run',
    description: 'true: check everything and print the request, send nothing.',
  },
  {
    name: 'wait',
    kind: 'switch',
    flag: '--wait',
    description: 'true: wait until the task run ends; fail unless it SUCCEEDED.',
  },
  { name: 'wait-interval', kind: 'value', flag: '--wait-interval', description: 'Seconds between polls (default 10).' },
  {
    name: 'wait-timeout',
    kind: 'value',
    flag: '--wait-timeout',
    description: 'Seconds to wait at most (default 3600).',
  },
  {
    name: 'region',
    kind: 'value',
    flag: '--region',
    description: 'The AWS Region (default: AWS_REGION, as configure-aws-credentials sets it).',
  },
  { name: 'profile', kind: 'value', flag: '--profile', description: 'A profile of the shared files.' },
  { name: 'endpoint-url', kind: 'value', flag: '--endpoint-url', description: 'Another endpoint (a local emulator).' },
  {
    name: 'output',
    kind: 'value',
    flag: '--output',
    description: 'The output format of the log and of `result` (default json).',
  },
  { name: 'query', kind: 'value', flag: '--query', description: 'A JMESPath query applied to the response.' },
  {
    name: 'debug',
    kind: 'switch',
    flag: '--debug',
    description: 'true: log the request and response (secrets redacted).',
  },
];

/** The outputs action.yml declares. */
export const ACTION_OUTPUTS = {
  'task-run-id': 'The TaskRunId of the import (empty with dry-run, or when output/query change the JSON).',
  status: 'With wait: the status the task run ended in (SUCCEEDED, FAILED, STOPPED, TIMEOUT) or the last one seen.',
  result: 'What the command printed on stdout.',
} as const;

/** A bad input: the step fails with this message before anything runs. */
export class InputError extends Error {}

/** The environment variable composite steps pass an input in (action.yml maps each). */
export const inputVariable = (name: string): string => `INPUT_${name.replace(/-/g, '_').toUpperCase()}`;

/** YAML 1.2's booleans, as GitHub's getBooleanInput takes them; anything else is an error. */
function boolean(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Input ${name} must be true or false, not '${value}'.`);
}

/** The command line the inputs make (inputs left empty add nothing). */
export function commandLine(env: Readonly<Record<string, string | undefined>>): string[] {
  const args: string[] = [];
  for (const input of ACTION_INPUTS) {
    const value = (env[inputVariable(input.name)] ?? '').trim();
    if (value === '') continue;
    if (input.kind === 'value') args.push(input.flag, value);
    else if (input.kind === 'switch') {
      if (boolean(input.name, value)) args.push(input.flag);
    } else args.push(boolean(input.name, value) ? input.flag : `--no-${input.flag.slice(2)}`);
  }
  return args;
}

/** The step's outputs from what the command printed: the id and status when stdout is the JSON response. */
export function outputsOf(stdout: string): Record<keyof typeof ACTION_OUTPUTS, string> {
  let response: { TaskRunId?: unknown; Status?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(stdout);
    if (parsed !== null && typeof parsed === 'object') response = parsed;
  } catch {
    // Another output format, or a query: only `result`.
  }
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  return { 'task-run-id': text(response.TaskRunId), status: text(response.Status), result: stdout.trimEnd() };
}

/** `$GITHUB_OUTPUT` lines: `name<<delimiter`, the value, the delimiter (a value may span lines). */
export function outputFileText(outputs: Readonly<Record<string, string>>, delimiter: string): string {
  return Object.entries(outputs)
    .map(([name, value]) => {
      if (value.includes(delimiter)) throw new Error('the output delimiter occurs in a value');
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
}

/** The tool's error: its stderr's last line that is not a Hint (the one line aws-cli would print). */
export function errorLine(stderr: string): string | undefined {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('Hint: '));
  return lines.at(-1);
}

/** A workflow command that makes an error annotation (GitHub's escaping of data and properties). */
export function errorAnnotation(title: string, message: string): string {
  const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error title=${property(title)}::${data(message)}\n`;
}
