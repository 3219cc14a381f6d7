import { UsageError } from '../errors.js';
import { type OperationModel, operationOptions, requiredFlags } from '../model/operation.js';
import {
  attributeName,
  GLOBAL_OPTIONS,
  type GlobalArgs,
  IMPORT_OPTIONS,
  type InputArgs,
  type OptionSpec,
  RUN_OPTIONS,
  type RunArgs,
  WAIT_OPTIONS,
  type WaitArgs,
} from '../model/options.js';
import { isPositionalToken, type MatchedOption, scanOptions } from './argparse.js';

/** The operation's part of the command line: member values by member name, cli-input and skeleton options. */
export interface OperationArgs {
  /** Values given by the members' flags (text, or true/false for a boolean member), the last one winning. */
  readonly members: ReadonlyMap<string, string | boolean>;
  readonly input: InputArgs;
  /** --wait and its options (operations that have them). */
  readonly wait: WaitArgs;
  /** --dry-run, and for an import --check-labels and --backup-labels-to. */
  readonly run: RunArgs;
  /** A lone `help` (aws-cli's positional), not a value of an option. */
  readonly help: boolean;
}

/** Pass one: the global options (aws-cli's first parser). Returns their values and the tokens left for pass two. */
export function parseGlobalArgs(argv: readonly string[]): { globals: GlobalArgs; rest: string[] } {
  const { matched, rest } = scanOptions(argv, GLOBAL_OPTIONS);
  // aws-cli's service parser takes the operation name with a `--` right after it (argparse's
  // positional pattern -*A-*): a `--` that follows only global options is gone before pass two.
  if (rest[0] === '--') rest.shift();
  return { globals: toValues(matched) as GlobalArgs, rest };
}

/**
 * Pass two: the operation's options, derived from its model. As in aws-cli, a lone `help` is help;
 * otherwise argparse's optional `help` positional takes the first positional token — or, after a
 * `--`, the token that follows it (`--` itself is dropped, and every token after it is a positional,
 * options included). `help` there is help (once the required flags are there); any other value is
 * reported last among the unknown options. Required flags are relaxed by --cli-input-json/yaml and
 * --generate-cli-skeleton in any spelling (aws-cli relaxes them only for the exact token, and not
 * for `--generate-cli-skeleton output`), and when auto-prompt will ask for them.
 */
export function parseOperationArgs(rest: readonly string[], model: OperationModel, prompting = false): OperationArgs {
  if (rest.length === 1 && rest[0] === 'help') return { members: new Map(), input: {}, wait: {}, run: {}, help: true };
  const options = operationOptions(model);
  const { matched, rest: leftover } = scanOptions(rest, options);
  const given = new Set<string>(matched.map((m) => m.spec.flag));
  const relaxed =
    prompting || ['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton'].some((flag) => given.has(flag));
  if (!relaxed) {
    const missing = requiredFlags(model).filter((flag) => !given.has(flag));
    if (missing.length > 0) throw new UsageError(`the following arguments are required: ${missing.join(', ')}`);
  }
  const { helpToken, extras } = helpPositional(leftover);
  if (helpToken === 'help') return { members: new Map(), input: {}, wait: {}, run: {}, help: true };
  const unknown = helpToken === undefined ? extras : [...extras, helpToken];
  if (unknown.length > 0) throw new UsageError(`Unknown options: ${unknown.join(', ')}`, 'unknown-options');
  const members = new Map<string, string | boolean>();
  for (const { spec, value } of matched) {
    if (spec.member !== undefined)
      members.set(spec.member, spec.arity === 'none' ? !spec.flag.startsWith('--no-') : (value as string));
  }
  const isWait = (m: MatchedOption): boolean => WAIT_FLAGS.has(m.spec.flag);
  const isRun = (m: MatchedOption): boolean => RUN_FLAGS.has(m.spec.flag);
  return {
    members,
    input: toValues(matched.filter((m) => m.spec.member === undefined && !isWait(m) && !isRun(m))) as InputArgs,
    wait: toValues(matched.filter(isWait)) as WaitArgs,
    run: toValues(matched.filter(isRun)) as RunArgs,
    help: false,
  };
}

const WAIT_FLAGS = new Set<string>(WAIT_OPTIONS.map((o) => o.flag));
const RUN_FLAGS = new Set<string>([...RUN_OPTIONS, ...IMPORT_OPTIONS].map((o) => o.flag));

/** argparse filling the `help` positional (nargs='?') from the tokens the options left. */
function helpPositional(leftover: readonly string[]): { helpToken: string | undefined; extras: string[] } {
  const dashes = leftover.indexOf('--');
  const before = dashes < 0 ? leftover : leftover.slice(0, dashes);
  const after = dashes < 0 ? [] : leftover.slice(dashes + 1);
  const first = before.findIndex(isPositionalToken);
  if (first >= 0) {
    // Taken before the `--`: what follows it is extra (the `--` itself is dropped, as aws-cli drops it).
    const extras = [...before.slice(0, first), ...before.slice(first + 1), ...after];
    return { helpToken: before[first], extras };
  }
  return { helpToken: after[0], extras: [...before, ...after.slice(1)] };
}

/**
 * Option values by attribute name (`--no-verify-ssl` → verifySsl: false): the last occurrence wins
 * and a bare optional value (--generate-cli-skeleton) means `input`.
 */
function toValues(matched: readonly MatchedOption[]): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const { spec, value } of matched) values[attributeName(spec.flag)] = optionValue(spec, value);
  return values;
}

function optionValue(spec: OptionSpec, value: string | undefined): string | boolean {
  if (spec.arity === 'none') return !spec.flag.startsWith('--no-');
  return value ?? 'input';
}
