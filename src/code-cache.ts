/**
 * Loads a CommonJS bundle with V8's code cache (Node 20 has no module.enableCompileCache). The cache
 * is written after a successful call — by then it holds the functions V8 compiled lazily during the
 * call too — into a per-user folder, keyed by a hash of the bundle's own bytes, Node's version, the
 * architecture and V8's flags, and holding its data twice: V8 would accept a stale or corrupt cache of
 * the right length and run old code, so a cache is used only when its key is this run's and its two
 * copies are the same. The build makes a call of its own and keeps its caches beside the bundles
 * (dist/seed/): a user's folder without a cache uses them where the key is the build's (same Node,
 * architecture and flags). Nothing is ever required for the tool to work: an unusable folder, a write
 * error or GLUE_IMPORT_LABELS_NO_CACHE only lose the speed.
 */
import {
  closeSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  unlinkSync,
  writevSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { fingerprint } from './checksum.js';

export { cacheFolder } from './cache-folder.js';

const MAGIC = Buffer.from('GILCC004');
/** The second copy is compared a piece at a time: no second buffer of the data's size. */
const COMPARE_BYTES = 64 * 1024;

export interface LoadedBundle<T> {
  readonly exports: T;
  /** Whether V8 used a cache (ours, for this key, intact) instead of compiling. */
  readonly fromCache: boolean;
  /** Writes the cache if it was missing or rejected; quietly does nothing when it cannot. */
  saveCache(): void;
}

/** Creates `folder` (and its parent) with mode 0700, one level at a time; false when that fails. */
function ensureFolder(folder: string): boolean {
  for (const dir of [dirname(folder), folder]) {
    try {
      if (lstatSync(dir).isDirectory()) continue;
      return false;
    } catch {
      try {
        mkdirSync(dir, { mode: 0o700 });
      } catch {
        return false;
      }
    }
  }
  return true;
}

/** The folder beside the bundles with the caches the build wrote for its own Node (scripts/build.mjs). */
export const SEED_FOLDER = 'seed';

/**
 * Loads `path` (a CommonJS bundle) through vm.Script with the cache in `folder`, if any; without one
 * there, the build's (a file of the same name in the `seed` folder beside the bundle: the build made a
 * call and kept its caches, used where Node, architecture and flags are the build's). `contentHash` is
 * the bundle's SHA-256, computed at build time (hashing it here would cost milliseconds per run);
 * without one (tests that load a bundle of their own) the bytes' fingerprint stands in. No folder (the
 * cache turned off) uses neither.
 */
export function loadBundle<T>(path: string, folder: string | undefined, contentHash?: string): LoadedBundle<T> {
  const source = readFileSync(path, 'utf8');
  const hash = contentHash ?? fingerprint(Buffer.from(source)).toString('hex');
  const key = Buffer.from(
    `${hash}\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}\0${process.env['NODE_OPTIONS'] ?? ''}`,
  );
  // One file per bundle, Node and architecture: a newer build's cache replaces the older one's.
  const prefix = `${basename(path)}-${process.version}-${process.arch}-`;
  const name = `${prefix}${fingerprint(key).toString('hex')}.cache`;
  const cacheFile = folder ? join(folder, name) : undefined;
  const cached = cacheFile
    ? (readCache(cacheFile, key) ?? readCache(join(dirname(path), SEED_FOLDER, name), key))
    : undefined;
  // No import() in a bundle (scripts/build.mjs makes them require()): a script from a code cache has no
  // loader for one.
  const script = new vm.Script(Module.wrap(source), { filename: path, ...(cached ? { cachedData: cached } : {}) });
  const rejected = cached === undefined || script.cachedDataRejected === true;
  const module = new Module(path);
  module.filename = path;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(path));
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(path), module, path, dirname(path));
  module.loaded = true;
  // Seen like any required module (the load guard in test/e2e reads require.cache).
  (Module as unknown as { _cache: Record<string, Module> })._cache[path] = module;
  return {
    exports: module.exports as T,
    fromCache: !rejected,
    saveCache: () => {
      if (!rejected || cacheFile === undefined || folder === undefined || !ensureFolder(folder)) return;
      try {
        writeCache(cacheFile, key, script.createCachedData());
        removeStale(folder, prefix, basename(cacheFile));
      } catch {
        // A full disk or a read-only home: the next run compiles again.
      }
    },
  };
}

// A cache file: MAGIC, the key's length (4 bytes), the key (the bundle's hash, Node's version, the
// architecture, V8's flags), the data's length (4 bytes), the data, and the data again. A torn, cut or
// damaged file has two copies that differ; the copy replaces a checksum, which would cost a module
// load or a slow loop (src/checksum.ts), for one more read of the file's second half.

/** The cached data when the file is ours, for this key, and its two copies are the same. */
function readCache(file: string, key: Buffer): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const header = Buffer.alloc(MAGIC.length + 4 + key.length + 4);
    if (readSync(fd, header, 0, header.length, 0) !== header.length) return undefined;
    if (!header.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const keyAt = MAGIC.length + 4;
    if (header.readUInt32BE(MAGIC.length) !== key.length || !header.subarray(keyAt, keyAt + key.length).equals(key))
      return undefined;
    const length = header.readUInt32BE(keyAt + key.length);
    if (length === 0 || fstatSync(fd).size !== header.length + 2 * length) return undefined;
    const data = Buffer.allocUnsafe(length);
    if (readSync(fd, data, 0, length, header.length) !== length) return undefined;
    const piece = Buffer.allocUnsafe(Math.min(COMPARE_BYTES, length));
    for (let at = 0; at < length; at += piece.length) {
      const size = Math.min(piece.length, length - at);
      if (readSync(fd, piece, 0, size, header.length + length + at) !== size) return undefined;
      if (!piece.subarray(0, size).equals(data.subarray(at, at + size))) return undefined;
    }
    return data;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Writes through a temporary file and a rename, so that a reader never sees half a cache. */
function writeCache(file: string, key: Buffer, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32BE(key.length, 0);
  lengths.writeUInt32BE(data.length, 4);
  const parts = [MAGIC, lengths.subarray(0, 4), key, lengths.subarray(4), data, data];
  const size = parts.reduce((sum, part) => sum + part.length, 0);
  try {
    // One write of the parts as they are (no copy of the data into one buffer). No fsync: a cache lost
    // in a crash is only recompiled, and a torn one has copies that differ.
    if (writevSync(fd, parts) !== size) throw new Error(`${temporary}: short write`);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** The caches of the same bundle name, Node and architecture for other keys (older builds): never read again. */
function removeStale(folder: string, prefix: string, current: string): void {
  for (const entry of readdirSync(folder)) {
    if (entry !== current && entry.startsWith(prefix) && entry.endsWith('.cache')) unlinkSync(join(folder, entry));
  }
}
