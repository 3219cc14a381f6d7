import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBounded } from '../../src/read-file.js';

const dir = mkdtempSync(join(tmpdir(), 'gil-read-'));

describe('readBounded', () => {
  test('reads a file whole, across chunks', async () => {
    const path = join(dir, 'f');
    const text = 'x'.repeat(200_000);
    writeFileSync(path, text);
    expect(Buffer.from(await readBounded(path, { maxBytes: 1_000_000 })).toString()).toBe(text);
  });

  test('a file exactly at the limit is read; a byte more is EFBIG', async () => {
    const path = join(dir, 'limit');
    writeFileSync(path, 'y'.repeat(1000));
    expect((await readBounded(path, { maxBytes: 1000 })).length).toBe(1000);
    await expect(readBounded(path, { maxBytes: 999 })).rejects.toMatchObject({ code: 'EFBIG' });
  });

  test('a file that says size 0 is read whole (/proc)', async () => {
    const bytes = Buffer.from(await readBounded('/proc/self/status', { maxBytes: 1_000_000 }));
    expect(bytes.toString()).toMatch(/^Name:[\s\S]*\nPid:\s+\d+\n[\s\S]*VmRSS/);
  });

  test('a device that never ends stops at the limit with EFBIG', async () => {
    await expect(readBounded('/dev/zero', { maxBytes: 100_000 })).rejects.toMatchObject({ code: 'EFBIG' });
  });

  test('a directory is EISDIR; a missing file ENOENT', async () => {
    await expect(readBounded(dir, { maxBytes: 10 })).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(readBounded(join(dir, 'none'), { maxBytes: 10 })).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('regularOnly refuses a FIFO without opening it', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(readBounded(fifo, { maxBytes: 10, regularOnly: true })).rejects.toMatchObject({ code: 'ENOTREG' });
  });

  test('a FIFO with a writer is read (process substitution, file:///dev/stdin)', async () => {
    const fifo = join(dir, 'fifo2');
    execFileSync('mkfifo', [fifo]);
    const writer = new Promise<void>((done) => {
      import('node:fs').then(({ createWriteStream }) => {
        const stream = createWriteStream(fifo);
        stream.end('from the pipe', () => done());
      });
    });
    const [bytes] = await Promise.all([readBounded(fifo, { maxBytes: 100 }), writer]);
    expect(Buffer.from(bytes).toString()).toBe('from the pipe');
  });
});
