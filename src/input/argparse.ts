import { UsageError } from '../errors.js';
import type { OptionSpec } from '../model/options.js';
import { closeMatches } from '../python/difflib.js';
import { pyStringRepr } from '../python/repr.js';

/** An option found on the command line, with its value when it takes one. */
export interface MatchedOption {
  readonly spec: OptionSpec;
  readonly value: string | undefined;
  /** The token as typed, e.g. `--generate-cli-skeleton` or `--cli-input-json=…`. */
  readonly token: string;
}

/** The result of one argparse-like pass: what matched, and the tokens left for the next pass. */
export interface ScanResult {
  readonly matched: MatchedOption[];
  readonly rest: string[];
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

type Lookup =
  | { kind: 'positional' }
  | { kind: 'unknown' }
  | { kind: 'option'; spec: OptionSpec; explicit: string | undefined };

/**
 * One pass of Python argparse's option matching over `args` with the options `specs`:
 * exact names, `--name=value`, unique prefixes; ambiguous prefixes, missing values, bad choices and
 * explicit values on flags are usage errors worded as argparse words them. `--` ends the options:
 * it and everything after it are left, as they are, for the next pass. An option marked `exits`
 * (--version) ends the scan where it stands, as argparse's version action exits.
 */
export function scanOptions(args: readonly string[], specs: readonly OptionSpec[]): ScanResult {
  const matched: MatchedOption[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const token = args[i] as string;
    if (token === '--') {
      rest.push(...args.slice(i));
      break;
    }
    const found = lookup(token, specs);
    if (found.kind !== 'option') {
      rest.push(token);
      continue;
    }
    const { spec, explicit } = found;
    let value = explicit;
    if (spec.arity === 'none') {
      if (explicit !== undefined)
        throw new UsageError(`argument ${spec.flag}: ignored explicit argument '${explicit}'`);
    } else if (explicit === undefined) {
      const next = args[i + 1];
      const isValue = next !== undefined && next !== '--' && lookup(next, specs).kind === 'positional';
      if (isValue) {
        value = next;
        i++;
      } else if (spec.arity === 'one') {
        throw new UsageError(`argument ${spec.flag}: expected one argument`);
      }
    }
    if (value !== undefined && spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`argument ${spec.flag}: ${invalidChoiceMessage(value, spec.choices)}`);
    }
    matched.push({ spec, value, token });
    if (spec.exits) break;
  }
  return { matched, rest };
}

/** A token argparse takes as a positional, not as an option string: `-`, negative numbers, text with a space. */
export function isPositionalToken(token: string): boolean {
  return !token.startsWith('-') || token === '-' || NEGATIVE_NUMBER.test(token) || token.includes(' ');
}

function lookup(token: string, specs: readonly OptionSpec[]): Lookup {
  if (!token.startsWith('-') || token === '-') return { kind: 'positional' };
  const exact = specs.find((spec) => spec.flag === token || spec.short === token);
  if (exact) return { kind: 'option', spec: exact, explicit: undefined };
  const eq = token.indexOf('=');
  const name = eq >= 0 ? token.slice(0, eq) : token;
  const explicit = eq >= 0 ? token.slice(eq + 1) : undefined;
  const byName = specs.find((spec) => spec.flag === name);
  if (byName) return { kind: 'option', spec: byName, explicit };
  if (token.startsWith('--')) {
    const prefixed = specs.filter((spec) => spec.flag.startsWith(name));
    if (prefixed.length > 1) {
      throw new UsageError(`ambiguous option: ${token} could match ${prefixed.map((spec) => spec.flag).join(', ')}`);
    }
    if (prefixed[0]) return { kind: 'option', spec: prefixed[0], explicit };
  }
  if (NEGATIVE_NUMBER.test(token) || token.includes(' ')) return { kind: 'positional' };
  return { kind: 'unknown' };
}

/** aws-cli's invalid-choice text: choices padded to 40 columns, two per line, then close matches. */
export function invalidChoiceMessage(value: string, choices: readonly string[]): string {
  const lines: string[] = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2) {
    lines.push(
      choices
        .slice(i, i + 2)
        .map((choice) => choice.padEnd(40))
        .join(' | '),
    );
  }
  const possible = closeMatches(value, choices);
  if (possible.length > 0) {
    lines.push(`\n\nInvalid choice: ${pyStringRepr(value)}, maybe you meant:\n`);
    for (const word of possible) lines.push(`  * ${word}`);
  }
  return lines.join('\n');
}
