import { GlueClient, StartImportLabelsTaskRunCommand } from '@aws-sdk/client-glue';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { ImportLabelsRequest } from '../request/model.js';
import { buildAgents } from './agents.js';
import { CredentialsFailed, credentialsFor, NoCredentials } from './credentials.js';
import { bufferBody, headerValue } from './response.js';
import { isRetryableServiceError } from './service-error.js';
import type { ClientSettings, RawResponse, SendResult } from './types.js';

// This module is bundled on its own with the SDK (dist/sender/) and loaded only when a request is
// sent. It imports no runtime code of the core: failures are returned as data, and the core turns
// them into aws-cli's messages (aws/errors.ts).

/** What the middleware saw of the last attempt. */
interface Exchange {
  response?: RawResponse | undefined;
  attemptEnded?: number;
}

const silentLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** Sends StartImportLabelsTaskRun: the response members without SDK metadata, or what went wrong. */
export async function startImportLabelsTaskRun(request: ImportLabelsRequest, settings: ClientSettings): Promise<SendResult> {
  const { env } = settings;
  if (settings.signRequest && !settings.profile.explicit && env['AWS_ACCESS_KEY_ID'] && !env['AWS_SECRET_ACCESS_KEY']) {
    return { ok: false, failure: { kind: 'partial-credentials' } };
  }
  const seconds = (n: number): number | undefined => (n === 0 ? undefined : n * 1000);
  const agents = await buildAgents(settings);
  const { httpAgent, httpsAgent } = agents;
  const client = new GlueClient({
    region: settings.region,
    ...(settings.endpoint !== undefined ? { endpoint: settings.endpoint } : {}),
    credentials: credentialsFor(settings),
    maxAttempts: settings.retry.maxAttempts,
    retryMode: settings.retry.mode,
    logger: silentLogger,
    requestHandler: new NodeHttpHandler({
      httpAgent,
      httpsAgent,
      connectionTimeout: seconds(settings.connectTimeoutSeconds),
      socketTimeout: seconds(settings.readTimeoutSeconds),
    }),
  });
  const last: Exchange = {};
  installMiddleware(client, settings, last);
  retryLikeBotocore(client, last);
  const url = settings.requestUrl;
  try {
    const { $metadata: _metadata, ...members } = await client.send(new StartImportLabelsTaskRunCommand(request));
    return { ok: true, members };
  } catch (error) {
    if (error instanceof NoCredentials) return { ok: false, failure: { kind: 'no-credentials', cause: error.cause } };
    if (error instanceof CredentialsFailed) return { ok: false, failure: { kind: 'credentials-failed', message: error.message, cause: error.cause } };
    return {
      ok: false,
      failure: { kind: 'exchange', error, url, proxy: agents.proxy, connected: agents.lastSocketConnected(), response: last.response },
    };
  } finally {
    client.destroy();
  }
}

const SECRET_HEADERS = new Set(['authorization', 'x-amz-security-token']);
const SIGNATURE_HEADERS = ['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'];

interface WireRequest {
  headers: Record<string, string>;
  method: string;
  path: string;
  body?: unknown;
  hostname: string;
}

interface WireResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  body: unknown;
}

type Next = (args: unknown) => Promise<unknown>;

function installMiddleware(client: GlueClient, settings: ClientSettings, last: Exchange): void {
  if (settings.endpoint !== undefined) {
    client.middlewareStack.add(keepEndpointPath(new URL(settings.endpoint)) as never, { step: 'build', name: 'cliEndpointPath', override: true });
  }
  // Innermost (deserialize step, low priority): sees each signed attempt and the raw response.
  const exchange = (next: Next) => async (args: unknown) => {
    const { request } = args as { request: WireRequest };
    beforeAttempt(request, settings, last);
    const started = Date.now();
    try {
      const result = (await next(args)) as { response: WireResponse };
      await recordResponse(result.response, last);
      settings.debug?.(`Response: HTTP ${result.response.statusCode} after ${Date.now() - started} ms\n  headers: ${JSON.stringify(result.response.headers)}\n  body: ${last.response?.body}`);
      return result;
    } catch (error) {
      settings.debug?.(`Attempt failed after ${Date.now() - started} ms: ${(error as Error).name}: ${(error as Error).message}`);
      throw error;
    } finally {
      last.attemptEnded = Date.now();
    }
  };
  client.middlewareStack.add(exchange as never, { step: 'deserialize', priority: 'low', name: 'cliRawExchange', override: true });
}

/** aws-cli sends to the endpoint's path and query exactly as given; the SDK appends `/` and drops the query. */
function keepEndpointPath(target: URL) {
  return (next: Next) => async (args: unknown) => {
    const { request } = args as { request: { path: string; query?: Record<string, string | string[]> } };
    request.path = target.pathname === '' ? '/' : target.pathname;
    request.query = Object.fromEntries(target.searchParams.entries());
    return next(args);
  };
}

/** Per attempt, before sending: unsigned requests lose their signature, warnings and debug lines. */
function beforeAttempt(request: WireRequest, settings: ClientSettings, last: Exchange): void {
  if (!settings.signRequest) {
    // --no-sign-request: the SDK signs with placeholder credentials; the signature is removed here.
    for (const name of Object.keys(request.headers)) if (SIGNATURE_HEADERS.includes(name.toLowerCase())) delete request.headers[name];
  }
  const { debug } = settings;
  if (debug && last.attemptEnded !== undefined) {
    // The SDK's retry strategy waited between the end of the last attempt and this one.
    const attempt = /attempt=(\d+)/.exec(headerValue(request.headers, 'amz-sdk-request') ?? '')?.[1] ?? '?';
    debug(`Retry: attempt ${attempt} of ${settings.retry.maxAttempts}, after a delay of ${Date.now() - last.attemptEnded} ms`);
  }
  last.response = undefined;
  if (!settings.verifySsl && settings.requestUrl.startsWith('https:')) {
    // aws-cli (urllib3) warns on every unverified HTTPS attempt.
    settings.warn(`InsecureRequestWarning: Unverified HTTPS request is being made to host '${request.hostname}'. Adding certificate verification is strongly advised.`);
  }
  if (debug) {
    const headers = Object.entries(request.headers).map(([name, value]) => `  ${name}: ${redactHeader(name, value)}`);
    debug(`Sending request: ${request.method} ${request.hostname} ${request.path}\n${headers.join('\n')}\n  body: ${bodyText(request.body)}`);
  }
}

/** Keeps the raw body: aws-cli builds error codes and messages from it, which the SDK does not expose. */
async function recordResponse(response: WireResponse, last: Exchange): Promise<void> {
  const body = await bufferBody(response.body);
  response.body = body;
  last.response = { status: response.statusCode, reason: response.reason, headers: response.headers, body: Buffer.from(body).toString('utf8') };
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

interface RetryStrategy {
  acquireInitialRetryToken(scope: string): Promise<unknown>;
  refreshRetryTokenForRetry(token: unknown, errorInfo: { error?: unknown }): Promise<unknown>;
  recordSuccess(token: unknown): void;
}

/**
 * The SDK's retry strategy decides delays and attempts; which error responses are retried follows
 * botocore, which the SDK does not: it also retries a 429 of any code, and starting an import twice
 * is not harmless. Transport errors are left to the SDK (both retry them).
 */
function retryLikeBotocore(client: GlueClient, last: Exchange): void {
  const config = client.config as unknown as { retryStrategy: () => Promise<RetryStrategy> };
  const base = config.retryStrategy;
  config.retryStrategy = async () => {
    const strategy = await base();
    return {
      acquireInitialRetryToken: (scope) => strategy.acquireInitialRetryToken(scope),
      refreshRetryTokenForRetry: async (token, errorInfo) => {
        const response = last.response;
        if (response && response.status >= 300 && !isRetryableServiceError(response)) throw errorInfo.error;
        return strategy.refreshRetryTokenForRetry(token, errorInfo);
      },
      recordSuccess: (token) => strategy.recordSuccess(token),
    };
  };
}
