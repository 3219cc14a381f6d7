import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fingerprint } from '../../src/checksum.js';

/** FNV-1a, 32 bits, with BigInt arithmetic (no Math.imul): the published definition. */
function reference(data: Uint8Array): number {
  let hash = 0x811c9dc5n;
  for (const byte of data) hash = ((hash ^ BigInt(byte)) * 0x01000193n) % 2n ** 32n;
  return Number(hash);
}

describe('fingerprint (the code cache’s file names)', () => {
  test('is FNV-1a (32 bits) of the bytes, as 4 big-endian bytes', () => {
    // The published test vectors.
    expect(fingerprint(Buffer.from('')).toString('hex')).toBe('811c9dc5');
    expect(fingerprint(Buffer.from('a')).toString('hex')).toBe('e40c292c');
    expect(fingerprint(Buffer.from('foobar')).toString('hex')).toBe('bf9cf968');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        expect(fingerprint(data).readUInt32BE()).toBe(reference(data));
      }),
      { numRuns: 300 },
    );
  });

  test('keys that differ in one byte, or by a trailing zero byte, get other names', () => {
    const key = Buffer.from('0123abcd\0v20.20.2\0x64\0\0');
    const name = fingerprint(key).toString('hex');
    for (let i = 0; i < key.length; i++) {
      const other = Buffer.from(key);
      other[i] = (other[i] as number) ^ 0x01;
      expect(fingerprint(other).toString('hex')).not.toBe(name);
    }
    expect(fingerprint(Buffer.concat([key, Buffer.alloc(1)])).toString('hex')).not.toBe(name);
  });
});
