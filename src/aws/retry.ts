import { AdaptiveRetryStrategy, StandardRetryStrategy } from '@smithy/core/retry';
import type { Exchange } from './plugins.js';
import { isRetryableServiceError } from './service-error.js';

type Strategy = StandardRetryStrategy | AdaptiveRetryStrategy;
type Token = Parameters<StandardRetryStrategy['recordSuccess']>[0];
type ErrorInfo = Parameters<StandardRetryStrategy['refreshRetryTokenForRetry']>[1];

/**
 * The SDK's retry strategy (standard or adaptive) decides delays and attempts; which error responses
 * are retried follows botocore, which the SDK does not: it also retries a 429 of any code, and
 * starting an import twice is not harmless. Transport errors are left to the SDK (both retry them).
 * Passed to the client as its `retryStrategy`.
 */
export class BotocoreRetryStrategy {
  readonly mode: string;
  private readonly base: Strategy;

  constructor(
    retry: { readonly mode: 'standard' | 'adaptive'; readonly maxAttempts: number },
    private readonly exchange: Exchange,
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
    return (await this.base.refreshRetryTokenForRetry(token, errorInfo)) as Token;
  }

  recordSuccess(token: Token): void {
    this.base.recordSuccess(token);
  }
}
