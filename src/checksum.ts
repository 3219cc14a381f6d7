/**
 * The code cache's checksum and file-name hash (src/code-cache.ts): 64-bit FNV-1a over the bytes read
 * as little-endian 8-byte words (the last one padded with zeros), then over the length. It detects a
 * corrupt or torn file; it is not a security boundary (nor was the SHA-256 it replaces: whoever can
 * write the user's 0700 cache folder can write a matching sum too). Every change of a single word
 * changes it (each step is a bijection of the running sum), and a different length does.
 *
 * Why not node:crypto: loading it costs about 3 ms, a tenth of `node -e 0`, on commands that send
 * nothing (help, skeletons, usage errors — whose budget is 1.5 × `node -e 0`). The sum is computed by
 * the WebAssembly module below (100 bytes, compiled in well under a millisecond), because the same loop
 * in JavaScript runs in V8's interpreter on a short-lived process: about 4 ms for the CLI's cache.
 */

/**
 * The module, by hand (tests compare it with a BigInt implementation of the same sum):
 *
 *   (module
 *     (memory (export "m") 1)
 *     (func (export "s") (param $n i32) (result i64)   ;; bytes [0, n) of memory, zero-padded to 8
 *       (local $i i32) (local $h i64)
 *       (local.set $h (i64.const 0xcbf29ce484222325))    ;; FNV-1a 64's offset basis
 *       (block (loop
 *         (br_if 1 (i32.ge_u (local.get $i) (local.get $n)))
 *         (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load (local.get $i)))
 *                                (i64.const 0x100000001b3)))  ;; FNV 64's prime
 *         (local.set $i (i32.add (local.get $i) (i32.const 8)))
 *         (br 0)))
 *       (i64.mul (i64.xor (local.get $h) (i64.extend_i32_u (local.get $n))) (i64.const 0x100000001b3))))
 */
const OFFSET_BASIS = [0x42, 0xa5, 0xc6, 0x88, 0xa1, 0xc8, 0x9c, 0xa7, 0xf9, 0x4b]; // i64.const, signed LEB128
const PRIME = [0x42, 0xb3, 0x83, 0x80, 0x80, 0x80, 0x20]; // i64.const 0x100000001b3
const BODY = [
  ...[0x02, 0x01, 0x7f, 0x01, 0x7e], // locals: one i32 ($i = 1), one i64 ($h = 2)
  ...[...OFFSET_BASIS, 0x21, 0x02], // local.set $h
  ...[0x02, 0x40, 0x03, 0x40], // block, loop
  ...[0x20, 0x01, 0x20, 0x00, 0x4f, 0x0d, 0x01], // local.get $i, local.get $n, i32.ge_u, br_if 1
  ...[0x20, 0x02, 0x20, 0x01, 0x29, 0x03, 0x00, 0x85], // local.get $h, local.get $i, i64.load align=8, i64.xor
  ...[...PRIME, 0x7e, 0x21, 0x02], // i64.mul, local.set $h
  ...[0x20, 0x01, 0x41, 0x08, 0x6a, 0x21, 0x01], // local.get $i, i32.const 8, i32.add, local.set $i
  ...[0x0c, 0x00, 0x0b, 0x0b], // br 0, end (loop), end (block)
  ...[0x20, 0x02, 0x20, 0x00, 0xad, 0x85, ...PRIME, 0x7e], // ($h ^ u64($n)) * prime
  0x0b, // end
];
const section = (id: number, bytes: number[]): number[] => [id, bytes.length, ...bytes]; // every size < 128
const MODULE = Uint8Array.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
  ...section(1, [0x01, 0x60, 0x01, 0x7f, 0x01, 0x7e]), // types: (i32) -> i64
  ...section(3, [0x01, 0x00]), // functions: one, of type 0
  ...section(5, [0x01, 0x00, 0x01]), // memories: one, at least one page
  ...section(7, [0x02, ...[0x01, 0x6d, 0x02, 0x00], ...[0x01, 0x73, 0x00, 0x00]]), // exports: "m" memory, "s" sum
  ...section(10, [0x01, BODY.length, ...BODY]), // code
]);

/** What this file uses of WebAssembly (the project's TypeScript libraries do not declare it). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: unknown };
};

interface SumModule {
  readonly m: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  s(length: number): bigint;
}

let instance: SumModule | undefined;

/**
 * The checksum of `data`: 8 bytes, little-endian; undefined where WebAssembly is off (`node --jitless`
 * has none), and then the code cache is not used.
 */
export function checksum(data: Uint8Array): Buffer | undefined {
  if (typeof WebAssembly === 'undefined') return undefined;
  instance ??= new WebAssembly.Instance(new WebAssembly.Module(MODULE)).exports as unknown as SumModule;
  const { m } = instance;
  const pages = Math.ceil((data.length + 8) / 65536);
  if (m.buffer.byteLength < pages * 65536) m.grow(pages - m.buffer.byteLength / 65536);
  const memory = new Uint8Array(m.buffer);
  memory.set(data);
  memory.fill(0, data.length, data.length + 8);
  const sum = Buffer.alloc(8);
  sum.writeBigUInt64LE(BigInt.asUintN(64, instance.s(data.length)));
  return sum;
}
