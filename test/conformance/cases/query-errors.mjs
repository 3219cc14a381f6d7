import { AFTER_CALL, BASE } from './common.mjs';

export default [
  // --query errors.
  { name: 'query parse error', args: [...BASE, '--query', 'foo bar'] },
  { name: 'query incomplete', args: [...BASE, '--query', '['] },
  { name: 'query unexpected expref', args: [...BASE, '--query', 'a & b'] },
  { name: 'query unclosed quote', args: [...BASE, '--query', '"abc'] },
  { name: 'query empty', args: [...BASE, '--query', ''] },
  { name: 'query error wins over missing flags', args: ['--query', 'foo bar'] },
  // Python's own errors and reprs that jmespath.py lets through (found by the differential test).
  { name: 'query merge with a number', args: [...BASE, '--query', 'merge(@, `1`)'], differs: AFTER_CALL },
  { name: 'query merge with a list of pairs', args: [...BASE, '--query', 'merge(@, `[["k", "v"], "ab"]`)'] },
  { name: 'query merge with a short pair', args: [...BASE, '--query', 'merge(@, `[["k"]]`)'], differs: AFTER_CALL },
  {
    name: 'query an expression reference as the result',
    args: [...BASE, '--query', '&TaskRunId'],
    differs: AFTER_CALL,
  },
  { name: 'query an expression reference as table', args: [...BASE, '--query', '&TaskRunId', '--output', 'table'] },
  ...['yaml', 'yaml-stream'].map((output) => ({
    name: `query an expression reference as ${output}`,
    args: [...BASE, '--query', '&TaskRunId', '--output', output],
    differs: {
      stderrIncludes: '\ncannot represent an object: <jmespath.visitor._Expression object at 0x7f3a5c2b9d50>\n',
      reason: "Python prints the object's address, which differs from run to run; this tool prints one fixed address",
    },
  })),
  {
    name: 'query an expression reference as text',
    args: [...BASE, '--query', '&TaskRunId', '--output', 'text'],
    differs: {
      stdout: '<jmespath.visitor._Expression object at 0x7f3a5c2b9d50>\n',
      reason: "Python prints the object's address, which differs from run to run; this tool prints one fixed address",
    },
  },
  { name: 'query floor of a big int', args: [...BASE, '--query', 'floor(`12345678901234567890`)'] },
  {
    name: 'query unknown function at runtime',
    args: [...BASE, '--query', 'foo(@)'],
    differs: { requests: [], reason: 'a call that can never succeed is refused before the task run is started' },
  },
  {
    name: 'query wrong arity at runtime',
    args: [...BASE, '--query', 'length(@, @)'],
    differs: { requests: [], reason: 'a call that can never succeed is refused before the task run is started' },
  },
];
