import { AdaptiveRetryStrategy, StandardRetryStrategy } from '@smithy/core/retry';
import type { Exchange } from './plugins.js';
import { hasServiceErrorBody, isRetryableServiceError } from './service-error.js';
import type { RawResponse } from './types.js';

type Strategy = StandardRetryStrategy | AdaptiveRetryStrategy;
type Token = Parameters<StandardRetryStrategy['recordSuccess']>[0];
type ErrorInfo = Parameters<StandardRetryStrategy['refreshRetryTokenForRetry']>[1];

/** What the retry rule needs to know of the call in flight. */
export interface CallState {
  /** The operation can be sent again without effect (a read); a start cannot. */
  readonly idempotent: boolean;
  /** The call is the check made by reconcile(): one attempt, so that a dead server costs one timeout. */
  readonly checking?: boolean;
  /** A response began to arrive on the last attempt, whether or not it completed. */
  responseBegan(): boolean;
  /** The last attempt's socket connected: the request may have reached the server. */
  requestSent(): boolean;
  /**
   * For a call that is not idempotent whose last attempt's outcome is unknown: asks the service
   * whether it took effect. True when it did (the session adopts the result and no attempt follows).
   */
  reconcile(): Promise<boolean>;
}

/**
 * The SDK's retry strategy (standard or adaptive) decides delays and attempts; which error responses
 * are retried follows botocore, which the SDK does not: it also retries a 429 of any code, and
 * starting an import twice is not harmless. A transport error is retried (as both do) unless the
 * operation is not idempotent and its response had begun — the server had the request, so a
 * second send would start the import again (the SDK retried "socket hang up" after `200 OK`).
 * Passed to the client as its `retryStrategy`.
 */
export class BotocoreRetryStrategy {
  readonly mode: string;
  private readonly base: Strategy;

  constructor(
    retry: { readonly mode: 'standard' | 'adaptive'; readonly maxAttempts: number },
    private readonly exchange: Exchange,
    private readonly call: () => CallState,
  ) {
    this.base =
      retry.mode === 'adaptive'
        ? new AdaptiveRetryStrategy(async () => retry.maxAttempts)
        : new StandardRetryStrategy({ maxAttempts: retry.maxAttempts });
    this.mode = this.base.mode;
  }

  acquireInitialRetryToken(scope: string): Promise<Token> {
    return this.base.acquireInitialRetryToken(scope) as Promise<Token>;
  }

  async refreshRetryTokenForRetry(token: Token, errorInfo: ErrorInfo): Promise<Token> {
    const response = this.exchange.response;
    if (response && response.status >= 300 && !isRetryableServiceError(response)) throw errorInfo.error;
    const call = this.call();
    if (call.checking) throw errorInfo.error;
    // Read before reconcile(), whose own request moves the agents' view to its socket.
    const began = call.responseBegan();
    if (!call.idempotent && outcomeUnknown(response, call) && (await call.reconcile())) throw errorInfo.error;
    if (!response && !call.idempotent && began) throw errorInfo.error;
    return (await this.base.refreshRetryTokenForRetry(token, errorInfo)) as Token;
  }

  recordSuccess(token: Token): void {
    this.base.recordSuccess(token);
  }
}

/**
 * Whether the last attempt may have taken effect without our knowing: no complete response although
 * the request may have been written (a read timeout, a connection lost), or a 5xx that carries no
 * service error body (a proxy's or a load balancer's answer, not Glue's).
 */
function outcomeUnknown(response: RawResponse | undefined, call: CallState): boolean {
  if (response === undefined) return call.requestSent();
  return response.status >= 500 && !hasServiceErrorBody(response);
}
