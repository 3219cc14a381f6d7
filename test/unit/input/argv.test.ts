import { describe, expect, test } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { invalidChoiceMessage, scanOptions } from '../../../src/input/argv.js';
import { closeMatches, ratio } from '../../../src/input/close-matches.js';
import { toValues } from '../../../src/input/parse-args.js';
import { OPTION_SPECS } from '../../../src/options.js';

const GLOBAL = OPTION_SPECS.filter((s) => s.scope === 'global');
const OPERATION = OPTION_SPECS.filter((s) => s.scope === 'operation');
const flags = (args: string[], specs = OPERATION) => scanOptions(args, specs).matched.map((m) => [m.spec.flag, m.value]);

describe('scanOptions', () => {
  test.each([
    { args: ['--transform-id', 'a'], want: [['--transform-id', 'a']] },
    { args: ['--transform-id=a=b'], want: [['--transform-id', 'a=b']] },
    { args: ['--transform', 'a'], want: [['--transform-id', 'a']] },
    { args: ['--transform-id', '-5'], want: [['--transform-id', '-5']] },
    { args: ['--transform-id=-abc'], want: [['--transform-id', '-abc']] },
    { args: ['--transform-id', ''], want: [['--transform-id', '']] },
    { args: ['--generate-cli-skeleton'], want: [['--generate-cli-skeleton', undefined]] },
    { args: ['--generate-cli-skeleton', 'output'], want: [['--generate-cli-skeleton', 'output']] },
    { args: ['--generate-cli-skeleton', '--transform-id', 'x'], want: [['--generate-cli-skeleton', undefined], ['--transform-id', 'x']] },
  ])('$args', ({ args, want }) => {
    expect(flags(args)).toEqual(want);
  });

  test('unknown options and positionals are left for the next pass', () => {
    expect(scanOptions(['--bogus', '1', '--output', 'text', 'x'], GLOBAL).rest).toEqual(['--bogus', '1', 'x']);
  });

  test.each([
    { args: ['--transform-id', '-abc'], message: 'argument --transform-id: expected one argument' },
    { args: ['--transform-id'], message: 'argument --transform-id: expected one argument' },
    { args: ['--replace-all-labels=yes'], message: "argument --replace-all-labels: ignored explicit argument 'yes'" },
    { args: ['--generate-cli-skeleton', 'bogus'], message: 'argument --generate-cli-skeleton: Invalid choice, valid choices are:' },
  ])('usage error for $args', ({ args, message }) => {
    expect(() => scanOptions(args, OPERATION)).toThrow(UsageError);
    expect(() => scanOptions(args, OPERATION)).toThrow(message);
  });

  test('an ambiguous prefix lists every candidate in definition order', () => {
    expect(() => scanOptions(['--no'], GLOBAL)).toThrow(
      'ambiguous option: --no could match --no-verify-ssl, --no-paginate, --no-sign-request, --no-cli-pager, --no-cli-auto-prompt',
    );
  });
});

describe('invalidChoiceMessage', () => {
  test('pads choices to 40 columns, two a line', () => {
    expect(invalidChoiceMessage('x', ['on', 'off', 'auto'])).toBe(
      `Invalid choice, valid choices are:\n\n${'on'.padEnd(40)} | ${'off'.padEnd(40)}\n${'auto'.padEnd(40)}`,
    );
  });
  test('adds close matches', () => {
    expect(invalidChoiceMessage('jsn', ['json', 'text'])).toContain("Invalid choice: 'jsn', maybe you meant:\n\n  * json");
  });
});

describe('closeMatches', () => {
  test.each([
    ['json', 'jsn', 6 / 7],
    ['abc', 'abc', 1],
    ['abc', 'xyz', 0],
    ['', '', 1],
  ])('ratio(%s, %s)', (a, b, want) => {
    expect(ratio(a, b)).toBeCloseTo(want, 10);
  });
  test('keeps only candidates at or above the cutoff, best first', () => {
    expect(closeMatches('yaml-strem', ['yaml', 'yaml-stream', 'json'])).toEqual(['yaml-stream']);
  });
});

describe('toValues', () => {
  const values = (args: string[]) => toValues(scanOptions(args, OPTION_SPECS).matched);
  test('negations, last-one-wins and the skeleton preset', () => {
    expect(values([])).toMatchObject({ verifySsl: true, signRequest: true, cliPager: true });
    expect(values([]).replaceAllLabels).toBeUndefined();
    expect(values(['--replace-all-labels', '--no-replace-all-labels']).replaceAllLabels).toBe(false);
    expect(values(['--no-replace-all-labels', '--replace-all-labels']).replaceAllLabels).toBe(true);
    expect(values(['--no-verify-ssl', '--no-sign-request', '--no-cli-pager'])).toMatchObject({ verifySsl: false, signRequest: false, cliPager: false });
    expect(values(['--transform-id', 'a', '--transform-id', 'b']).transformId).toBe('b');
    expect(values(['--generate-cli-skeleton']).generateCliSkeleton).toBe('input');
    expect(values(['--cli-read-timeout', '5', '--input-s3-path', 's'])).toMatchObject({ cliReadTimeout: '5', inputS3Path: 's' });
  });
});
