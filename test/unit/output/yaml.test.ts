import { describe, expect, test } from 'vitest';
import { formatYaml, formatYamlStream } from '../../../src/output/yaml.js';

describe('formatYaml (ruamel safe dump, as aws-cli)', () => {
  test.each([
    [{}, ''],
    ['tfr-1', '"tfr-1"\n'],
    [null, 'null\n'],
    [true, 'true\n'],
    [[], '[]\n'],
    [{ b: [1, 2], a: { c: 'x' } }, 'a:\n  c: x\nb:\n- 1\n- 2\n'],
    [[[1, 2], [3]], '- - 1\n  - 2\n- - 3\n'],
    [[{ a: 1, b: 2 }], '- a: 1\n  b: 2\n'],
    [{ list: [], map: {} }, 'list: []\nmap: {}\n'],
    [{ f: 2.5, g: 1e20, n: NaN, i: -Infinity }, 'f: 2.5\ng: 1e+20\ni: -.inf\nn: .nan\n'],
  ])('%j', (value, want) => expect(formatYaml(value)).toBe(want));

  test.each([
    ['123', "'123'"],
    ['true', "'true'"],
    ['Null', "'Null'"],
    ['~', "'~'"],
    ['', "''"],
    ['1.5', "'1.5'"],
    ['0x1F', "'0x1F'"],
    ['00', "'00'"],
    ['2024-01-01', "'2024-01-01'"],
    ['- x', "'- x'"],
    ['a: b', "'a: b'"],
    ['#x', "'#x'"],
    ['x #y', "'x #y'"],
    [' lead', "' lead'"],
    ['trail ', "'trail '"],
    ['@x', "'@x'"],
    ['{x}', "'{x}'"],
    ['---', "'---'"],
    ['=', "'='"],
    ['<<', "'<<'"],
    ['yes', 'yes'],
    ['on', 'on'],
    ['a:b', 'a:b'],
    ['a# b', 'a# b'],
    ['-x', '-x'],
    ["it's", "it's"],
    ['é', 'é'],
    ['a\tb', '"a\\tb"'],
    ['\x7f', '"\\x7F"'],
    ['😀', '"\\U0001F600"'],
    ['nl\nx', "'nl\n\n  x'"],
  ])('string %j is written %s', (s, want) => expect(formatYaml({ k: s })).toBe(`k: ${want}\n`));

  test('long strings fold at the first space past column 80', () => {
    const words = 'aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh iiiiiiiiii';
    expect(formatYaml({ k: words })).toBe(
      'k: aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh\n  iiiiiiiiii\n',
    );
    expect(formatYaml({ k: 'x'.repeat(120) })).toBe(`k: ${'x'.repeat(120)}\n`);
  });

  test.each([
    [{ TaskRunId: 'tfr-1' }, '- TaskRunId: tfr-1\n'],
    ['tfr-1', '- tfr-1\n'],
    [null, '- null\n'],
    ['', "- ''\n"],
    [[], '- []\n'],
    [[1, 2], '- - 1\n  - 2\n'],
    ['null', "- 'null'\n"],
    [{ n: 'nl\nx' }, "- n: 'nl\n\n    x'\n"],
    [{}, ''],
  ])('yaml-stream %j', (value, want) => expect(formatYamlStream(value)).toBe(want));
});
