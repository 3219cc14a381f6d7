import { BASE } from './common.mjs';

export default [
  // Output format sources and colour.
  { name: 'output from AWS_DEFAULT_OUTPUT', args: BASE, env: { AWS_DEFAULT_OUTPUT: 'text' } },
  { name: 'output from profile config', args: BASE, home: { '.aws/config': '[default]\noutput = table\n' } },
  { name: 'flag output wins over env', args: [...BASE, '--output', 'yaml'], env: { AWS_DEFAULT_OUTPUT: 'text' } },
  { name: 'color on table', args: [...BASE, '--output', 'table', '--color', 'on'] },
  {
    name: 'color on nested table',
    args: [...BASE, '--output', 'table', '--color', 'on', '--query', '{k: `[{"a":1,"b":"x"}]`}'],
  },
  { name: 'color on json is plain', args: [...BASE, '--color', 'on'] },
  { name: 'color off table', args: [...BASE, '--output', 'table', '--color', 'off'] },
  {
    name: 'unknown output type from env',
    args: BASE,
    env: { AWS_DEFAULT_OUTPUT: 'xml' },
    differs: { requests: [], reason: 'checked before the request is sent; aws-cli starts the task run, then fails' },
  },
  {
    name: 'unknown output type masked by service error',
    args: ['--transform-id', 'tfm-notfound', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    env: { AWS_DEFAULT_OUTPUT: 'xml' },
    differs: {
      rc: 255,
      stderr: '\nUnknown output type: xml\n',
      requests: [],
      reason: 'the output type is checked before the request is sent',
    },
  },
];
