import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { bufferBody, headerValue, ResponseTooLarge } from '../../../src/aws/http-body.js';

describe('bufferBody', () => {
  test('no body is empty; bytes and text are taken as they are', async () => {
    expect(await bufferBody(undefined)).toEqual(new Uint8Array());
    expect(await bufferBody(null)).toEqual(new Uint8Array());
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await bufferBody(bytes)).toBe(bytes);
    expect(Buffer.from(await bufferBody('{"a":1}')).toString()).toBe('{"a":1}');
  });

  test('a stream is read whole, up to the limit; past it the read stops with ERESPONSETOOLARGE', async () => {
    const stream = () => Readable.from([Buffer.from('abc'), Buffer.from('def')]);
    expect(Buffer.from(await bufferBody(stream(), 6)).toString()).toBe('abcdef');
    const error = await bufferBody(stream(), 5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLarge);
    expect(error).toMatchObject({
      name: 'ResponseTooLarge',
      code: 'ERESPONSETOOLARGE',
      message: 'larger than 5 bytes',
    });
  });
});

describe('headerValue', () => {
  test('whatever the case of its name; undefined when absent', () => {
    expect(headerValue({ 'X-Amzn-RequestId': 'r1' }, 'x-amzn-requestid')).toBe('r1');
    expect(headerValue({ other: 'x' }, 'x-amzn-requestid')).toBeUndefined();
  });
});
