// Every output format × response shapes made by --query literals.
import { AFTER_CALL, BASE, FORMATS } from './common.mjs';

const SHAPES = {
  default: [],
  scalar: ['--query', 'TaskRunId'],
  null: ['--query', 'Missing'],
  true: ['--query', '`true`'],
  false: ['--query', '`false`'],
  zero: ['--query', '`0`'],
  'empty-string': ['--query', '`""`'],
  int: ['--query', '`-7`'],
  float: ['--query', '`2.5`'],
  'small-float': ['--query', '`0.001`'],
  unicode: ['--query', '`"héllo ✓ 日本"`'],
  'list-scalars': ['--query', '`[1, "two", null, true]`'],
  'list-lists': ['--query', '`[[1, 2], [3]]`'],
  'list-maps': ['--query', '`[{"a": 1, "b": "x"}, {"a": 2, "c": "y"}]`'],
  'nested-map': ['--query', '`{"b": 1, "a": [1, 2], "c": {"d": "e", "f": [3, 4]}}`'],
  'empty-map': ['--query', '`{}`'],
  'empty-list': ['--query', '`[]`'],
  multiselect: ['--query', '{alpha: TaskRunId, beta: TaskRunId, gamma: `"x"`}'],
  'nested-table': ['--query', '{a: TaskRunId, b: `[1,2]`, c: `{"x": {"y": 1}}`}'],
  'mixed-list-maps': ['--query', '`[{"a":1,"n":{"x":1}},{"b":2,"l":[1,2]}]`'],
  'yaml-quoting': [
    '--query',
    '`{"k": "a: b", "t": "a\\tb", "q": "123", "y": "yes", "e": "", "h": "#x", "d": "2024-01-01", "n": "null", "s": " lead"}`',
  ],
  'yaml-newline': ['--query', '`{"n": "nl\\nx"}`'],
  'long-string': [
    '--query',
    '`{"long": "aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh iiiiiiiiii jjjjjjjjjj"}`',
  ],
  'list-of-maps-nested': ['--query', '`{"k": [{"a": 1, "b": "x", "m": {"z": 2}}, {"a": 3, "b": "y"}]}`'],
  'text-scalars-then-lists': ['--query', '`{"a": [1, [2, 3], 4]}`'],
  wide: ['--query', '`{"日本語のキー": "値", "é": "ñ"}`'],
  'float literals': [
    '--query',
    '`{"one": 1.0, "big": 1e3, "tiny": 1e-7, "huge": 1.5e300, "list": [2.0, 3], "zero": 0.0}`',
  ],
  'invalid json literal is a string': ['--query', '{a: `{bad json}`, b: `[1, 2`}'],
};

const cases = [];
for (const [shape, query] of Object.entries(SHAPES)) {
  for (const format of FORMATS) {
    const name = `output ${format} ${shape}`;
    // aws-cli's table formatter fails on these shapes after the task run has started.
    const failsAfterCall = name === 'output table list-lists' || name === 'output table text-scalars-then-lists';
    cases.push({
      name,
      args: [...BASE, '--output', format, ...query],
      ...(failsAfterCall ? { differs: AFTER_CALL } : {}),
    });
  }
}

export default cases;
