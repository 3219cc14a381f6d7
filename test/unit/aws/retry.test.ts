import { describe, expect, test } from 'vitest';
import type { Exchange } from '../../../src/aws/plugins.js';
import { BotocoreRetryStrategy, type CallState } from '../../../src/aws/retry.js';

const response = (status: number, type: string) => ({
  status,
  reason: undefined,
  headers: {},
  body: JSON.stringify({ __type: type, Message: 'm' }),
});

const CALL: CallState = {
  idempotent: false,
  responseBegan: () => false,
  requestSent: () => false,
  reconcile: async () => false,
};

async function retried(exchange: Exchange, call: CallState = CALL): Promise<boolean> {
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
    expect(await retried({}, { ...CALL, responseBegan: () => true })).toBe(false);
    expect(await retried({}, { ...CALL, idempotent: true, responseBegan: () => true })).toBe(true);
  });

  describe('a start whose outcome is unknown is checked before it is sent again', () => {
    const checking = (found: boolean) => {
      const asked: string[] = [];
      const call: CallState = {
        ...CALL,
        requestSent: () => true,
        reconcile: async () => {
          asked.push('reconcile');
          return found;
        },
      };
      return { asked, call };
    };

    test('no answer after the request went out: found → no retry; not found → retried', async () => {
      const adopted = checking(true);
      expect(await retried({}, adopted.call)).toBe(false);
      expect(adopted.asked).toEqual(['reconcile']);
      const missing = checking(false);
      expect(await retried({}, missing.call)).toBe(true);
      expect(missing.asked).toEqual(['reconcile']);
    });

    test('a 5xx without a service error body is unknown; one with it is definite and retried unchecked', async () => {
      const bare = checking(true);
      expect(
        await retried({ response: { status: 502, reason: undefined, headers: {}, body: '<html>' } }, bare.call),
      ).toBe(false);
      expect(bare.asked).toEqual(['reconcile']);
      const definite = checking(true);
      expect(await retried({ response: response(500, 'InternalServiceException') }, definite.call)).toBe(true);
      expect(definite.asked).toEqual([]);
    });

    test('never connected: nothing reached the service, retried unchecked; a read is never checked', async () => {
      const refused = checking(true);
      expect(await retried({}, { ...refused.call, requestSent: () => false })).toBe(true);
      expect(refused.asked).toEqual([]);
      const read = checking(true);
      expect(await retried({}, { ...read.call, idempotent: true })).toBe(true);
      expect(read.asked).toEqual([]);
    });
  });

  test('the mode follows the settings', () => {
    expect(new BotocoreRetryStrategy({ mode: 'adaptive', maxAttempts: 2 }, {}, () => CALL).mode).toBe('adaptive');
    expect(new BotocoreRetryStrategy({ mode: 'standard', maxAttempts: 2 }, {}, () => CALL).mode).toBe('standard');
  });
});
