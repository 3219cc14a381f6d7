import { BASE } from './common.mjs';

// Proxies as Python's urllib and botocore choose them. The proxy at 127.0.0.1:9 is a closed loopback
// port: where a proxy is used, the call fails with aws-cli's "Failed to connect to proxy URL".
const DEAD = 'http://127.0.0.1:9';

export default [
  { name: 'proxy HTTP_PROXY used for an http endpoint', args: BASE, env: { HTTP_PROXY: DEAD } },
  { name: 'proxy password is masked', args: BASE, env: { HTTP_PROXY: 'http://labeler:s3cret@127.0.0.1:9' } },
  { name: 'proxy user alone is masked', args: BASE, env: { HTTP_PROXY: 'http://labeler@127.0.0.1:9' } },
  { name: 'proxy without a scheme is http', args: BASE, env: { HTTP_PROXY: '127.0.0.1:9' } },
  {
    name: 'proxy lowercase wins over uppercase',
    args: BASE,
    env: { HTTP_PROXY: 'http://127.0.0.1:1', http_proxy: DEAD },
  },
  { name: 'proxy empty lowercase turns it off', args: BASE, env: { HTTP_PROXY: DEAD, http_proxy: '' } },
  { name: 'proxy empty uppercase leaves lowercase', args: BASE, env: { HTTP_PROXY: '', http_proxy: DEAD } },
  { name: 'proxy ALL_PROXY is not used', args: BASE, env: { ALL_PROXY: DEAD } },
  { name: 'proxy all_proxy lowercase is not used', args: BASE, env: { all_proxy: DEAD } },
  { name: 'proxy HTTPS_PROXY is not used for http', args: BASE, env: { HTTPS_PROXY: DEAD } },
  { name: 'proxy NO_PROXY host bypasses', args: BASE, env: { HTTP_PROXY: DEAD, NO_PROXY: '127.0.0.1' } },
  { name: 'proxy NO_PROXY star bypasses', args: BASE, env: { HTTP_PROXY: DEAD, NO_PROXY: '*' } },
  { name: 'proxy no_proxy lowercase bypasses', args: BASE, env: { HTTP_PROXY: DEAD, no_proxy: '127.0.0.1' } },
  { name: 'proxy NO_PROXY other host does not bypass', args: BASE, env: { HTTP_PROXY: DEAD, NO_PROXY: 'example.com' } },
  { name: 'proxy NO_PROXY with a list', args: BASE, env: { HTTP_PROXY: DEAD, NO_PROXY: 'example.com, 127.0.0.1' } },
  { name: 'proxy NO_PROXY host and other port', args: BASE, env: { HTTP_PROXY: DEAD, NO_PROXY: '127.0.0.1:1' } },
  {
    name: 'proxy with debug does not print the password',
    args: [...BASE, '--debug'],
    env: { HTTP_PROXY: 'http://u:pw12345@127.0.0.1:9' },
    compare: 'stdout-rc',
  },
  { name: 'fips endpoint with a custom endpoint is ignored', args: BASE, env: { AWS_USE_FIPS_ENDPOINT: 'true' } },
  {
    name: 'dualstack endpoint with a custom endpoint is ignored',
    args: BASE,
    env: { AWS_USE_DUALSTACK_ENDPOINT: 'true' },
  },
  {
    name: 'fips in the profile with a custom endpoint is ignored',
    args: BASE,
    home: { '.aws/config': '[default]\nuse_fips_endpoint = true\n' },
  },
];
