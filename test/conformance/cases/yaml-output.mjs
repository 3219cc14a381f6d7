import { BASE } from './common.mjs';

// YAML output as ruamel.yaml writes it: characters it escapes, long scalars it folds, keys it writes
// in the explicit `? key` form.
const LONG_KEY = 'k'.repeat(130);
const SHAPES = [
  ['next line character is escaped', '`{"v": "a\\u0085b"}`'],
  ['line and paragraph separators', '`{"v": "a\\u2028b\\u2029c"}`'],
  ['C1 and BOM characters', '`{"v": "x\\u0080\\ufeffy\\u009f"}`'],
  ['bell and escape characters', '`{"v": "\\u0007\\u001b[31m"}`'],
  ['a key over 128 characters', `\`{"${LONG_KEY}": 1}\``],
  ['a key with a line break', '`{"a\\nb": 1}`'],
  ['a long string with no spaces', `\`{"v": "${'x'.repeat(150)}"}\``],
  ['a long string with spaces', `\`{"v": "${'word '.repeat(40)}end"}\``],
  ['a long string with a line break', `\`{"v": "${'word '.repeat(20)}\\n${'more '.repeat(20)}"}\``],
  ['trailing spaces', '`{"v": "end   "}`'],
  ['a lone surrogate-free astral character', '`{"v": "😀 ok"}`'],
  ['tab inside', '`{"v": "a\\tb"}`'],
];

export default SHAPES.flatMap(([name, query]) =>
  ['yaml', 'yaml-stream'].map((format) => ({
    name: `yaml ${name} ${format}`,
    args: [...BASE, '--output', format, '--query', query],
  })),
);
