import { describe, expect, test } from 'vitest';
import { GeneralError, ParamError } from '../../../src/errors.js';
import { loadParamValue } from '../../../src/input/paramfile.js';

type Files = Record<string, string | Uint8Array | { code: string }>;

function ctx(files: Files, env: Record<string, string> = {}) {
  return {
    env,
    homedir: '/home/u',
    async readFile(path: string): Promise<Uint8Array> {
      const found = files[path];
      if (found === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      if (typeof found === 'string') return Buffer.from(found);
      if (found instanceof Uint8Array) return found;
      throw Object.assign(new Error('err'), found);
    },
  };
}

describe('loadParamValue', () => {
  test.each([
    { value: 'plain', files: {}, want: 'plain' },
    { value: 'FILE://x', files: {}, want: 'FILE://x' },
    { value: 'file://a.txt', files: { 'a.txt': 'tfm\n' }, want: 'tfm\n' },
    { value: 'file://a.txt', files: { 'a.txt': 'a\r\nb\rc' }, want: 'a\nb\nc' },
    { value: 'file://a.txt', files: { 'a.txt': '\ufeffbom' }, want: '\ufeffbom' },
    { value: 'file://~/a.txt', files: { '/home/u/a.txt': 'home' }, want: 'home' },
  ])('$value', async ({ value, files, want }) => {
    expect(await loadParamValue('--transform-id', value, ctx(files as Files))).toBe(want);
  });

  test('fileb:// gives bytes', async () => {
    expect(await loadParamValue('--transform-id', 'fileb://b', ctx({ b: 'xy' }))).toEqual(Buffer.from('xy'));
  });

  test.each([
    {
      value: 'file://nope.txt',
      files: {},
      message:
        "Error parsing parameter '--transform-id': Unable to load paramfile file://nope.txt: [Errno 2] No such file or directory: 'nope.txt'",
    },
    { value: 'file://d', files: { d: { code: 'EISDIR' } }, message: "[Errno 21] Is a directory: 'd'" },
    { value: 'file:///dev/zero', files: { '/dev/zero': { code: 'EFBIG' } }, message: 'the file is larger than 16 MiB' },
    {
      value: 'file://bin',
      files: { bin: new Uint8Array([0xff, 0xfe, 0xff]) },
      message:
        'Unable to load paramfile (bin), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.',
    },
  ])('$value fails with a 252 message', async ({ value, files, message }) => {
    await expect(loadParamValue('--transform-id', value, ctx(files as Files))).rejects.toThrow(ParamError);
    await expect(loadParamValue('--transform-id', value, ctx(files as Files))).rejects.toThrow(message);
  });

  test('an unknown AWS_CLI_FILE_ENCODING is a general error', async () => {
    await expect(
      loadParamValue('--x', 'file://a', ctx({ a: 'x' }, { AWS_CLI_FILE_ENCODING: 'bogus' })),
    ).rejects.toThrow(GeneralError);
  });
});
