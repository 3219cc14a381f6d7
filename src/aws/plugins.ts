/**
 * This tool's SDK customisations, written as smithy middleware: each a factory, its options and a
 * `get…Plugin()` that adds it to a stack (the shape of smithy's contentLengthMiddleware).
 */
import type { ClientSettings } from '../model/settings.js';
import { maskUrlCredentials } from '../redact.js';
import { bufferBody, headerValue } from './http-body.js';
import type { RawResponse } from './types.js';

/** What the raw-exchange middleware saw of the current call's last attempt. */
export interface Exchange {
  response?: RawResponse | undefined;
  attemptEnded?: number | undefined;
}

interface WireRequest {
  headers: Record<string, string>;
  method: string;
  path: string;
  query?: Record<string, string | string[]>;
  body?: unknown;
  hostname: string;
  protocol?: string;
  port?: number;
}

interface WireResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  body: unknown;
}

type Next = (args: unknown) => Promise<unknown>;
type Middleware = (next: Next) => (args: unknown) => Promise<unknown>;
interface Stack {
  add(middleware: Middleware, options: Record<string, unknown>): void;
}
/** smithy's Pluggable, the members used here. */
export interface Plugin {
  applyToStack(stack: Stack): void;
}

/** An endpoint URL's path and query as written (no `..` resolved, no re-encoding). */
function rawPathAndQuery(endpoint: string): { path: string; query: string | undefined } {
  const afterAuthority = endpoint.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/, '').replace(/#.*$/, '');
  const mark = afterAuthority.indexOf('?');
  const path = mark < 0 ? afterAuthority : afterAuthority.slice(0, mark);
  return { path: path === '' ? '/' : path, query: mark < 0 ? undefined : afterAuthority.slice(mark + 1) };
}

const decode = (part: string): string => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/** A raw query as the signer wants it: decoded pairs, repeated keys as lists, a bare key as `key=`. */
function queryForSigning(raw: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const pair of raw.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const seen = query[key];
    query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return query;
}

/**
 * aws-cli sends to the endpoint's path and query exactly as given; the SDK appends `/`, resolves
 * `..` and re-encodes the query. The request is signed with the query's decoded pairs (what a
 * verifier computes from the raw query too); the raw query goes on the wire (rawExchangeMiddleware).
 */
export function endpointPathMiddleware(endpoint: string): Middleware {
  const { path, query } = rawPathAndQuery(endpoint);
  return (next) => async (args) => {
    const { request } = args as { request: WireRequest };
    request.path = path;
    request.query = query === undefined ? {} : queryForSigning(query);
    return next(args);
  };
}

export const endpointPathMiddlewareOptions = { step: 'build', name: 'cliEndpointPathMiddleware', override: true };

export function getEndpointPathPlugin(endpoint: string): Plugin {
  return { applyToStack: (stack) => stack.add(endpointPathMiddleware(endpoint), endpointPathMiddlewareOptions) };
}

const SECRET_HEADERS = new Set(['authorization', 'x-amz-security-token']);
const SIGNATURE_HEADERS = new Set(['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256']);

/**
 * Innermost (deserialize step, low priority): sees each signed attempt before it is sent and the raw
 * response before the SDK parses it. aws-cli builds error codes and messages from the raw body,
 * which the SDK does not expose; --no-sign-request drops the signature here; --debug logs each
 * attempt (secrets redacted) and the wait before each retry.
 */
export function rawExchangeMiddleware(exchange: Exchange, settings: ClientSettings): Middleware {
  const raw = settings.endpoint === undefined ? undefined : rawPathAndQuery(settings.endpoint);
  return (next) => async (args) => {
    const { request } = args as { request: WireRequest };
    if (raw?.query !== undefined) {
      // Signed already: the query goes out as the user wrote it.
      request.path = `${raw.path}?${raw.query}`;
      request.query = {};
    }
    beforeAttempt(request, settings, exchange);
    const started = Date.now();
    try {
      const result = (await next(args)) as { response: WireResponse };
      const { response } = result;
      const body = await bufferBody(response.body);
      response.body = body;
      exchange.response = {
        status: response.statusCode,
        reason: response.reason,
        headers: response.headers,
        body: Buffer.from(body).toString('utf8'),
      };
      settings.debug?.(
        `Response: HTTP ${response.statusCode} after ${Date.now() - started} ms\n  headers: ${JSON.stringify(response.headers)}\n  body: ${exchange.response.body}`,
      );
      return result;
    } catch (error) {
      settings.debug?.(
        `Attempt failed after ${Date.now() - started} ms: ${(error as Error).name}: ${(error as Error).message}`,
      );
      throw error;
    } finally {
      exchange.attemptEnded = Date.now();
    }
  };
}

export const rawExchangeMiddlewareOptions = {
  step: 'deserialize',
  priority: 'low',
  name: 'cliRawExchangeMiddleware',
  override: true,
};

export function getRawExchangePlugin(exchange: Exchange, settings: ClientSettings): Plugin {
  return {
    applyToStack: (stack) => stack.add(rawExchangeMiddleware(exchange, settings), rawExchangeMiddlewareOptions),
  };
}

/** Per attempt, before sending: unsigned requests lose their signature, warnings and debug lines. */
function beforeAttempt(request: WireRequest, settings: ClientSettings, exchange: Exchange): void {
  if (!settings.signRequest) {
    // --no-sign-request: the SDK signs with placeholder credentials; the signature is removed here.
    for (const name of Object.keys(request.headers))
      if (SIGNATURE_HEADERS.has(name.toLowerCase())) delete request.headers[name];
  }
  const { debug } = settings;
  if (debug && exchange.attemptEnded !== undefined) {
    // The retry strategy waited between the end of the last attempt and this one.
    const attempt = /attempt=(\d+)/.exec(headerValue(request.headers, 'amz-sdk-request') ?? '')?.[1] ?? '?';
    debug(
      `Retry: attempt ${attempt} of ${settings.retry.maxAttempts}, after a delay of ${Date.now() - exchange.attemptEnded} ms`,
    );
  }
  exchange.response = undefined;
  if (!settings.verifySsl && settings.requestUrl.startsWith('https:')) {
    // aws-cli (urllib3) warns on every unverified HTTPS attempt.
    settings.warn(
      `InsecureRequestWarning: Unverified HTTPS request is being made to host '${request.hostname}'. Adding certificate verification is strongly advised.`,
    );
  }
  if (debug) {
    const headers = Object.entries(request.headers).map(([name, value]) => `  ${name}: ${redactHeader(name, value)}`);
    debug(
      `Sending request: ${request.method} ${maskUrlCredentials(requestUrl(request))}\n${headers.join('\n')}\n  body: ${bodyText(request.body)}`,
    );
  }
}

function redactHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'authorization') return value.replace(/Signature=[0-9a-f]+/i, 'Signature=<redacted>');
  if (SECRET_HEADERS.has(lower)) return '<redacted>';
  return value;
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return '(stream)';
}

/** The request's full URL: scheme, host, port (when given), path and query. */
function requestUrl(request: WireRequest): string {
  const scheme = (request.protocol ?? 'https:').replace(/:?$/, ':');
  const host = request.hostname.includes(':') ? `[${request.hostname}]` : request.hostname;
  const port = request.port !== undefined ? `:${request.port}` : '';
  const query = Object.entries(request.query ?? {})
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${key}=${v}`))
    .join('&');
  return `${scheme}//${host}${port}${request.path}${query ? `?${query}` : ''}`;
}
