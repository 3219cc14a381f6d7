import { describe, expect, test } from 'vitest';
import { formatTableWrites, textWidth } from '../../../src/output/table.js';
import { directBytes } from '../../../src/output/writer.js';

const table = (value: unknown, width = 80, color = false) =>
  formatTableWrites('StartImportLabelsTaskRun', value, width, { color }).join('');
const ID = 'tfr-4c45d4fb161c00931b57726a041ee025';

describe('formatTable', () => {
  test('the default response', () => {
    expect(table({ TaskRunId: ID })).toBe(
      '-------------------------------------------------------\n' +
        '|              StartImportLabelsTaskRun               |\n' +
        '+-----------+-----------------------------------------+\n' +
        `|  TaskRunId|  ${ID}   |\n` +
        '+-----------+-----------------------------------------+\n',
    );
  });

  test('nested sections are indented with bars', () => {
    expect(table({ a: ID, b: [1, 2], c: { x: { y: 1 } } })).toBe(
      [
        '-----------------------------------------------',
        '|          StartImportLabelsTaskRun           |',
        '+---+-----------------------------------------+',
        `|  a|  ${ID}   |`,
        '+---+-----------------------------------------+',
        '||                     b                     ||',
        '|+-------------------------------------------+|',
        '||  1                                        ||',
        '||  2                                        ||',
        '|+-------------------------------------------+|',
        '||                     c                     ||',
        '|+-------------------------------------------+|',
        '|||                    x                    |||',
        '||+-------------------+---------------------+||',
        '|||  y                |  1                  |||',
        '||+-------------------+---------------------+||',
        '',
      ].join('\n'),
    );
  });

  test('one-row sections turn vertical when wider than the terminal', () => {
    const value = { alpha: ID, beta: ID, gamma: 'x' };
    expect(table(value, 80)).toBe(
      [
        '---------------------------------------------------',
        '|            StartImportLabelsTaskRun             |',
        '+-------+-----------------------------------------+',
        `|  alpha|  ${ID}   |`,
        `|  beta |  ${ID}   |`,
        '|  gamma|  x                                      |',
        '+-------+-----------------------------------------+',
        '',
      ].join('\n'),
    );
    expect(table(value, 200).split('\n')[0]).toHaveLength(91);
  });

  test.each([null, false, 0, '', [], {}])('falsy %j prints nothing', (value) => expect(table(value)).toBe(''));

  test('a truthy scalar shows only the title', () => {
    expect(table('x')).toBe('--------------------------\n|StartImportLabelsTaskRun|\n+------------------------+\n');
  });

  test('rows of different lengths fail like aws-cli', () => {
    expect(() => table([1, [2, 3], 'x'])).toThrow('Row should have 1 elements, instead it has 2');
  });

  test('colour: bright blue cells, dim yellow bars, a reset after every write', () => {
    const writes = formatTableWrites('StartImportLabelsTaskRun', { TaskRunId: ID }, 80, { color: true });
    const bytes = directBytes({ writes, autoreset: true }, false);
    expect(bytes).toContain(
      `|  \x1b[1m\x1b[34mTaskRunId\x1b[0m|  \x1b[1m\x1b[34m${ID}\x1b[0m   |\x1b[0m\x1b[0m\n\x1b[0m`,
    );
    expect(bytes.startsWith('-'.repeat(55) + '\n\x1b[0m\x1b[0m|')).toBe(true);
    expect(directBytes({ writes, autoreset: true }, true).endsWith('\x1b[0m\x1b[0m')).toBe(true);
  });

  test.each([
    ['héllo ✓', 8],
    ['日本', 4],
    ['abc', 3],
  ])('display width of %s', (text, want) => expect(textWidth(text)).toBe(want));
});
