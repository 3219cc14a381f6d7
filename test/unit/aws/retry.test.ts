import { describe, expect, test } from 'vitest';
import type { Exchange } from '../../../src/aws/plugins.js';
import { BotocoreRetryStrategy } from '../../../src/aws/retry.js';

const response = (status: number, type: string) => ({
  status,
  reason: undefined,
  headers: {},
  body: JSON.stringify({ __type: type, Message: 'm' }),
});

async function retried(exchange: Exchange, call = { idempotent: false, responseBegan: () => false }): Promise<boolean> {
  const strategy = new BotocoreRetryStrategy({ mode: 'standard', maxAttempts: 3 }, exchange, () => call);
  const token = await strategy.acquireInitialRetryToken('glue');
  const error = Object.assign(new Error('e'), { $metadata: {} });
  try {
    await strategy.refreshRetryTokenForRetry(token, { error, errorType: 'TRANSIENT' } as never);
    return true;
  } catch (thrown) {
    expect(thrown).toBe(error);
    return false;
  }
}

describe('BotocoreRetryStrategy', () => {
  test.each([
    [500, 'InternalServiceException', true],
    [400, 'ThrottlingException', true],
    [429, 'ConcurrentModificationException', false],
    [400, 'EntityNotFoundException', false],
  ])('HTTP %d %s retried: %s', async (status, type, want) => {
    expect(await retried({ response: response(status, type) })).toBe(want);
  });

  test('a transport error before any response byte is retried, as the SDK and botocore do', async () => {
    expect(await retried({})).toBe(true);
  });

  test('a start whose response had begun is never sent again; a read is', async () => {
    expect(await retried({}, { idempotent: false, responseBegan: () => true })).toBe(false);
    expect(await retried({}, { idempotent: true, responseBegan: () => true })).toBe(true);
  });

  test('the mode follows the settings', () => {
    expect(
      new BotocoreRetryStrategy({ mode: 'adaptive', maxAttempts: 2 }, {}, () => ({
        idempotent: true,
        responseBegan: () => false,
      })).mode,
    ).toBe('adaptive');
    expect(
      new BotocoreRetryStrategy({ mode: 'standard', maxAttempts: 2 }, {}, () => ({
        idempotent: true,
        responseBegan: () => false,
      })).mode,
    ).toBe('standard');
  });
});
