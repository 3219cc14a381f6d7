import { BASE, CHECKED } from './common.mjs';

export default [
  // Service errors, retries and bodies.
  {
    name: 'transform not found',
    args: ['--transform-id', 'tfm-notfound', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'invalid input error',
    args: ['--transform-id', 'tfm-invalid', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'namespaced error type',
    args: ['--transform-id', 'tfm-prefixed', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'internal error after retries',
    args: ['--transform-id', 'tfm-500', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'throttling after retries',
    args: ['--transform-id', 'tfm-throttle', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'max attempts one',
    args: ['--transform-id', 'tfm-500', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    env: { AWS_MAX_ATTEMPTS: '1' },
  },
  {
    name: 'max attempts from config',
    args: ['--transform-id', 'tfm-500', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    home: { '.aws/config': '[default]\nmax_attempts = 2\n' },
  },
  {
    name: '429 with a code that is not throttling is not retried',
    args: ['--transform-id', 'tfm-429', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'flaky succeeds after a retry',
    args: ['--transform-id', 'tfm-flaky', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'html 404 body',
    args: ['--transform-id', 'tfm-html404', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: '502 with empty body',
    args: ['--transform-id', 'tfm-502-empty', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    differs: CHECKED(6),
  },
  {
    name: 'non-json 200 body',
    args: ['--transform-id', 'tfm-notjson', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    differs: {
      rc: 255,
      stderrIncludes: 'with a body that is not a valid StartImportLabelsTaskRun response',
      reason: 'aws-cli exits 0 and prints nothing',
    },
  },
  {
    name: 'empty object 200 body',
    args: ['--transform-id', 'tfm-empty', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'unmodelled response member dropped',
    args: ['--transform-id', 'tfm-extra', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'unicode response json',
    args: ['--transform-id', 'tfm-unicode', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  },
  {
    name: 'unicode response yaml',
    args: ['--transform-id', 'tfm-unicode', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}', '--output', 'yaml'],
  },
  {
    name: 'unicode response table',
    args: [
      '--transform-id',
      'tfm-unicode',
      '--input-s3-path',
      's3://b/k',
      '--endpoint-url',
      '{E}',
      '--output',
      'table',
    ],
  },
  { name: 'retry mode legacy rejected', args: BASE, env: { AWS_RETRY_MODE: 'legacy' } },
  {
    name: 'retry mode from config rejected',
    args: BASE,
    home: { '.aws/config': '[default]\nretry_mode = Standard\n' },
  },
  { name: 'adaptive retry mode', args: BASE, env: { AWS_RETRY_MODE: 'adaptive' } },
  { name: 'max attempts zero', args: BASE, env: { AWS_MAX_ATTEMPTS: '0' } },
  { name: 'max attempts not a number', args: BASE, env: { AWS_MAX_ATTEMPTS: 'abc' } },
];
