import { describe, expect, test } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { parseGlobalArgs, parseOperationArgs } from '../../../src/input/command-line.js';
import { MODEL } from '../../support/deps.js';

const REQUIRED = ['--transform-id', 't', '--input-s3-path', 's'];
const operation = (args: string[], prompting = false) => parseOperationArgs(args, MODEL, prompting);

describe('parseGlobalArgs', () => {
  test('negations and last-one-wins; unknown tokens are left for the operation pass', () => {
    const { globals, rest } = parseGlobalArgs([
      '--no-verify-ssl',
      '--output',
      'text',
      '--output',
      'json',
      '--transform-id',
      'x',
    ]);
    expect(globals).toEqual({ verifySsl: false, output: 'json' });
    expect(rest).toEqual(['--transform-id', 'x']);
  });
  test('--help and -h are options, found by the scanner', () => {
    expect(parseGlobalArgs(['--help']).globals.help).toBe(true);
    expect(parseGlobalArgs(['-h']).globals.help).toBe(true);
    expect(parseGlobalArgs(['--query', 'help']).globals).toEqual({ query: 'help' });
  });
});

describe('parseOperationArgs', () => {
  test('member flags map to member names; the last of a boolean pair wins', () => {
    const args = operation([...REQUIRED, '--replace-all-labels', '--no-replace-all-labels']);
    expect([...args.members]).toEqual([
      ['TransformId', 't'],
      ['InputS3Path', 's'],
      ['ReplaceAllLabels', false],
    ]);
    expect(
      operation([...REQUIRED, '--no-replace-all-labels', '--replace-all-labels']).members.get('ReplaceAllLabels'),
    ).toBe(true);
    expect(
      operation(['--transform-id', 'a', '--transform-id', 'b', '--input-s3-path', 's']).members.get('TransformId'),
    ).toBe('b');
  });

  test('a bare --generate-cli-skeleton means input, and relaxes the required flags', () => {
    expect(operation(['--generate-cli-skeleton']).input).toEqual({ generateCliSkeleton: 'input' });
    expect(operation(['--cli-input-json', '{}']).input).toEqual({ cliInputJson: '{}' });
  });

  test('missing required flags are one usage error naming them in model order', () => {
    expect(() => operation(['--input-s3-path', 's'])).toThrow('the following arguments are required: --transform-id');
    expect(() => operation([])).toThrow('the following arguments are required: --transform-id, --input-s3-path');
    expect(operation([], true).members.size).toBe(0);
  });

  test('help: a lone `help`, or `help` after the required flags, is help; as a value it is a value', () => {
    expect(operation(['help']).help).toBe(true);
    expect(operation([...REQUIRED, 'help']).help).toBe(true);
    const asValue = operation(['--transform-id', 'help', '--input-s3-path', 's']);
    expect(asValue.help).toBe(false);
    expect(asValue.members.get('TransformId')).toBe('help');
    expect(() => operation(['help', '--bogus'])).toThrow('the following arguments are required');
  });

  test('the first positional is reported after the unknown options, as argparse’s help positional is', () => {
    expect(() => operation([...REQUIRED, 'foo', '--bogus'])).toThrow(
      new UsageError('Unknown options: --bogus, foo', 'unknown-options'),
    );
    expect(() => operation([...REQUIRED, 'a', 'b'])).toThrow('Unknown options: b, a');
  });
});

describe('argparse and --', () => {
  test('a -- after the global options only is absorbed with the operation name', () => {
    expect(parseGlobalArgs(['--output', 'text', '--', '--transform-id', 't']).rest).toEqual(['--transform-id', 't']);
  });
  test('the global pass stops at --: options after it are left for the operation pass, untouched', () => {
    expect(parseGlobalArgs(['--transform-id', 't', '--', '--output', 'text']).rest).toEqual([
      '--transform-id',
      't',
      '--',
      '--output',
      'text',
    ]);
  });
  test('after --, every token is a positional: the first fills help, the rest are unknown', () => {
    expect(() => operation(['--transform-id', 't', '--', '--input-s3-path', 's'])).toThrow(
      'the following arguments are required: --input-s3-path',
    );
    expect(() => operation([...REQUIRED, '--', 'x', 'y'])).toThrow('Unknown options: y, x');
    expect(operation([...REQUIRED, '--', 'help']).help).toBe(true);
    expect(operation([...REQUIRED, '--']).help).toBe(false);
  });
  test('-- is not a value', () => {
    expect(() => operation(['--transform-id', '--', '--input-s3-path', 's'])).toThrow(
      'argument --transform-id: expected one argument',
    );
  });
  test('--version ends parsing where it stands', () => {
    expect(parseGlobalArgs(['--version', '--output', 'xml']).globals.version).toBe(true);
    expect(() => parseGlobalArgs(['--output', 'xml', '--version'])).toThrow('argument --output: Invalid choice');
  });
});
