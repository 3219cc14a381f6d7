import { BASE } from './common.mjs';

export default [
  // JMESPath functions over JSON literals.
  ...[
    ['length', 'length(TaskRunId)'],
    ['keys', 'keys(@)'],
    ['sort_by', 'sort_by(`[{"n": 3}, {"n": 1}, {"n": 2}]`, &n)[].n'],
    ['join', 'join(\', \', `["a", "b"]`)'],
    ['to_string', 'to_string(`{"a": [1, 2], "b": "é"}`)'],
    ['max_by', 'max_by(`[{"n": 3, "k": "x"}, {"n": 9, "k": "y"}]`, &n).k'],
    ['filter', '`[{"a": 1}, {"a": 2}, {"a": 3}]`[?a > `1`].a'],
    ['slice', '`[0, 1, 2, 3, 4, 5]`[::2]'],
    ['starts_with', "starts_with(TaskRunId, 'tfr-')"],
    ['contains', 'contains(`["x", "y"]`, \'y\')'],
    ['avg', 'avg(`[1, 2]`)'],
    ['not_null', 'not_null(Missing, `"fallback"`)'],
    ['raw string literal', "'a raw string'"],
    ['pipe', '`{"a": {"b": [1, 2, 3]}}` | a.b[-1]'],
    ['flatten', '`[[1, 2], [3, [4]]]`[]'],
    ['merge', 'merge(`{"a": 1}`, `{"b": 2}`)'],
    ['to_string float', 'to_string(`[1.0, 2.5, 1e20]`)'],
    ['type of float', 'type(`1.0`)'],
    ['filter equal to a float literal', '`[{"n": 1}, {"n": 2}]`[?n == `1.0`].n'],
  ].flatMap(([name, query]) =>
    ['json', 'text'].map((format) => ({
      name: `query ${name} ${format}`,
      args: [...BASE, '--output', format, '--query', query],
    })),
  ),
  // A float computed by a function keeps its type: 4.0, not 4.
  ...['json', 'text'].map((format) => ({
    name: `query sum of floats ${format}`,
    args: [...BASE, '--output', format, '--query', 'sum(`[1.5, 2.5]`)'],
  })),
];
