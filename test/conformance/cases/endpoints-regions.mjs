import { BASE } from './common.mjs';

export default [
  // Endpoints and regions.
  {
    name: 'endpoint without scheme',
    args: ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', '127.0.0.1:{PORT}'],
  },
  {
    name: 'endpoint host port parses as scheme',
    args: ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', 'localhost:{PORT}'],
  },
  {
    name: 'endpoint ftp scheme',
    args: ['--transform-id', 't', '--input-s3-path', 's3://b/k', '--endpoint-url', 'ftp://127.0.0.1:{PORT}'],
  },
  {
    name: 'endpoint with path and query',
    args: ['--transform-id', 'tfm-1', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}/some/path?x=1'],
  },
  {
    name: 'endpoint with trailing slash',
    args: ['--transform-id', 'tfm-1', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}/'],
  },
  { name: 'no region', args: BASE, unsetEnv: ['AWS_DEFAULT_REGION'] },
  { name: 'region flag', args: [...BASE, '--region', 'eu-west-1'] },
  { name: 'AWS_REGION beats AWS_DEFAULT_REGION', args: BASE, env: { AWS_REGION: 'ap-south-1' } },
  {
    name: 'region from profile config',
    args: BASE,
    unsetEnv: ['AWS_DEFAULT_REGION'],
    home: { '.aws/config': '[default]\nregion = sa-east-1\n' },
  },
  { name: 'bad region format', args: [...BASE, '--region', 'bad region!'] },
  {
    name: 'empty AWS_REGION signs with empty region',
    args: BASE,
    env: { AWS_REGION: '' },
    differs: {
      rc: 253,
      stdout: '',
      stderr: '\nYou must specify a region. You can also configure your region by running "aws configure".\n',
      requests: [],
      reason: 'an empty region is no region; aws-cli signs with an empty credential scope',
    },
  },
];
