/**
 * SHA-256 and HMAC-SHA-256 for the SDK's signer (its `sha256`), in JavaScript for the few hundred bytes
 * a request signs: a call then loads no node:crypto (about 3 ms) and does not start OpenSSL's digests
 * (about 1.5 ms on first use). An input past NATIVE_AFTER bytes (a large --cli-input-json body) is
 * handed to node:crypto, which is faster per byte. The sender's build puts this class where the SDK's
 * own (`Sha256Node`) would be (scripts/build.mjs).
 *
 * The rounds are written eight to a loop step: besides being quicker to interpret, a step that long
 * keeps the function below V8's threshold for optimising it during a call (an optimised hash cost
 * 3.6 MiB of peak RSS in a background compile, for nothing: a call hashes about thirty blocks).
 */

type SourceData = string | ArrayBuffer | ArrayBufferView;
type NativeHash = { update(data: Uint8Array): unknown; digest(): Buffer; copy?(): NativeHash };

/** Inputs longer than this go to node:crypto. */
export const NATIVE_AFTER = 4096;
const BLOCK = 64;

// biome-ignore format: the table of round constants reads best eight to a line.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** SHA-256 of `data` (FIPS 180-4). */
export function sha256(data: Uint8Array): Uint8Array {
  // The message, its 0x80 byte, zeros, and its length in bits (64 bits, big-endian), in whole blocks.
  const length = Math.ceil((data.length + 9) / BLOCK) * BLOCK;
  const message = new Uint8Array(length);
  message.set(data);
  message[data.length] = 0x80;
  const view = new DataView(message.buffer);
  view.setUint32(length - 8, Math.floor(data.length / 0x20000000));
  view.setUint32(length - 4, (data.length * 8) >>> 0);
  const state = Int32Array.from(INITIAL);
  const w = new Int32Array(64);
  for (let at = 0; at < length; at += BLOCK) compress(state, w, view, at);
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  for (let i = 0; i < 8; i++) out.setInt32(i * 4, state[i] as number);
  return digest;
}

/** One block of the message at `at` into `state`. */
function compress(state: Int32Array, w: Int32Array, view: DataView, at: number): void {
  for (let i = 0; i < 16; i++) w[i] = view.getInt32(at + i * 4);
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] as number;
    const y = w[i - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  // Each round: t1 = h + Σ1(e) + Ch(e, f, g) + K[i] + W[i]; d += t1; h = t1 + Σ0(a) + Maj(a, b, c); then
  // the eight words move one place (here: the names do, round by round). The rotations are written out:
  // a function for them would be a call each in the interpreter, and V8 optimises small hot functions.
  let s: number;
  let t: number;
  for (let i = 0; i < 64; i += 8) {
    s = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    t = (h + s + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number)) | 0;
    d = (d + t) | 0;
    s = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    h = (t + s + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    s = ((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7));
    t = (g + s + ((d & e) ^ (~d & f)) + (K[i + 1] as number) + (w[i + 1] as number)) | 0;
    c = (c + t) | 0;
    s = ((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10));
    g = (t + s + ((h & a) ^ (h & b) ^ (a & b))) | 0;
    s = ((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7));
    t = (f + s + ((c & d) ^ (~c & e)) + (K[i + 2] as number) + (w[i + 2] as number)) | 0;
    b = (b + t) | 0;
    s = ((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10));
    f = (t + s + ((g & h) ^ (g & a) ^ (h & a))) | 0;
    s = ((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7));
    t = (e + s + ((b & c) ^ (~b & d)) + (K[i + 3] as number) + (w[i + 3] as number)) | 0;
    a = (a + t) | 0;
    s = ((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10));
    e = (t + s + ((f & g) ^ (f & h) ^ (g & h))) | 0;
    s = ((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7));
    t = (d + s + ((a & b) ^ (~a & c)) + (K[i + 4] as number) + (w[i + 4] as number)) | 0;
    h = (h + t) | 0;
    s = ((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10));
    d = (t + s + ((e & f) ^ (e & g) ^ (f & g))) | 0;
    s = ((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7));
    t = (c + s + ((h & a) ^ (~h & b)) + (K[i + 5] as number) + (w[i + 5] as number)) | 0;
    g = (g + t) | 0;
    s = ((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10));
    c = (t + s + ((d & e) ^ (d & f) ^ (e & f))) | 0;
    s = ((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7));
    t = (b + s + ((g & h) ^ (~g & a)) + (K[i + 6] as number) + (w[i + 6] as number)) | 0;
    f = (f + t) | 0;
    s = ((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10));
    b = (t + s + ((c & d) ^ (c & e) ^ (d & e))) | 0;
    s = ((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7));
    t = (a + s + ((f & g) ^ (~f & h)) + (K[i + 7] as number) + (w[i + 7] as number)) | 0;
    e = (e + t) | 0;
    s = ((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10));
    a = (t + s + ((b & c) ^ (b & d) ^ (c & d))) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
}

/** HMAC-SHA-256 (RFC 2104) of `data` under `key`. */
export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  const block = new Uint8Array(BLOCK);
  block.set(key.length > BLOCK ? sha256(key) : key);
  const inner = new Uint8Array(BLOCK + data.length);
  const outer = new Uint8Array(BLOCK + 32);
  for (let i = 0; i < BLOCK; i++) {
    inner[i] = (block[i] as number) ^ 0x36;
    outer[i] = (block[i] as number) ^ 0x5c;
  }
  inner.set(data, BLOCK);
  outer.set(sha256(inner), BLOCK);
  return sha256(outer);
}

function toBytes(data: SourceData): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/**
 * The SDK's hash interface (a Checksum: update, digest, reset), SHA-256, or HMAC-SHA-256 when given a
 * secret. Short inputs are kept and hashed here at `digest`; past NATIVE_AFTER bytes, node:crypto
 * takes what was kept and everything after.
 */
export class Sha256 {
  readonly digestLength = 32;
  private readonly key: Uint8Array | undefined;
  private kept: Uint8Array[] = [];
  private length = 0;
  private native: NativeHash | undefined;
  private finished = false;

  constructor(secret?: SourceData) {
    this.key = secret === undefined ? undefined : Uint8Array.from(toBytes(secret));
  }

  update(data: SourceData): void {
    if (this.finished) throw new Error('Attempted to update an already finished HMAC.');
    const bytes = toBytes(data);
    if (this.native !== undefined) {
      this.native.update(bytes);
      return;
    }
    this.length += bytes.length;
    if (this.length <= NATIVE_AFTER) {
      // A copy: the caller may reuse its buffer before the digest.
      this.kept.push(Uint8Array.from(bytes));
      return;
    }
    // No copy of a large input (a 10 MB body would be one more 10 MB): node:crypto hashes it now.
    const crypto = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
    const native: NativeHash = this.key ? crypto.createHmac('sha256', this.key) : crypto.createHash('sha256');
    for (const chunk of this.kept) native.update(chunk);
    native.update(bytes);
    this.kept = [];
    this.native = native;
  }

  async digest(): Promise<Uint8Array> {
    return this.digestSync();
  }

  /** The digest; a plain hash may go on taking input after it (as the SDK's own), an HMAC may not. */
  digestSync(): Uint8Array {
    if (this.finished) throw new Error('Attempted to digest an already finished HMAC.');
    if (this.key) this.finished = true;
    if (this.native !== undefined) {
      const digest = this.key ? this.native.digest() : (this.native.copy?.() ?? this.native).digest();
      return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
    }
    const data = this.kept.length === 1 ? (this.kept[0] as Uint8Array) : Buffer.concat(this.kept);
    return this.key ? hmacSha256(this.key, data) : sha256(data);
  }

  reset(): void {
    this.kept = [];
    this.length = 0;
    this.native = undefined;
    this.finished = false;
  }
}
