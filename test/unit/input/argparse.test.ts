import { describe, expect, test } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { invalidChoiceMessage, scanOptions } from '../../../src/input/argparse.js';
import { operationOptions } from '../../../src/model/operation.js';
import { GLOBAL_OPTIONS } from '../../../src/model/options.js';
import { MODEL } from '../../support/deps.js';

const GLOBAL = GLOBAL_OPTIONS;
const OPERATION = operationOptions(MODEL);
const flags = (args: string[], specs = OPERATION) =>
  scanOptions(args, specs).matched.map((m) => [m.spec.flag, m.value]);

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
    {
      args: ['--generate-cli-skeleton', '--transform-id', 'x'],
      want: [
        ['--generate-cli-skeleton', undefined],
        ['--transform-id', 'x'],
      ],
    },
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
    {
      args: ['--generate-cli-skeleton', 'bogus'],
      message: 'argument --generate-cli-skeleton: Invalid choice, valid choices are:',
    },
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
    expect(invalidChoiceMessage('jsn', ['json', 'text'])).toContain(
      "Invalid choice: 'jsn', maybe you meant:\n\n  * json",
    );
  });
});
