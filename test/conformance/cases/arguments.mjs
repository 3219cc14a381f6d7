import { BASE, OUTPUT_OFF_CHOICE } from './common.mjs';

export default [
  {
    name: 'input path without a key is refused by the service',
    args: ['--transform-id', 'tfm-1', '--input-s3-path', 's3://bucket', '--endpoint-url', '{E}'],
  },
  {
    name: 'input path that is not s3 is refused by the service',
    args: ['--transform-id', 'tfm-1', '--input-s3-path', 'https://bucket/labels.csv', '--endpoint-url', '{E}'],
  },
  // Argument parsing.
  { name: 'missing both required flags', args: ['--endpoint-url', '{E}'] },
  { name: 'missing input path', args: ['--transform-id', 'tfm-1', '--endpoint-url', '{E}'] },
  { name: 'unknown option', args: [...BASE, '--bogus-flag', '1'] },
  { name: 'stray positional', args: [...BASE, 'extra'] },
  { name: 'boolean flag takes no value', args: [...BASE, '--replace-all-labels', 'true'] },
  { name: 'invalid output choice', args: [...BASE, '--output', 'xml'], differs: OUTPUT_OFF_CHOICE },
  { name: 'invalid output choice close match', args: [...BASE, '--output', 'jsn'], differs: OUTPUT_OFF_CHOICE },
  { name: 'invalid color choice', args: [...BASE, '--color', 'blue'] },
  { name: 'invalid skeleton choice', args: [...BASE, '--generate-cli-skeleton', 'bogus'] },
  { name: 'invalid binary format choice', args: [...BASE, '--cli-binary-format', 'hex'] },
  { name: 'ambiguous prefix', args: [...BASE, '--no'] },
  {
    name: 'abbreviated options',
    args: ['--transform', 'tfm-1', '--input-s3', 's3://b/k', '--endpoint-url', '{E}', '--out', 'text'],
  },
  {
    name: 'value starting with a dash needs equals',
    args: ['--transform-id', '-abc', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  { name: 'value with equals', args: ['--transform-id=-abc', '--input-s3-path=s3://b/k', '--endpoint-url={E}'] },
  {
    name: 'negative number value',
    args: ['--transform-id', '-5', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  { name: 'missing option value', args: [...BASE, '--output'] },
  { name: 'replace flag', args: [...BASE, '--replace-all-labels'] },
  { name: 'no replace flag', args: [...BASE, '--no-replace-all-labels'] },
  { name: 'last replace flag wins', args: [...BASE, '--replace-all-labels', '--no-replace-all-labels'] },
  { name: 'last replace flag wins reversed', args: [...BASE, '--no-replace-all-labels', '--replace-all-labels'] },
  { name: 'repeated option last wins', args: [...BASE, '--transform-id', 'tfm-2'] },
  { name: 'empty transform id', args: ['--transform-id', '', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'] },
  {
    name: 'long transform id is sent',
    args: ['--transform-id', 'x'.repeat(300), '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'empty input path is sent',
    args: ['--transform-id', 'tfm-1', '--input-s3-path', '', '--endpoint-url', '{E}'],
  },
  {
    name: 'non-ascii input path',
    args: ['--transform-id', 'tfm-1', '--input-s3-path', 's3://b/ü k.csv', '--endpoint-url', '{E}'],
  },
  {
    name: 'accepted global flags',
    args: [
      ...BASE,
      '--no-paginate',
      '--cli-binary-format',
      'base64',
      '--no-verify-ssl',
      '--no-cli-pager',
      '--cli-connect-timeout',
      '5',
      '--cli-read-timeout',
      '5',
      '--ca-bundle',
      '/nonexistent.pem',
    ],
  },
  { name: 'auto prompt flags conflict', args: [...BASE, '--cli-auto-prompt', '--no-cli-auto-prompt'] },
  { name: 'no auto prompt flag runs', args: [...BASE, '--no-cli-auto-prompt'], env: { AWS_CLI_AUTO_PROMPT: 'on' } },
  {
    name: 'auto prompt without a terminal',
    args: [...BASE, '--cli-auto-prompt'],
    differs: {
      rc: 252,
      stdout: '',
      stderrIncludes: 'needs an interactive terminal',
      reason: 'aws-cli prints a prompt_toolkit warning and exits 255 with an empty message',
    },
  },
  { name: 'auto prompt bogus value is off', args: BASE, env: { AWS_CLI_AUTO_PROMPT: 'bogus' } },
  {
    name: 'cli read timeout not a number',
    args: [...BASE, '--cli-read-timeout', 'abc'],
    differs: {
      rc: 252,
      stderr: "\nUSAGE\n\nPROG: error: argument --cli-read-timeout: invalid int value: 'abc'\n\n",
      reason: 'a usage error, where aws-cli prints a Python exception text with 255',
    },
  },
  { name: 'negative read timeout', args: [...BASE, '--cli-read-timeout', '-1'] },
  { name: 'negative connect timeout', args: [...BASE, '--cli-connect-timeout', '-1'] },
];
