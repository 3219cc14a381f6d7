/**
 * Python's urllib proxy rules, as botocore applies them: getproxies_environment() (a lowercase
 * variable wins over its uppercase twin, and an empty lowercase one removes the proxy), a proxy for
 * the URL's scheme only (ALL_PROXY is read but never used for http or https), and
 * proxy_bypass_environment() for NO_PROXY (`*`, or domain suffixes, case-insensitive).
 */

type Env = Readonly<Record<string, string | undefined>>;

/** urllib.request.getproxies_environment(): scheme (lower case) → proxy URL. */
export function getproxiesEnvironment(env: Env): Map<string, string> {
  const proxies = new Map<string, string>();
  for (const [rawName, value] of Object.entries(env)) {
    const name = rawName.toLowerCase();
    if (value && name.endsWith('_proxy')) proxies.set(name.slice(0, -6), value);
  }
  // CVE-2016-1000110: a CGI request's Proxy header becomes HTTP_PROXY.
  if ('REQUEST_METHOD' in env) proxies.delete('http');
  for (const [name, value] of Object.entries(env)) {
    if (!name.endsWith('_proxy')) continue;
    if (value) proxies.set(name.slice(0, -6), value);
    else proxies.delete(name.slice(0, -6));
  }
  return proxies;
}

/** urllib.request.proxy_bypass_environment(host): NO_PROXY's `*` or a suffix match of the host. */
export function proxyBypassEnvironment(host: string, proxies: ReadonlyMap<string, string>): boolean {
  const noProxy = proxies.get('no') ?? '';
  if (noProxy === '*') return true;
  const hostOnly = host.replace(/:\d+$/, '').toLowerCase();
  for (const entry of noProxy.split(',')) {
    const name = entry.trim().replace(/^\.+/, '').toLowerCase();
    if (name === '') continue;
    for (const candidate of [hostOnly, host.toLowerCase()]) {
      if (candidate === name || candidate.endsWith(`.${name}`)) return true;
    }
  }
  return false;
}

/** botocore's _fix_proxy_url: a proxy without a scheme is http://. */
function fixProxyUrl(proxy: string): string {
  if (proxy.startsWith('http:') || proxy.startsWith('https:')) return proxy;
  if (proxy.startsWith('//')) return `http:${proxy}`;
  return `http://${proxy}`;
}

/** The proxy botocore uses for a URL, or undefined: its scheme's proxy unless NO_PROXY bypasses the host. */
export function proxyForUrl(url: string, env: Env): string | undefined {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)/.exec(url);
  if (!match) return undefined;
  const proxies = getproxiesEnvironment(env);
  // botocore passes the netloc, which keeps any user:password@ and the port.
  if (proxyBypassEnvironment(match[2] as string, proxies)) return undefined;
  const proxy = proxies.get((match[1] as string).toLowerCase());
  return proxy === undefined ? undefined : fixProxyUrl(proxy);
}
