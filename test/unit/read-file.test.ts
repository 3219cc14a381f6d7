import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { readBounded } from '../../src/read-file.js';

// A FIFO is read through net.Socket({ fd }). In a worker thread Node tracks such descriptors and never
// forgets them ("File descriptor N opened in unmanaged mode twice" once the number is reused), and the
// thread later aborts (SIGABRT): Stryker's vitest runner runs every test file in one worker thread.
// The CLI reads FIFOs on its main thread, and `npm test` runs these tests in processes of their own.
const fifoTest = test.skipIf(!isMainThread);

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
    await expect(readBounded(path, { maxBytes: 999 })).rejects.toMatchObject({
      code: 'EFBIG',
      message: `larger than 999 bytes: ${path}`,
    });
  });

  test('an empty file is empty; regularOnly reads a regular file', async () => {
    const path = join(dir, 'empty');
    writeFileSync(path, '');
    expect((await readBounded(path, { maxBytes: 10 })).length).toBe(0);
    const small = join(dir, 'small');
    writeFileSync(small, 'abc');
    expect(Buffer.from(await readBounded(small, { maxBytes: 10, regularOnly: true })).toString()).toBe('abc');
  });

  test('a file that says size 0 is read whole (/proc)', async () => {
    const bytes = Buffer.from(await readBounded('/proc/self/status', { maxBytes: 1_000_000 }));
    expect(bytes.toString()).toMatch(/^Name:[\s\S]*\nPid:\s+\d+\n[\s\S]*VmRSS/);
  });

  test('a device that never ends stops at the limit with EFBIG', async () => {
    // Past one 64 KiB chunk: the buffer grows (doubling) up to the limit, then EFBIG.
    await expect(readBounded('/dev/zero', { maxBytes: 300_000 })).rejects.toMatchObject({
      code: 'EFBIG',
      message: 'larger than 300000 bytes: /dev/zero',
    });
  });

  test('every descriptor it opens is closed, whether the read succeeds or fails', async () => {
    const openDescriptors = () => readdirSync('/proc/self/fd').length;
    const path = join(dir, 'closed');
    writeFileSync(path, 'z'.repeat(100));
    const before = openDescriptors();
    for (let i = 0; i < 20; i++) {
      await readBounded(path, { maxBytes: 1000 });
      await expect(readBounded(path, { maxBytes: 10 })).rejects.toMatchObject({ code: 'EFBIG' });
      await expect(readBounded(dir, { maxBytes: 10 })).rejects.toMatchObject({ code: 'EISDIR' });
    }
    // close() is asynchronous: a turn of the event loop for the last ones.
    await new Promise((done) => setTimeout(done, 50));
    expect(openDescriptors()).toBeLessThan(before + 5);
  });

  test('a directory is EISDIR; a missing file ENOENT', async () => {
    await expect(readBounded(dir, { maxBytes: 10 })).rejects.toMatchObject({
      code: 'EISDIR',
      message: `is a directory: ${dir}`,
    });
    await expect(readBounded(join(dir, 'none'), { maxBytes: 10 })).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('regularOnly refuses a FIFO without opening it', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(readBounded(fifo, { maxBytes: 10, regularOnly: true })).rejects.toMatchObject({
      code: 'ENOTREG',
      message: `not a regular file: ${fifo}`,
    });
    await expect(readBounded('/dev/null', { maxBytes: 10, regularOnly: true })).rejects.toMatchObject({
      code: 'ENOTREG',
    });
  });

  fifoTest('a FIFO with a writer is read (process substitution, file:///dev/stdin)', async () => {
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

  fifoTest('a FIFO that sends more than the limit is EFBIG, at the limit it is read', async () => {
    const pipeOf = async (name: string, bytes: number, maxBytes: number) => {
      const fifo = join(dir, name);
      execFileSync('mkfifo', [fifo]);
      const { createWriteStream } = await import('node:fs');
      const stream = createWriteStream(fifo);
      stream.on('error', () => undefined);
      stream.end('z'.repeat(bytes));
      return readBounded(fifo, { maxBytes });
    };
    expect((await pipeOf('fifo3', 5000, 5000)).length).toBe(5000);
    await expect(pipeOf('fifo4', 5001, 5000)).rejects.toMatchObject({
      code: 'EFBIG',
      message: `larger than 5000 bytes: ${join(dir, 'fifo4')}`,
    });
  });
});
