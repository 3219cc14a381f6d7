import { AFTER_CALL, BASE } from './common.mjs';

// jmespath.py's grammar and evaluation rules: malformed queries are refused before anything is
// sent; evaluation follows Python (orderings, to_number, avg, code points, -0, escapes).
const MALFORMED = [
  'TaskRunId.',
  'a..b',
  'a.b.',
  '[0].',
  '@.',
  '{a: b}.',
  'TaskRunId[].',
  'a.(b)',
  '[].',
  '@(foo)',
  '[:::]',
  'a[',
  'a[?b',
  '{a: b',
  '{"a": b}',
  'foo[1',
  'a || ',
  '!',
  'a.[1',
  '`{"a": }`',
  "'unclosed",
  '"\\q"',
  'a = b',
  'a.*.',
  '[?a > `1`]].b',
  '"a"(@)',
  '[1](@)',
  'a[1:2:3:4]',
  'a[b]',
  '&',
];

const EVALUATED = [
  ['ordering strings is by code point', '`["b", "a"]`[?@ > `"a"`]'],
  ['ordering a string against a number raises TypeError', '`[1, "a"]`[?@ > `0`]'],
  ['ordering non-numbers is null', '{a: `true` < `false`, b: `[1]` > `[0]`, c: `null` < `1`}'],
  [
    'to_number edge cases',
    '[to_number(`""`), to_number(`"0x10"`), to_number(`" 42 "`), to_number(`"1_000"`), to_number(`"1e3"`), to_number(`"inf"`)]',
  ],
  ['avg of an empty list is null', 'avg(`[]`)'],
  ['length counts code points', 'length(`"a😀b"`)'],
  ['sort orders by code point', 'sort(`["😀", "\\uffee", "a"]`)'],
  ['negative zero literal prints 0', '`-0`'],
  ['ceil of -0.5 prints 0', 'ceil(`-0.5`)'],
  ['floor and abs keep Python types', '[floor(`2.5`), abs(`-2.0`), abs(`-2`)]'],
  ['backtick escape in a literal', '`"a\\`b"`'],
  ['raw string escapes', "['it\\'s', 'back\\\\slash', 'tab\\t']"],
  ['not of zero is false', '[!`0`, !`0.0`, !`""`, !`[]`]'],
  ['equality of int and float', '`1` == `1.0`'],
  ['zero is not false', '`0` == `false`'],
  ['slice with negative step', '`[0, 1, 2, 3, 4]`[::-2]'],
  ['slices past the end', '`[0, 1, 2]`[5:10]'],
  ['index negative', '`[0, 1, 2]`[-1]'],
  ['to_string ensures ascii', 'to_string(`{"k": "é😀"}`)'],
  ['sort_by strings', 'sort_by(`[{"n": "b"}, {"n": "a"}]`, &n)[].n'],
  ['max_by and min_by', '[max_by(`[{"n": 1}, {"n": 3}]`, &n).n, min_by(`[{"n": 1}, {"n": 3}]`, &n).n]'],
  ['merge and keys', 'keys(merge(`{"a": 1}`, `{"b": 2}`))'],
  ['type of every kind', '[type(`1`), type(`1.5`), type(`"s"`), type(`true`), type(`null`), type(`[]`), type(`{}`)]'],
  ['not_null', 'not_null(`null`, `"x"`)'],
  ['reverse a string by code point', 'reverse(`"ab😀"`)'],
  ['contains a float in ints', 'contains(`[1, 2]`, `2.0`)'],
  ['pipe chain', 'TaskRunId | @ | @'],
  ['filter then flatten', '`[[1, 2], [3]]`[]'],
  ['wildcard on object values', '`{"a": 1, "b": 2}`.*'],
  ['multiselect on null is null', 'Missing.{a: a}'],
];

const RUNTIME = [
  ['type error names the function', 'length(`1`)'],
  ['ordering across types in sort', 'sort(`[1, "a"]`)'],
  ['max_by across types', 'max_by(`[{"n": 1}, {"n": "a"}]`, &n)'],
  ['slice step zero', '`[1]`[::0]'],
  ['contains a number in a string', 'contains(`"abc"`, `1`)'],
];

export default [
  ...MALFORMED.map((query) => ({ name: `grammar malformed ${query}`, args: [...BASE, '--query', query] })),
  ...EVALUATED.flatMap(([name, query]) =>
    ['json', 'text'].map((format) => ({
      name: `grammar ${name} ${format}`,
      args: [...BASE, '--output', format, '--query', query],
      ...(name.includes('raises') ? { differs: AFTER_CALL } : {}),
    })),
  ),
  ...RUNTIME.map(([name, query]) => ({
    name: `grammar runtime ${name}`,
    args: [...BASE, '--query', query],
    differs: AFTER_CALL,
  })),
];
