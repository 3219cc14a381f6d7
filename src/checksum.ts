/**
 * The code cache's checksum and file-name hash (src/code-cache.ts): CRC-32 (zlib's, in Node since
 * 20.15), stored as 4 bytes. It finds a torn or corrupt file — what a CRC is made for; it is not a
 * security boundary (nor was the SHA-256 it replaced: whoever can write the user's 0700 cache folder
 * can write a matching sum too, or the user's shell start-up files).
 *
 * Why not node:crypto's SHA-256: loading node:crypto costs 2–3 ms, a tenth of `node -e 0`, on commands
 * that send nothing (help, skeletons, usage errors), whose budget is 1.5 × `node -e 0`; node:zlib is
 * smaller (under a millisecond once the standard streams are loaded, which every command does). A
 * checksum by WebAssembly was tried: no faster, and about 4 MiB more peak RSS on a call (V8's wasm engine).
 */
import { crc32 } from 'node:zlib';

/** The checksum of `data`: 4 bytes, big-endian. */
export function checksum(data: Uint8Array): Buffer {
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(data));
  return sum;
}
