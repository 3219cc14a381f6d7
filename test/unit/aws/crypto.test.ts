import { createHash as realCreateHash, createHmac as realCreateHmac } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { createHash, createHmac, getRandomValues } from '../../../src/aws/crypto.js';

describe('node:crypto as the sender sees it', () => {
  test('getRandomValues fills the whole view (offset and all) and returns it', () => {
    const backing = new Uint8Array(64);
    const view = new Uint8Array(backing.buffer, 8, 32);
    expect(getRandomValues(view)).toBe(view);
    // 32 random bytes: all zero with probability 2^-256.
    expect(view.some((byte) => byte !== 0)).toBe(true);
    expect(backing.subarray(0, 8).every((byte) => byte === 0)).toBe(true);
    expect(backing.subarray(40).every((byte) => byte === 0)).toBe(true);
    const words = new Uint32Array(4);
    getRandomValues(words);
    expect(words.some((word) => word !== 0)).toBe(true);
  });

  test('two fills differ (a source, not a constant)', () => {
    const a = getRandomValues(new Uint8Array(16));
    const b = getRandomValues(new Uint8Array(16));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  test('on this system the bytes come from /dev/urandom: node:crypto is not asked, no descriptor is left open', () => {
    const loads = vi.spyOn(process, 'getBuiltinModule');
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 50; i++) getRandomValues(new Uint8Array(16 + i));
    expect(open()).toBe(before);
    expect(loads).not.toHaveBeenCalled();
    loads.mockRestore();
  });

  test('createHash and createHmac are node:crypto’s', () => {
    expect(createHash('md5').update('x').digest('hex')).toBe(realCreateHash('md5').update('x').digest('hex'));
    expect(createHmac('sha1', 'k').update('x').digest('hex')).toBe(
      realCreateHmac('sha1', 'k').update('x').digest('hex'),
    );
  });
});
