import { BASE } from './common.mjs';

// Config and credentials files read as botocore reads them: Python's RawConfigParser, then
// botocore's profile map. The region a case ends up with shows in the request's credential scope.
const NO_REGION = ['AWS_DEFAULT_REGION'];
const NO_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];
const config = (text) => ({ '.aws/config': text });
const both = (configText, credentialsText) => ({ '.aws/config': configText, '.aws/credentials': credentialsText });

export default [
  {
    name: 'config option names are case-insensitive',
    args: BASE,
    unsetEnv: NO_REGION,
    home: config('[default]\nRegion = us-west-2\n'),
  },
  { name: 'config colon delimiter', args: BASE, unsetEnv: NO_REGION, home: config('[default]\nregion: eu-west-1\n') },
  {
    name: 'config no inline comments',
    args: BASE,
    unsetEnv: NO_REGION,
    home: config('[default]\nregion = eu-west-1 ; x\n'),
  },
  {
    name: 'config hash after value is part of it',
    args: BASE,
    unsetEnv: NO_REGION,
    home: config('[default]\nregion = eu-west-1 # x\n'),
  },
  {
    name: 'config whole-line comments',
    args: BASE,
    unsetEnv: NO_REGION,
    home: config('# a\n; b\n[default]\n  # c\nregion = eu-west-3\n'),
  },
  {
    name: 'config continuation line joins the value',
    args: BASE,
    unsetEnv: NO_REGION,
    home: config('[default]\nregion = eu-west-1\n  more\n'),
  },
  {
    name: 'config DEFAULT section is inherited',
    args: BASE,
    unsetEnv: NO_REGION,
    home: config('[DEFAULT]\nregion = eu-west-2\n[default]\n'),
  },
  {
    name: 'config DEFAULT alone is no profile',
    args: BASE,
    unsetEnv: NO_REGION,
    home: config('[DEFAULT]\nregion = eu-west-2\n'),
  },
  {
    name: 'config DEFAULT reaches a named profile',
    args: [...BASE, '--profile', 'p'],
    unsetEnv: NO_REGION,
    home: config('[DEFAULT]\nregion = ap-south-1\n[profile p]\n'),
  },
  { name: 'config duplicate section', args: BASE, home: config('[default]\nregion = us-east-1\n[default]\n') },
  { name: 'config duplicate option', args: BASE, home: config('[default]\nregion = us-east-1\nREGION = us-west-2\n') },
  { name: 'config option without a value', args: BASE, home: config('[default]\nregion\n') },
  { name: 'config line outside a section', args: BASE, home: config('region = us-east-1\n[default]\n') },
  {
    name: 'config section header with trailing text',
    args: BASE,
    unsetEnv: NO_REGION,
    home: config('[default] trailing\nregion = ca-central-1\n'),
  },
  {
    name: 'config bare section is not a profile',
    args: [...BASE, '--profile', 'foo'],
    home: config('[foo]\nregion = us-west-1\n'),
  },
  {
    name: 'config quoted profile name',
    args: [...BASE, '--profile', 'my profile'],
    unsetEnv: NO_REGION,
    home: config('[profile "my profile"]\nregion = sa-east-1\n'),
  },
  {
    name: 'config profile with three words is ignored',
    args: [...BASE, '--profile', 'a'],
    home: config('[profile a b]\nregion = us-west-1\n'),
  },
  {
    name: 'credentials profile prefix is part of the name',
    args: [...BASE, '--profile', 'foo'],
    unsetEnv: NO_KEYS,
    home: both('', '[profile foo]\naws_access_key_id = AKIDPREFIX\naws_secret_access_key = s\n'),
  },
  {
    name: 'credentials option names are case-insensitive',
    args: BASE,
    unsetEnv: NO_KEYS,
    home: both('', '[default]\nAWS_ACCESS_KEY_ID = AKIDUPPER\nAws_Secret_Access_Key = s\n'),
  },
  {
    name: 'credentials colon delimiter',
    args: BASE,
    unsetEnv: NO_KEYS,
    home: both('', '[default]\naws_access_key_id: AKIDCOLON\naws_secret_access_key: s\n'),
  },
  {
    name: 'credentials region counts for the profile',
    args: BASE,
    unsetEnv: NO_REGION,
    home: both('[default]\nregion = us-west-1\n', '[default]\nregion = eu-north-1\n'),
  },
  {
    name: 'credentials DEFAULT inherited by a named section',
    args: [...BASE, '--profile', 'p'],
    unsetEnv: NO_KEYS,
    home: both('', '[DEFAULT]\naws_secret_access_key = s\n[p]\naws_access_key_id = AKIDDEFAULT\n'),
  },
  {
    name: 'credentials duplicate section',
    args: BASE,
    unsetEnv: NO_KEYS,
    home: both('', '[default]\naws_access_key_id = A\n[default]\n'),
  },
  {
    name: 'config file variable empty reads no file',
    args: BASE,
    unsetEnv: NO_REGION,
    env: { AWS_CONFIG_FILE: '' },
    home: config('[default]\nregion = eu-west-1\n'),
  },
  {
    name: 'config file variable expands vars',
    args: BASE,
    unsetEnv: NO_REGION,
    env: { AWS_CONFIG_FILE: '$HOME/other-config' },
    home: { 'other-config': '[default]\nregion = us-east-2\n' },
  },
  {
    name: 'config file variable expands tilde',
    args: BASE,
    unsetEnv: NO_REGION,
    env: { AWS_CONFIG_FILE: '~/tilde-config' },
    home: { 'tilde-config': '[default]\nregion = us-west-2\n' },
  },
  { name: 'config file that is a directory is skipped', args: BASE, env: { AWS_CONFIG_FILE: '{HOME}' } },
  {
    name: 'config tab-indented continuation',
    args: BASE,
    unsetEnv: NO_REGION,
    home: config('[default]\nregion = us-east-1\n\tx\n'),
  },
  {
    name: 'config later profile section of the same name wins',
    args: BASE,
    unsetEnv: NO_REGION,
    home: config('[default]\nregion = us-west-1\n[profile default]\nregion = eu-central-1\n'),
  },
];
