import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checksum } from '../../src/checksum.js';

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), bit by bit. */
function reference(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('checksum (the code cache’s)', () => {
  test('is CRC-32 of the bytes, as 4 big-endian bytes', () => {
    // The standard check value: CRC-32 of "123456789".
    expect(checksum(Buffer.from('123456789')).toString('hex')).toBe('cbf43926');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        expect(checksum(data).readUInt32BE()).toBe(reference(data));
      }),
      { numRuns: 300 },
    );
  });

  test('a single changed bit anywhere, or a trailing zero byte, changes the sum', () => {
    const data = Buffer.alloc(1000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff;
    const sum = checksum(data).toString('hex');
    for (let i = 0; i < data.length; i += 37) {
      const bad = Buffer.from(data);
      bad[i] = (bad[i] as number) ^ 0x10;
      expect(checksum(bad).toString('hex')).not.toBe(sum);
    }
    expect(checksum(Buffer.concat([data, Buffer.alloc(1)])).toString('hex')).not.toBe(sum);
  });
});
