import { beforeEach, describe, expect, test, vi } from 'vitest';

// Where /dev/urandom cannot be opened (Windows, a sandbox without /dev): node:crypto's getRandomValues.
vi.mock('node:fs', async (original) => ({
  ...(await original<typeof import('node:fs')>()),
  openSync: () => {
    throw Object.assign(new Error("ENOENT: no such file or directory, open '/dev/urandom'"), { code: 'ENOENT' });
  },
}));

describe('getRandomValues without /dev/urandom', () => {
  beforeEach(() => vi.restoreAllMocks());

  test('asks node:crypto, and still fills the whole view', async () => {
    const { getRandomValues } = await import('../../../src/aws/crypto.js');
    const loads = vi.spyOn(process, 'getBuiltinModule');
    const backing = new Uint8Array(48);
    const view = new Uint8Array(backing.buffer, 8, 32);
    expect(getRandomValues(view)).toBe(view);
    expect(loads).toHaveBeenCalledWith('node:crypto');
    expect(view.some((byte) => byte !== 0)).toBe(true);
    expect(backing.subarray(0, 8).every((byte) => byte === 0)).toBe(true);
    expect(backing.subarray(40).every((byte) => byte === 0)).toBe(true);
  });
});
