/**
 * A short fingerprint of a few bytes: the code cache's file name for its key (src/code-cache.ts), and
 * the key of a bundle loaded without a build-time hash (tests). FNV-1a, 32 bits, as 4 big-endian bytes.
 *
 * It is no integrity check: the cache file holds its data twice and is used only when both copies are
 * the same (src/code-cache.ts). A checksum by a native library would load it — node:zlib's CRC-32
 * pulls in node:stream, about 5 ms, an eighth of `node -e 0`, on commands that send nothing (help,
 * skeletons, usage errors: budget 1.5 × `node -e 0`); node:crypto costs more — and a JavaScript
 * checksum of the 560 KB sender cache takes 5–6 ms before V8 optimises its loop.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32 bits) of `data`, as 4 big-endian bytes. */
export function fingerprint(data: Uint8Array): Buffer {
  let hash = FNV_OFFSET;
  for (const byte of data) hash = Math.imul(hash ^ byte, FNV_PRIME);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(hash >>> 0);
  return sum;
}
