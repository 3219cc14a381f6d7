import type { Readable } from 'node:stream';

/** The most of a response body that is read (Glue's answers are a few kB): an endless body ends here. */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** A response body over MAX_RESPONSE_BYTES. */
export class ResponseTooLarge extends Error {
  override readonly name = 'ResponseTooLarge';
  readonly code = 'ERESPONSETOOLARGE';
}

/** Reads an HTTP response body (a Node stream, or bytes already) into memory, at most MAX_RESPONSE_BYTES. */
export async function bufferBody(body: unknown, maxBytes = MAX_RESPONSE_BYTES): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return Buffer.from(body);
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = body as Readable;
  for await (const chunk of stream) {
    total += (chunk as Uint8Array).length;
    if (total > maxBytes) {
      stream.destroy();
      throw new ResponseTooLarge(`larger than ${maxBytes} bytes`);
    }
    chunks.push(Buffer.from(chunk as Uint8Array));
  }
  return Buffer.concat(chunks);
}

/** A header's value, whatever the case of its name. */
export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}
