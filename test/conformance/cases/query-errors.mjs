import { BASE } from './common.mjs';

export default [
  // --query errors.
  { name: 'query parse error', args: [...BASE, '--query', 'foo bar'] },
  { name: 'query incomplete', args: [...BASE, '--query', '['] },
  { name: 'query unexpected expref', args: [...BASE, '--query', 'a & b'] },
  { name: 'query unclosed quote', args: [...BASE, '--query', '"abc'] },
  { name: 'query empty', args: [...BASE, '--query', ''] },
  { name: 'query error wins over missing flags', args: ['--query', 'foo bar'] },
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
