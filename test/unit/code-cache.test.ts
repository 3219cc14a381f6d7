import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBundle, SEED_FOLDER } from '../../src/code-cache.js';

function bundle(body: string, name = 'b.cjs'): string {
  const dir = mkdtempSync(join(tmpdir(), 'gil-bundle-'));
  const path = join(dir, name);
  writeFileSync(path, `exports.answer = function answer(x) { return ${body}; };\nexports.dir = __dirname;\n`);
  return path;
}

/** Loads the bundle, runs it once and writes its cache: the cache a later load finds. */
function warmCache(path: string, cache: string, hash?: string): void {
  const first = loadBundle<{ answer(x: number): number }>(path, cache, hash);
  first.exports.answer(1);
  first.saveCache();
}

const folder = () => join(mkdtempSync(join(tmpdir(), 'gil-cache-')), 'nested', 'glue-import-labels');

/** Where a cache file's data starts, and its length: MAGIC (8), the key's length (4), the key, the data's length (4). */
function layout(file: Buffer): { dataAt: number; length: number } {
  const dataAt = 8 + 4 + file.readUInt32BE(8) + 4;
  return { dataAt, length: file.readUInt32BE(dataAt - 4) };
}

/** Each of `damaged` in place of the cache `file` is refused (the bundle compiles and runs); `good` is used again. */
function expectRefused(path: string, cache: string, file: string, good: Buffer, damaged: Buffer[], answer: number) {
  for (const bytes of damaged) {
    writeFileSync(file, bytes);
    const loaded = loadBundle<{ answer(x: number): number }>(path, cache);
    expect(loaded.fromCache).toBe(false);
    expect(loaded.exports.answer(1)).toBe(answer);
  }
  writeFileSync(file, good);
  expect(loadBundle(path, cache).fromCache).toBe(true);
}

/** A bundle whose cache, made in a folder of its own, also lies in the seed folder beside it (as `seedBytes`). */
function seeded(body: string, seedBytes = (good: Buffer) => good) {
  const path = bundle(body);
  const built = folder();
  warmCache(path, built);
  const name = readdirSync(built)[0] as string;
  const good = readFileSync(join(built, name));
  const seed = join(dirname(path), SEED_FOLDER);
  mkdirSync(seed);
  writeFileSync(join(seed, name), seedBytes(good));
  return { path, name, good, seedFile: join(seed, name) };
}

describe('loadBundle (V8 code cache)', () => {
  test('runs the bundle as CommonJS; the cache is written after use and used the next time', () => {
    const path = bundle('x * 2');
    const cache = folder();
    const first = loadBundle<{ answer(x: number): number; dir: string }>(path, cache);
    expect(first.exports.answer(21)).toBe(42);
    expect(first.exports.dir).toBe(join(path, '..'));
    expect(first.fromCache).toBe(false);
    first.saveCache();
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    const [file] = readdirSync(cache);
    expect(statSync(join(cache, file as string)).mode & 0o777).toBe(0o600);
    const second = loadBundle<{ answer(x: number): number }>(path, cache);
    expect(second.fromCache).toBe(true);
    expect(second.exports.answer(2)).toBe(4);
  });

  test('a corrupt cache of the same length is not trusted: the code is compiled and the cache rewritten', () => {
    const path = bundle('x + 1');
    const cache = folder();
    warmCache(path, cache);
    const file = join(cache, readdirSync(cache)[0] as string);
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] as number) ^ 0xff;
    writeFileSync(file, bytes);
    const again = loadBundle<{ answer(x: number): number }>(path, cache);
    expect(again.fromCache).toBe(false);
    expect(again.exports.answer(1)).toBe(2);
    again.saveCache();
    expect(loadBundle(path, cache).fromCache).toBe(true);
  });

  test('the data is stored twice; a change in either copy, or a length that does not fit, is not used', () => {
    const path = bundle('x + 3');
    const cache = folder();
    warmCache(path, cache);
    const file = join(cache, readdirSync(cache)[0] as string);
    const good = readFileSync(file);
    // MAGIC (8), the key's length (4), the key, the data's length (4), the data, the data again.
    const { dataAt, length } = layout(good);
    expect(good.length).toBe(dataAt + 2 * length);
    expect(good.subarray(dataAt, dataAt + length).equals(good.subarray(dataAt + length))).toBe(true);
    const flipped = (at: number) => {
      const bytes = Buffer.from(good);
      bytes[at] = (bytes[at] as number) ^ 0x01;
      return bytes;
    };
    const damaged = [
      flipped(dataAt), // the first copy's first byte: what V8 would be handed
      flipped(dataAt + length - 1), // the first copy's last byte
      flipped(dataAt + length + Math.floor(length / 2)), // the second copy
      good.subarray(0, good.length - 1), // the second copy cut short
      Buffer.concat([good, Buffer.alloc(1)]), // a byte too many
      (() => {
        // A length of zero: no data to hand V8.
        const bytes = Buffer.concat([good.subarray(0, dataAt)]);
        bytes.writeUInt32BE(0, dataAt - 4);
        return bytes;
      })(),
    ];
    expectRefused(path, cache, file, good, damaged, 4);
  });

  test('a cache larger than one comparison piece (64 KiB) is compared to its end', () => {
    // A bundle of many functions, each run once: its cache holds them all.
    const dir = mkdtempSync(join(tmpdir(), 'gil-bundle-'));
    const path = join(dir, 'big.cjs');
    const count = 3000;
    const body = Array.from({ length: count }, (_, i) => `function f${i}(x) { return x + ${i}; }`).join('\n');
    const calls = Array.from({ length: count }, (_, i) => `s += f${i}(x);`).join(' ');
    writeFileSync(path, `${body}\nexports.answer = function answer(x) { let s = 0; ${calls} return s; };\n`);
    const cache = folder();
    const first = loadBundle<{ answer(x: number): number }>(path, cache);
    const expected = first.exports.answer(1);
    first.saveCache();
    const file = join(cache, readdirSync(cache)[0] as string);
    const good = readFileSync(file);
    const { length } = layout(good);
    expect(length).toBeGreaterThan(2 * 64 * 1024);
    expect(loadBundle(path, cache).fromCache).toBe(true);
    // The last byte of the second copy: in the last piece compared.
    const bytes = Buffer.from(good);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0x80;
    writeFileSync(file, bytes);
    const again = loadBundle<{ answer(x: number): number }>(path, cache);
    expect(again.fromCache).toBe(false);
    expect(again.exports.answer(1)).toBe(expected);
  });

  test("the build's seed beside the bundle: used while the user's folder has no cache, which it does not fill", () => {
    const { path } = seeded('x * 5');
    const mine = folder();
    const loaded = loadBundle<{ answer(x: number): number }>(path, mine);
    expect(loaded.fromCache).toBe(true);
    expect(loaded.exports.answer(2)).toBe(10);
    loaded.saveCache();
    expect(existsSync(mine)).toBe(false);
    // The cache turned off (no folder): not the seed either.
    expect(loadBundle(path, undefined).fromCache).toBe(false);
  });

  test('a seed that is damaged or for another key is not used; the call then writes its own cache', () => {
    const { path, name, good, seedFile } = seeded('x * 6', (good) => {
      const damaged = Buffer.from(good);
      damaged[damaged.length - 3] = (damaged[damaged.length - 3] as number) ^ 0x04;
      return damaged;
    });
    const mine = folder();
    const loaded = loadBundle<{ answer(x: number): number }>(path, mine);
    expect(loaded.fromCache).toBe(false);
    expect(loaded.exports.answer(2)).toBe(12);
    loaded.saveCache();
    expect(readdirSync(mine)).toEqual([name]);
    // Another build of the bundle (another hash): the seed's key is not this run's.
    writeFileSync(seedFile, good);
    expect(loadBundle(path, folder(), 'd'.repeat(64)).fromCache).toBe(false);
    expect(loadBundle(path, folder()).fromCache).toBe(true);
  });

  test('reading a cache, whole or damaged, leaves no descriptor open', () => {
    const path = bundle('x * 7');
    const cache = folder();
    warmCache(path, cache);
    const file = join(cache, readdirSync(cache)[0] as string);
    const good = readFileSync(file);
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 20; i++) expect(loadBundle(path, cache).fromCache).toBe(true);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] as number) ^ 1;
    writeFileSync(file, damaged);
    for (let i = 0; i < 20; i++) expect(loadBundle(path, cache).fromCache).toBe(false);
    expect(open()).toBe(before);
  });

  test('a changed bundle does not use the old cache (the key is a hash of its bytes)', () => {
    const path = bundle('x - 1');
    const cache = folder();
    warmCache(path, cache);
    writeFileSync(path, 'exports.answer = function answer(x) { return x - 2; };\n');
    const changed = loadBundle<{ answer(x: number): number }>(path, cache);
    expect(changed.fromCache).toBe(false);
    expect(changed.exports.answer(5)).toBe(3);
  });

  test('a new build of the bundle replaces its older cache; other bundles keep theirs', () => {
    const path = bundle('x * 3');
    const other = bundle('x * 4', 'other.cjs');
    const cache = folder();
    warmCache(path, cache, 'a'.repeat(64));
    const otherLoaded = loadBundle<{ answer(x: number): number }>(other, cache, 'c'.repeat(64));
    otherLoaded.saveCache();
    expect(readdirSync(cache)).toHaveLength(2);
    // The same file name (b.cjs) in another folder stands for the same bundle: a newer build of it.
    const upgraded = loadBundle<{ answer(x: number): number }>(path, cache, 'b'.repeat(64));
    expect(upgraded.fromCache).toBe(false);
    upgraded.saveCache();
    const files = readdirSync(cache);
    expect(files).toHaveLength(2);
    expect(loadBundle(path, cache, 'b'.repeat(64)).fromCache).toBe(true);
    expect(loadBundle(path, cache, 'a'.repeat(64)).fromCache).toBe(false);
    expect(loadBundle(other, cache, 'c'.repeat(64)).fromCache).toBe(true);
  });

  test('only a whole cache of this format and key is used: truncated, foreign or another key length is not', () => {
    const path = bundle('x + 10');
    const cache = folder();
    warmCache(path, cache);
    const file = join(cache, readdirSync(cache)[0] as string);
    const good = readFileSync(file);
    const damaged = [
      good.subarray(0, 60), // cut short, before the data
      Buffer.concat([Buffer.from('XXXX'), good.subarray(4)]), // another format
      (() => {
        // The key's length (after the 8-byte magic) one more: the key that follows is not this one.
        const other = Buffer.from(good);
        other.writeUInt32BE(good.readUInt32BE(8) + 1, 8);
        return other;
      })(),
    ];
    expectRefused(path, cache, file, good, damaged, 11);
  });

  test('a used cache is not written again; a temporary or other file beside it is left alone', () => {
    const path = bundle('x + 20');
    const cache = folder();
    warmCache(path, cache);
    const [name] = readdirSync(cache);
    const file = join(cache, name as string);
    writeFileSync(join(cache, `${name}.123.tmp`), 'partial');
    writeFileSync(join(cache, 'notes.txt'), 'mine');
    const before = statSync(file).mtimeMs;
    const again = loadBundle<{ answer(x: number): number }>(path, cache);
    expect(again.fromCache).toBe(true);
    again.saveCache();
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readdirSync(cache).sort()).toEqual([name, `${name}.123.tmp`, 'notes.txt'].sort());
  });

  test('NODE_OPTIONS is part of the key: a run with other V8 options does not use the cache', () => {
    const path = bundle('x + 30');
    const cache = folder();
    warmCache(path, cache);
    const saved = process.env['NODE_OPTIONS'];
    process.env['NODE_OPTIONS'] = '--max-old-space-size=100';
    try {
      expect(loadBundle(path, cache).fromCache).toBe(false);
    } finally {
      if (saved === undefined) delete process.env['NODE_OPTIONS'];
      else process.env['NODE_OPTIONS'] = saved;
    }
    expect(loadBundle(path, cache).fromCache).toBe(true);
    // One set value and another are two keys too.
    process.env['NODE_OPTIONS'] = '--max-old-space-size=200';
    try {
      warmCache(path, cache);
      process.env['NODE_OPTIONS'] = '--max-old-space-size=300';
      expect(loadBundle(path, cache).fromCache).toBe(false);
    } finally {
      if (saved === undefined) delete process.env['NODE_OPTIONS'];
      else process.env['NODE_OPTIONS'] = saved;
    }
  });

  test('an unwritable folder costs only the cache', () => {
    const path = bundle('x');
    // A folder whose parent is a file cannot be made (mode bits would not stop root).
    const parent = join(mkdtempSync(join(tmpdir(), 'gil-ro-')), 'a-file');
    writeFileSync(parent, '');
    const loaded = loadBundle<{ answer(x: number): number }>(path, join(parent, 'cache', 'glue-import-labels'));
    expect(loaded.exports.answer(7)).toBe(7);
    expect(() => loaded.saveCache()).not.toThrow();
    expect(statSync(parent).isFile()).toBe(true);
    expect(() => loadBundle(path, undefined).saveCache()).not.toThrow();
  });
});
