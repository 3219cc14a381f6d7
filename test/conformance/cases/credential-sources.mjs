import { BASE } from './common.mjs';

// Credentials as aws-cli resolves them: environment keys (with the legacy AWS_SECURITY_TOKEN), a
// profile's keys, partial keys, an expired AWS_CREDENTIAL_EXPIRATION, credential_process split like
// shlex and run without a shell, and an empty --profile.
const NO_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];
const creds = (text) => ({ '.aws/credentials': text });

export default [
  {
    name: 'credentials AWS_SECURITY_TOKEN is the session token',
    args: BASE,
    env: { AWS_SECURITY_TOKEN: 'LEGACYTOKEN' },
  },
  {
    name: 'credentials AWS_SESSION_TOKEN wins over AWS_SECURITY_TOKEN',
    args: BASE,
    env: { AWS_SECURITY_TOKEN: 'LEGACY', AWS_SESSION_TOKEN: 'MODERN' },
  },
  {
    name: 'credentials aws_security_token in a profile',
    args: BASE,
    unsetEnv: NO_KEYS,
    home: creds(
      '[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\naws_security_token = FILELEGACY\n',
    ),
  },
  {
    name: 'credentials key id without secret in the file',
    args: BASE,
    unsetEnv: NO_KEYS,
    home: creds('[default]\naws_access_key_id = AKIDFILE\n'),
  },
  {
    name: 'credentials secret without key id in the file',
    args: BASE,
    unsetEnv: NO_KEYS,
    home: creds('[default]\naws_secret_access_key = s\n'),
  },
  {
    name: 'credentials keys split across the two files',
    args: BASE,
    unsetEnv: NO_KEYS,
    home: {
      '.aws/credentials': '[default]\naws_access_key_id = AKIDSPLIT\n',
      '.aws/config': '[default]\naws_secret_access_key = s\n',
    },
  },
  {
    name: 'credentials keys in the config file',
    args: BASE,
    unsetEnv: NO_KEYS,
    home: { '.aws/config': '[default]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = s\n' },
  },
  {
    name: 'credentials expiration in the past',
    args: BASE,
    env: { AWS_CREDENTIAL_EXPIRATION: '2020-01-01T00:00:00Z' },
  },
  {
    name: 'credentials expiration in the future',
    args: BASE,
    env: { AWS_CREDENTIAL_EXPIRATION: '2099-01-01T00:00:00Z' },
  },
  { name: 'credentials empty profile flag uses environment keys', args: [...BASE, '--profile', ''] },
  {
    name: 'credentials process split like shlex',
    args: BASE,
    unsetEnv: NO_KEYS,
    home: {
      '.aws/config':
        '[default]\ncredential_process = sh -c \'echo "{\\"Version\\": 1, \\"AccessKeyId\\": \\"AKIDPROC\\", \\"SecretAccessKey\\": \\"s\\"}"\'\n',
    },
  },
  {
    name: 'credentials process runs without a shell',
    args: BASE,
    unsetEnv: NO_KEYS,
    home: {
      '.aws/config':
        '[default]\ncredential_process = echo {"Version": 1, "AccessKeyId": "AKID$HOME", "SecretAccessKey": "s"}\n',
    },
  },
  {
    name: 'credentials process semicolon is an argument',
    args: BASE,
    unsetEnv: NO_KEYS,
    home: {
      '.aws/config':
        '[default]\ncredential_process = echo {"Version": 1, "AccessKeyId": "AKIDSEMI", "SecretAccessKey": "s"} ; false\n',
    },
  },
];
