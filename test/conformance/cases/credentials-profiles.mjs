import { BASE } from './common.mjs';

export default [
  // Credentials and profiles.
  { name: 'no credentials', args: BASE, unsetEnv: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] },
  { name: 'session token is sent', args: BASE, env: { AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEXAMPLETOKEN' } },
  { name: 'partial env credentials', args: BASE, unsetEnv: ['AWS_SECRET_ACCESS_KEY'] },
  {
    name: 'named profile from credentials file',
    args: [...BASE, '--profile', 'p2'],
    home: {
      '.aws/credentials': '[p2]\naws_access_key_id = AKIDPROFILE2\naws_secret_access_key = s2\n',
      '.aws/config': '[profile p2]\nregion = eu-north-1\n',
    },
  },
  {
    name: 'AWS_PROFILE keeps env credentials',
    args: BASE,
    env: { AWS_PROFILE: 'p2' },
    home: { '.aws/credentials': '[p2]\naws_access_key_id = AKIDPROFILE2\naws_secret_access_key = s2\n' },
  },
  {
    name: 'profile flag skips env credentials',
    args: [...BASE, '--profile', 'p3'],
    home: { '.aws/config': '[profile p3]\nregion = us-west-2\n' },
  },
  { name: 'unknown profile', args: [...BASE, '--profile', 'nosuch'] },
  { name: 'unknown profile from env', args: BASE, env: { AWS_PROFILE: 'nosuch' } },
  {
    name: 'config and credentials files from env',
    args: [...BASE, '--profile', 'alt'],
    env: { AWS_CONFIG_FILE: '{CWD}/cfg', AWS_SHARED_CREDENTIALS_FILE: '{CWD}/creds' },
    files: {
      cfg: '[profile alt]\nregion = ca-central-1\n',
      creds: '[alt]\naws_access_key_id = AKIDALT\naws_secret_access_key = s\n',
    },
  },
  {
    name: 'no sign request',
    args: [...BASE, '--no-sign-request'],
    unsetEnv: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
  },
  {
    name: 'invalid params win over missing credentials',
    args: ['--transform-id', '', '--input-s3-path', 's3://b/k', '--endpoint-url', '{E}'],
    unsetEnv: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
  },
];
