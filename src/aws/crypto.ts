/**
 * node:crypto as the SDK in the sender sees it (scripts/build.mjs resolves its imports here), so that a
 * call loads no node:crypto: `getRandomValues` (the SDK's request ids, amz-sdk-invocation-id) from the
 * kernel's generator (/dev/urandom) where there is one — elsewhere (Windows), or if the device cannot
 * be read, node:crypto's; `createHash` and `createHmac`, which modules a call does not use import, are
 * node:crypto's own, loaded on first use.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const nodeCrypto = (): typeof import('node:crypto') =>
  process.getBuiltinModule('node:crypto') as typeof import('node:crypto');

export const createHash: typeof import('node:crypto').createHash = (...args) => nodeCrypto().createHash(...args);
export const createHmac: typeof import('node:crypto').createHmac = (...args) => nodeCrypto().createHmac(...args);

/** Fills `array` with random bytes; returns it. */
export function getRandomValues<T extends ArrayBufferView>(array: T): T {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  try {
    const fd = openSync('/dev/urandom', 'r');
    try {
      let filled = 0;
      while (filled < bytes.length) {
        const read = readSync(fd, bytes, filled, bytes.length - filled, null);
        if (read === 0) throw new Error('/dev/urandom ended');
        filled += read;
      }
    } finally {
      closeSync(fd);
    }
    return array;
  } catch {
    return nodeCrypto().getRandomValues(array);
  }
}
