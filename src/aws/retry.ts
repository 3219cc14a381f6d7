import { AdaptiveRetryStrategy, StandardRetryStrategy } from '@smithy/core/retry';
import type { Exchange } from './plugins.js';
import { isRetryableServiceError } from './service-error.js';

type Strategy = StandardRetryStrategy | AdaptiveRetryStrategy;
type Token = Parameters<StandardRetryStrategy['recordSuccess']>[0];
type ErrorInfo = Parameters<StandardRetryStrategy['refreshRetryTokenForRetry']>[1];

/** What the retry rule needs to know of the call in flight. */
export interface CallState {
  /** The operation can be sent again without effect (a read); a start cannot. */
  readonly idempotent: boolean;
  /** A response began to arrive on the last attempt, whether or not it completed. */
  responseBegan(): boolean;
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
    if (!response && !call.idempotent && call.responseBegan()) throw errorInfo.error;
    return (await this.base.refreshRetryTokenForRetry(token, errorInfo)) as Token;
  }

  recordSuccess(token: Token): void {
    this.base.recordSuccess(token);
  }
}
