import { describe, expect, test } from 'vitest';
import { cacheFolder } from '../../src/cache-folder.js';

describe('cacheFolder', () => {
  test('XDG_CACHE_HOME, else ~/.cache; off with GLUE_IMPORT_LABELS_NO_CACHE; only absolute, bounded paths', () => {
    expect(cacheFolder({}, '/home/u')).toBe('/home/u/.cache/glue-import-labels');
    expect(cacheFolder({ XDG_CACHE_HOME: '/var/cache/u' }, '/home/u')).toBe('/var/cache/u/glue-import-labels');
    expect(cacheFolder({ GLUE_IMPORT_LABELS_NO_CACHE: '1' }, '/home/u')).toBeUndefined();
    expect(cacheFolder({ XDG_CACHE_HOME: 'relative/cache' }, '')).toBeUndefined();
    expect(cacheFolder({}, '')).toBeUndefined();
    expect(cacheFolder({ XDG_CACHE_HOME: `/${'a'.repeat(2000)}` }, '/home/u')).toBeUndefined();
    // At most 1024 characters; no NUL.
    expect(cacheFolder({ XDG_CACHE_HOME: `/${'a'.repeat(1023)}` }, '/home/u')).toBe(
      `/${'a'.repeat(1023)}/glue-import-labels`,
    );
    expect(cacheFolder({ XDG_CACHE_HOME: `/${'a'.repeat(1024)}` }, '/home/u')).toBeUndefined();
    expect(cacheFolder({ XDG_CACHE_HOME: '/tmp/a\0b' }, '/home/u')).toBeUndefined();
    // An empty XDG_CACHE_HOME is unset (the XDG rule).
    expect(cacheFolder({ XDG_CACHE_HOME: '' }, '/home/u')).toBe('/home/u/.cache/glue-import-labels');
  });
});
