import { CHECKED } from './common.mjs';

// Service error bodies as botocore's JSON error parser reads them: the code from __type (after the
// last #) or the status, the message from `message` or `Message` (any JSON type, printed as Python's
// str()), a body that is not JSON as the message, and the standard phrase for a generic 5xx.
const IDS = [
  'tfm-error-empty-type',
  'tfm-error-no-type',
  'tfm-error-number-message',
  'tfm-error-object-message',
  'tfm-error-list-message',
  'tfm-error-null-message',
  'tfm-error-nan-message',
  'tfm-error-both-messages',
  'tfm-error-no-message',
  'tfm-error-not-json',
  'tfm-error-empty-400',
  'tfm-error-hash-type',
  'tfm-error-503-reason',
  'tfm-error-500-html',
  'tfm-error-599',
  'tfm-error-500-json',
];

/** Generic 5xx bodies (no Glue error): each of the two starts is followed by a check (common.mjs). */
const UNKNOWN_OUTCOME = new Set(['tfm-error-503-reason', 'tfm-error-500-html']);

export default IDS.map((id) => ({
  name: `error body ${id.replace('tfm-error-', '')}`,
  args: ['--transform-id', id, '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
  env: { AWS_MAX_ATTEMPTS: '2' },
  ...(UNKNOWN_OUTCOME.has(id) ? { differs: CHECKED(4) } : {}),
}));
