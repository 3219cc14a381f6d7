import { close, constants, fstat, open, openSync, read, stat } from 'node:fs';
import type { Socket as SocketType } from 'node:net';
import type { ReadLimits } from './io.js';

const CHUNK = 64 * 1024;

const failure = (code: string, message: string): Error => Object.assign(new Error(message), { code });

/**
 * Reads at most `limits.maxBytes` of a file in chunks (a device such as /dev/zero ends in EFBIG,
 * not in memory exhaustion); `regularOnly` refuses FIFOs and devices before opening them (opening a
 * FIFO waits for a writer). All of it asynchronous: a blocked open or read leaves signals working.
 */
export async function readBounded(path: string, limits: ReadLimits): Promise<Uint8Array> {
  const info = await call<import('node:fs').Stats>((done) => stat(path, done));
  if (limits.regularOnly && !info.isFile()) throw failure('ENOTREG', `not a regular file: ${path}`);
  if (info.isFIFO()) return readPipe(path, limits);
  const fd = await call<number>((done) => open(path, 'r', done));
  try {
    const opened = await call<import('node:fs').Stats>((done) => fstat(fd, done));
    if (opened.isDirectory()) throw failure('EISDIR', `is a directory: ${path}`);
    // A regular file is read into one buffer of its size plus a byte (the read that finds the end):
    // a 10 MB file costs 10 MB, not chunks and their copy. A device, a file that says size 0 (/proc)
    // or one that grows goes on in a buffer that doubles, up to the limit.
    let buffer = Buffer.allocUnsafe(
      // Stryker disable next-line all: equivalent — any first size reads the same bytes (memory only)
      opened.isFile() && opened.size > 0 ? Math.min(opened.size, limits.maxBytes) + 1 : CHUNK,
    );
    let total = 0;
    for (;;) {
      // Stryker disable next-line ConditionalExpression: equivalent — growing early reads the same bytes
      if (total === buffer.length) {
        // Stryker disable next-line MethodExpression: equivalent — a larger buffer reads the same bytes
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limits.maxBytes + 1));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const into = buffer;
      const bytesRead = await call<number>((done) => read(fd, into, total, into.length - total, null, done));
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limits.maxBytes) throw failure('EFBIG', `larger than ${limits.maxBytes} bytes: ${path}`);
    }
    return buffer.subarray(0, total);
  } finally {
    close(fd, () => undefined);
  }
}

/** node:fs's callback API as a promise (node:fs/promises costs a module load at start-up). */
function call<T>(start: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}

/**
 * A FIFO (a named pipe, process substitution, a piped /dev/stdin), read through the event loop: a
 * blocking open or read would hold a thread-pool thread that Node joins at exit, so that not even
 * Ctrl-C could end a process waiting for a writer that never comes.
 */
function readPipe(path: string, limits: ReadLimits): Promise<Uint8Array> {
  // node:net only for a pipe, through getBuiltinModule: a dynamic import() would start the ES module
  // loader, which costs more at start-up than the whole rest of this file.
  const { Socket } = process.getBuiltinModule('node:net') as { Socket: typeof SocketType };
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  return new Promise((resolve, reject) => {
    const socket = new Socket({ fd, readable: true, writable: false });
    const chunks: Buffer[] = [];
    let total = 0;
    socket.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limits.maxBytes) {
        socket.destroy();
        reject(failure('EFBIG', `larger than ${limits.maxBytes} bytes: ${path}`));
      } else chunks.push(chunk);
    });
    socket.on('end', () => resolve(Buffer.concat(chunks, total)));
    socket.on('error', reject);
  });
}
