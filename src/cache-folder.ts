import { isAbsolute, join } from 'node:path';

/**
 * The code caches' folder: $XDG_CACHE_HOME/glue-import-labels or ~/.cache/glue-import-labels;
 * undefined when GLUE_IMPORT_LABELS_NO_CACHE is set or the path is not absolute and bounded (Node 20's
 * recursive mkdir can spin on odd paths: folders are made one level at a time, never recursively).
 */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, home: string): string | undefined {
  if (env['GLUE_IMPORT_LABELS_NO_CACHE']) return undefined;
  const base = env['XDG_CACHE_HOME'] || (home ? join(home, '.cache') : '');
  if (!isAbsolute(base) || base.length > 1024 || base.includes('\0')) return undefined;
  return join(base, 'glue-import-labels');
}
