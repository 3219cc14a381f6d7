// proxy-from-env 2 ships no types.
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from HTTP(S)_PROXY / ALL_PROXY, or '' when NO_PROXY excludes it or none is set. */
  export function getProxyForUrl(url: string): string;
}
