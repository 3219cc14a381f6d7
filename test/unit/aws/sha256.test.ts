import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { hmacSha256, NATIVE_AFTER, Sha256, sha256 } from '../../../src/aws/sha256.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const native = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
const nativeHmac = (key: Uint8Array, data: Uint8Array): string => createHmac('sha256', key).update(data).digest('hex');

describe('sha256', () => {
  test('the FIPS 180-4 examples', () => {
    expect(hex(sha256(Buffer.from('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(Buffer.from('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(Buffer.from('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  test('every length around the block and padding edges, as node:crypto', () => {
    for (let length = 0; length <= 200; length++) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 7 + length) & 0xff);
      expect(hex(sha256(data))).toBe(native(data));
    }
  });

  test('any bytes, as node:crypto', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => {
        expect(hex(sha256(data))).toBe(native(data));
      }),
      { numRuns: 300 },
    );
  });
});

describe('hmacSha256', () => {
  test('RFC 4231 test case 2', () => {
    expect(hex(hmacSha256(Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  test('keys shorter than, as long as and longer than a block, as node:crypto', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 150 }), fc.uint8Array({ maxLength: 300 }), (key, data) => {
        expect(hex(hmacSha256(key, data))).toBe(nativeHmac(key, data));
      }),
      { numRuns: 300 },
    );
    for (const length of [63, 64, 65]) {
      const key = new Uint8Array(length).fill(0xaa);
      expect(hex(hmacSha256(key, Buffer.from('x')))).toBe(nativeHmac(key, Buffer.from('x')));
    }
  });
});

describe('Sha256 (the SDK’s hash interface)', () => {
  test('pieces of any kind (string, buffer, view, ArrayBuffer) hash as their concatenation', async () => {
    const hash = new Sha256();
    hash.update('héllo ');
    hash.update(Buffer.from('wörld'));
    hash.update(new Uint16Array([0x4142, 0x4344]));
    hash.update(new Uint8Array([1, 2, 3]).buffer);
    const all = Buffer.concat([
      Buffer.from('héllo wörld'),
      Buffer.from(new Uint16Array([0x4142, 0x4344]).buffer),
      Buffer.from([1, 2, 3]),
    ]);
    expect(hex(await hash.digest())).toBe(native(all));
  });

  test('an HMAC with a string or byte secret, as node:crypto; it is finished after its digest', async () => {
    const secret = 'AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
    const hmac = new Sha256(secret);
    hmac.update('20150830');
    expect(hex(await hmac.digest())).toBe(nativeHmac(Buffer.from(secret), Buffer.from('20150830')));
    expect(() => hmac.update('more')).toThrow(/finished/);
    await expect(hmac.digest()).rejects.toThrow(/finished/);
    const key = Uint8Array.from({ length: 32 }, (_, i) => i);
    const byKey = new Sha256(key);
    byKey.update('us-east-1');
    expect(hex(await byKey.digest())).toBe(nativeHmac(key, Buffer.from('us-east-1')));
  });

  test('what the caller changes after update does not change the digest', async () => {
    const buffer = Buffer.from('original');
    const hash = new Sha256();
    hash.update(buffer);
    buffer.fill(0);
    expect(hex(await hash.digest())).toBe(native(Buffer.from('original')));
  });

  test('a plain hash goes on after a digest; reset starts again', async () => {
    const hash = new Sha256();
    hash.update('a');
    expect(hex(await hash.digest())).toBe(native(Buffer.from('a')));
    hash.update('b');
    expect(hex(await hash.digest())).toBe(native(Buffer.from('ab')));
    hash.reset();
    hash.update('c');
    expect(hex(await hash.digest())).toBe(native(Buffer.from('c')));
  });

  test('past NATIVE_AFTER bytes node:crypto takes over: the same digests, before and after the switch', async () => {
    const big = Uint8Array.from({ length: 3 * NATIVE_AFTER + 5 }, (_, i) => (i * 31) & 0xff);
    const loads = vi.spyOn(process, 'getBuiltinModule');
    const hash = new Sha256();
    hash.update(big.subarray(0, NATIVE_AFTER));
    await hash.digest();
    // Up to NATIVE_AFTER bytes, node:crypto is not asked for; one byte more, it is.
    expect(loads).not.toHaveBeenCalled();
    hash.update(big.subarray(NATIVE_AFTER, NATIVE_AFTER + 1));
    expect(loads).toHaveBeenCalledWith('node:crypto');
    loads.mockRestore();
    // A large input is handed on, not copied (a 10 MB body would cost 10 MB more).
    const copies = vi.spyOn(Uint8Array, 'from');
    hash.update(big.subarray(NATIVE_AFTER + 1));
    const large = new Sha256();
    large.update(big);
    expect(copies.mock.calls.filter(([source]) => (source as Uint8Array).length > NATIVE_AFTER)).toEqual([]);
    copies.mockRestore();
    expect(hex(await large.digest())).toBe(native(big));
    expect(hex(await hash.digest())).toBe(native(big));
    hash.update('tail');
    expect(hex(await hash.digest())).toBe(native(Buffer.concat([big, Buffer.from('tail')])));
    const hmac = new Sha256('key');
    hmac.update(big);
    expect(hex(await hmac.digest())).toBe(nativeHmac(Buffer.from('key'), big));
    expect(() => hmac.update('x')).toThrow(/finished/);
    hmac.reset();
    hmac.update('x');
    expect(hex(await hmac.digest())).toBe(nativeHmac(Buffer.from('key'), Buffer.from('x')));
  });
});

describe('a SigV4 signature made with it', () => {
  test('is the one the SDK makes with node:crypto, for a small body and one past NATIVE_AFTER', async () => {
    const { SignatureV4 } = await import('@smithy/signature-v4');
    const { Sha256: NativeSha256 } = await import('@smithy/core/checksum');
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
    const signer = (sha: unknown) =>
      new SignatureV4({ credentials, region: 'us-east-1', service: 'glue', sha256: sha as typeof NativeSha256 });
    for (const body of ['{"TransformId":"tfm-1","InputS3Path":"s3://b/k.csv"}', 'x'.repeat(NATIVE_AFTER * 2)]) {
      const request = {
        method: 'POST',
        protocol: 'https:',
        hostname: 'glue.us-east-1.amazonaws.com',
        path: '/',
        headers: {
          host: 'glue.us-east-1.amazonaws.com',
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AWSGlue.StartImportLabelsTaskRun',
        },
        body,
      };
      const signingDate = new Date('2026-12-07T12:00:00Z');
      const ours = await signer(Sha256).sign(structuredClone(request), { signingDate });
      const sdk = await signer(NativeSha256).sign(structuredClone(request), { signingDate });
      expect(ours.headers['authorization']).toMatch(/Signature=[0-9a-f]{64}$/);
      expect(ours.headers).toEqual(sdk.headers);
    }
  });
});
