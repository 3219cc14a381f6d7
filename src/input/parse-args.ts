import { UsageError } from '../errors.js';
import { OPTION_SPECS } from '../options.js';
import { scanOptions, type MatchedOption } from './argv.js';

/** The command line after parsing: option values by commander's attribute names. */
export interface ParsedArgs {
  readonly transformId?: string;
  readonly inputS3Path?: string;
  readonly replaceAllLabels?: boolean;
  readonly cliInputJson?: string;
  readonly cliInputYaml?: string;
  readonly generateCliSkeleton?: 'input' | 'output' | 'yaml-input';
  readonly debug?: boolean;
  readonly endpointUrl?: string;
  readonly verifySsl: boolean;
  readonly output?: string;
  readonly query?: string;
  readonly profile?: string;
  readonly region?: string;
  readonly version?: boolean;
  readonly color?: 'on' | 'off' | 'auto';
  readonly signRequest: boolean;
  readonly caBundle?: string;
  readonly cliReadTimeout?: string;
  readonly cliConnectTimeout?: string;
  readonly cliPager: boolean;
  readonly cliAutoPrompt?: boolean;
}

const GLOBAL = OPTION_SPECS.filter((spec) => spec.scope === 'global');
const OPERATION = OPTION_SPECS.filter((spec) => spec.scope === 'operation');

/** Pass one: the global options (aws-cli's first parser). Returns them and the tokens left for pass two. */
export function parseGlobalArgs(argv: readonly string[]): { matched: MatchedOption[]; rest: string[] } {
  return scanOptions(argv, GLOBAL);
}

/**
 * Pass two: the operation's options. Required flags are relaxed by --cli-input-json/yaml and
 * --generate-cli-skeleton in any spelling (aws-cli relaxes them only for the exact token, and not for
 * `--generate-cli-skeleton output`), and when auto-prompt will ask for them. Leftover tokens are
 * `Unknown options`.
 */
export function parseOperationArgs(rest: readonly string[], globals: MatchedOption[], prompting = false): ParsedArgs {
  const { matched, rest: unknown } = scanOptions(rest, OPERATION);
  const given = new Set(matched.map((m) => m.spec.flag));
  const relaxed = prompting || ['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton'].some((flag) => given.has(flag));
  if (!relaxed) {
    const missing = ['--transform-id', '--input-s3-path'].filter((flag) => !given.has(flag));
    if (missing.length > 0) throw new UsageError(`the following arguments are required: ${missing.join(', ')}`);
  }
  if (unknown.length > 0) throw new UsageError(`Unknown options: ${unknown.join(', ')}`, 'unknown-options');
  return toValues([...matched, ...globals]);
}

/**
 * Option values by attribute name, as commander names them (`--no-verify-ssl` → verifySsl: false):
 * the last occurrence wins, negations default to true, a bare --generate-cli-skeleton means `input`.
 */
export function toValues(matched: readonly MatchedOption[]): ParsedArgs {
  const values: Record<string, string | boolean> = { verifySsl: true, signRequest: true, cliPager: true, paginate: true };
  for (const { spec, value } of matched) {
    const negated = spec.flag.startsWith('--no-');
    const name = camelCase(spec.flag.replace(/^--(no-)?/, ''));
    if (spec.arity === 'none') values[name] = !negated;
    else values[name] = value ?? 'input';
  }
  return values as unknown as ParsedArgs;
}

function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
}
