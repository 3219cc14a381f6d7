import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checksum } from '../../src/checksum.js';

/** The same sum in BigInt arithmetic: FNV-1a 64 over little-endian 8-byte words (zero-padded), then the length. */
function reference(data: Uint8Array): Buffer {
  const PRIME = 0x100000001b3n;
  const padded = Buffer.alloc(Math.ceil(data.length / 8) * 8);
  padded.set(data);
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < padded.length; i += 8) h = BigInt.asUintN(64, (h ^ padded.readBigUInt64LE(i)) * PRIME);
  h = BigInt.asUintN(64, (h ^ BigInt(data.length)) * PRIME);
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(h);
  return out;
}

describe('checksum (the code cache’s, by WebAssembly)', () => {
  test('is FNV-1a 64 over 8-byte words, then the length, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
        expect(checksum(data)?.toString('hex')).toBe(reference(data).toString('hex'));
      }),
      { numRuns: 500 },
    );
  });

  test('known values: the empty input, and bytes at an odd offset of a larger buffer', () => {
    expect(checksum(new Uint8Array(0))?.toString('hex')).toBe(reference(new Uint8Array(0)).toString('hex'));
    const big = Buffer.from('0123456789abcdefghij');
    const view = big.subarray(3, 14);
    expect(checksum(view)?.equals(reference(Buffer.from('3456789abcd')))).toBe(true);
  });

  test('inputs larger than the module’s first page, then a smaller one (memory left over is not summed)', () => {
    const large = Buffer.alloc(300_000, 7);
    large[299_999] = 1;
    expect(checksum(large)?.equals(reference(large))).toBe(true);
    const small = Buffer.from('abc');
    expect(checksum(small)?.equals(reference(small))).toBe(true);
  });

  test('a single changed byte anywhere, or trailing zero bytes, change the sum', () => {
    const data = Buffer.alloc(1000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff;
    const sum = checksum(data)?.toString('hex');
    for (let i = 0; i < data.length; i += 37) {
      const bad = Buffer.from(data);
      bad[i] = (bad[i] as number) ^ 1;
      expect(checksum(bad)?.toString('hex')).not.toBe(sum);
    }
    expect(checksum(Buffer.concat([data, Buffer.alloc(1)]))?.toString('hex')).not.toBe(sum);
  });
});
