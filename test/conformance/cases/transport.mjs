import { CHECKED } from './common.mjs';
export default [
  // Transport failures.
  {
    name: 'connection refused',
    args: ['--transform-id', 'tfm-1', '--input-s3-path', 's3://b/k', '--endpoint-url', 'http://127.0.0.1:9'],
  },
  {
    name: 'connection closed',
    args: ['--transform-id', 'tfm-close', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    differs: CHECKED(6),
  },
  {
    name: 'read timeout',
    args: [
      '--transform-id',
      'tfm-slow-3',
      '--input-s3-path',
      's3://b/k',
      '--endpoint-url',
      '{E}',
      '--cli-read-timeout',
      '1',
    ],
    differs: CHECKED(6),
  },
  {
    name: 'read timeout zero waits',
    args: [
      '--transform-id',
      'tfm-slow-1',
      '--input-s3-path',
      's3://b/k',
      '--endpoint-url',
      '{E}',
      '--cli-read-timeout',
      '0',
    ],
  },
];
