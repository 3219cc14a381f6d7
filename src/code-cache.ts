/**
 * Loads a CommonJS bundle with V8's code cache (Node 20 has no module.enableCompileCache). The cache
 * is written after a successful call — by then it holds the functions V8 compiled lazily during the
 * call too — into a per-user folder, keyed by a hash of the bundle's own bytes, Node's version, the
 * architecture and V8's flags, and protected by its own checksum: V8 would accept a stale or corrupt
 * cache of the right length and run old code, so a cache is used only when both match. Nothing is
 * ever required for the tool to work: an unusable folder, a write error or GLUE_IMPORT_LABELS_NO_CACHE
 * only lose the speed.
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import vm from 'node:vm';

const MAGIC = Buffer.from('GILCC001');
const HASH_BYTES = 32;

export interface LoadedBundle<T> {
  readonly exports: T;
  /** Whether V8 used a cache (ours, for this key, intact) instead of compiling. */
  readonly fromCache: boolean;
  /** Writes the cache if it was missing or rejected; quietly does nothing when it cannot. */
  saveCache(): void;
}

/** The cache folder: $XDG_CACHE_HOME/glue-import-labels or ~/.cache/glue-import-labels; undefined when off. */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, home: string): string | undefined {
  if (env['GLUE_IMPORT_LABELS_NO_CACHE']) return undefined;
  const base = env['XDG_CACHE_HOME'] || (home ? join(home, '.cache') : '');
  // A bounded, absolute path without NUL (Node 20's recursive mkdir can spin on odd paths: it is not used).
  if (!isAbsolute(base) || base.length > 1024 || base.includes('\0')) return undefined;
  return join(base, 'glue-import-labels');
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

/** Loads `path` (a CommonJS bundle) through vm.Script with the cache in `folder`, if any. */
export function loadBundle<T>(path: string, folder: string | undefined): LoadedBundle<T> {
  const source = readFileSync(path, 'utf8');
  const key = createHash('sha256')
    .update(source)
    .update(
      `\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}\0${process.env['NODE_OPTIONS'] ?? ''}`,
    )
    .digest();
  const cacheFile = folder ? join(folder, `${key.toString('hex').slice(0, 32)}.cache`) : undefined;
  const cached = cacheFile ? readCache(cacheFile, key) : undefined;
  const script = new vm.Script(Module.wrap(source), {
    filename: path,
    ...(cached ? { cachedData: cached } : {}),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
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
      } catch {
        // A full disk or a read-only home: the next run compiles again.
      }
    },
  };
}

/** The cached data when the file is ours, for this key, and intact. */
function readCache(file: string, key: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const header = MAGIC.length + HASH_BYTES * 2;
  if (bytes.length <= header || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (!bytes.subarray(MAGIC.length, MAGIC.length + HASH_BYTES).equals(key)) return undefined;
  const data = bytes.subarray(header);
  const sum = createHash('sha256').update(data).digest();
  return sum.equals(bytes.subarray(MAGIC.length + HASH_BYTES, header)) ? data : undefined;
}

/** Writes through a temporary file and a rename, so that a reader never sees half a cache. */
function writeCache(file: string, key: Buffer, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, Buffer.concat([MAGIC, key, createHash('sha256').update(data).digest(), data]));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}
