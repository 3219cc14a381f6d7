import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, test, vi } from 'vitest';
import {
  type DescriptorWriter,
  descriptorWriter,
  type FallbackStream,
  isTerminal,
  standardWriter,
} from '../../src/stdio.js';

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });

/**
 * A descriptor that takes `perWrite` bytes a write, then fails with `fail` once `capacity` is reached —
 * every time after, or (`once`) only the first time. Out-of-range arguments throw, as fs.writeSync's do.
 */
function fakeDescriptor(perWrite: number, capacity = Number.POSITIVE_INFINITY, fail = 'EAGAIN', once = false) {
  const written: Buffer[] = [];
  let total = 0;
  let failed = false;
  const write = (_fd: number, buffer: Uint8Array, offset: number, length: number): number => {
    if (offset < 0 || length < 0 || offset + length > buffer.length) throw new RangeError('out of range');
    if (total >= capacity && !(once && failed)) {
      failed = true;
      throw errno(fail);
    }
    const n = Math.min(perWrite, length, failed && once ? length : capacity - total);
    written.push(Buffer.from(buffer.subarray(offset, offset + n)));
    total += n;
    return n;
  };
  return { write, text: () => Buffer.concat(written).toString('utf8') };
}

/** A stream that keeps what it is given until `release()`, as a pipe whose reader is slow. */
function slowStream() {
  const chunks: Buffer[] = [];
  const held: (() => void)[] = [];
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      held.push(callback);
    },
  });
  const release = (): void => {
    for (const callback of held.splice(0)) callback();
  };
  return { stream, release, text: () => Buffer.concat(chunks).toString('utf8') };
}

const tick = () => new Promise((done) => setImmediate(done));

/** Drains `writer` while `slow` lets its chunks through: `pending()` until the drain has resolved. */
function drainThrough(writer: DescriptorWriter, slow: ReturnType<typeof slowStream>) {
  let done = false;
  const finished = writer.drain().then(() => {
    done = true;
  });
  return {
    pending: () => !done,
    async complete() {
      while (!done) {
        slow.release();
        await tick();
      }
      await finished;
    },
  };
}

describe('descriptorWriter', () => {
  test('writes the whole text, however little the descriptor takes at a time', () => {
    const fd = fakeDescriptor(3);
    const writer = descriptorWriter(1, () => expect.fail('no stream is needed'), fd.write);
    writer.write('{\n    "TaskRunId": "tfr-1"\n}\n');
    writer.write('é€😀 and more');
    expect(fd.text()).toBe('{\n    "TaskRunId": "tfr-1"\n}\né€😀 and more');
    expect(writer.failure).toBeUndefined();
  });

  test('a descriptor that would block: the rest goes to the stream, in order, and drain waits for it', async () => {
    const fd = fakeDescriptor(4, 10);
    const slow = slowStream();
    let opened = 0;
    const writer = descriptorWriter(
      1,
      () => {
        opened += 1;
        return slow.stream;
      },
      fd.write,
    );
    writer.write('0123456789abcdef');
    writer.write('-later');
    expect(fd.text()).toBe('0123456789');
    expect(opened).toBe(1);
    const draining = drainThrough(writer, slow);
    await tick();
    expect(draining.pending()).toBe(true);
    await draining.complete();
    expect(slow.text()).toBe('abcdef-later');
    expect(writer.failure).toBeUndefined();
  });

  test('once a write went to the stream, later ones follow it there (in order), though the descriptor has room again', async () => {
    const fd = fakeDescriptor(100, 4, 'EAGAIN', true);
    const slow = slowStream();
    const writer = descriptorWriter(1, () => slow.stream, fd.write);
    writer.write('abcdef');
    writer.write('-later');
    expect(fd.text()).toBe('abcd');
    await drainThrough(writer, slow).complete();
    expect(slow.text()).toBe('ef-later');
  });

  test('a stream that has been destroyed is not written to', () => {
    const fd = fakeDescriptor(100, 0);
    let writes = 0;
    const destroyed: FallbackStream = {
      destroyed: true,
      writableLength: 0,
      write: () => {
        writes += 1;
        return true;
      },
      on: () => undefined,
    };
    const writer = descriptorWriter(1, () => destroyed, fd.write);
    writer.write('x');
    writer.write('y');
    expect(writes).toBe(0);
  });

  test('after a failure nothing more is written, though the descriptor would take it', () => {
    const fd = fakeDescriptor(100, 5, 'ENOSPC', true);
    const writer = descriptorWriter(1, () => expect.fail('only EAGAIN goes to the stream'), fd.write);
    writer.write('0123456789');
    writer.write('more');
    expect(writer.failure?.code).toBe('ENOSPC');
    expect(fd.text()).toBe('01234');
  });

  test.each(['EPIPE', 'ENOSPC', 'EIO'])('%s: recorded as the failure; later writes are dropped', (code) => {
    const fd = fakeDescriptor(100, 5, code);
    const writer = descriptorWriter(1, () => expect.fail('only EAGAIN goes to the stream'), fd.write);
    writer.write('0123456789');
    writer.write('more');
    expect(writer.failure?.code).toBe(code);
    expect(fd.text()).toBe('01234');
  });

  test('a write error on the stream is the failure too', async () => {
    const fd = fakeDescriptor(100, 0);
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(errno('EPIPE'));
      },
    });
    const writer = descriptorWriter(2, () => broken as unknown as FallbackStream, fd.write);
    writer.write('text');
    await writer.drain();
    await tick();
    expect(writer.failure?.code).toBe('EPIPE');
    writer.write('dropped');
  });

  test('drain with nothing handed to a stream resolves at once', async () => {
    const writer = descriptorWriter(1, () => expect.fail('no stream'), fakeDescriptor(100).write);
    writer.write('x');
    await expect(writer.drain()).resolves.toBeUndefined();
  });
});

describe('isTerminal', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'gil-stdio-'));

  test.each([
    ['a file', () => openSync(join(scratch, 'out.txt'), 'w')],
    [
      'a pipe',
      () => {
        const fifo = join(scratch, `fifo-${Math.random().toString(36).slice(2)}`);
        execFileSync('mkfifo', [fifo]);
        return openSync(fifo, 'r+');
      },
    ],
    ['/dev/null', () => openSync('/dev/null', 'w')],
    ['another character device (/dev/zero)', () => openSync('/dev/zero', 'r')],
  ])('%s is not a terminal', (_name, open) => {
    const fd = open();
    try {
      expect(isTerminal(fd)).toBe(false);
      expect(isTerminal(fd, 'win32')).toBe(false);
    } finally {
      closeSync(fd);
    }
  });

  test('files, pipes and /dev/null are told by fstat: node:tty is not asked; another character device asks it', () => {
    const loads = vi.spyOn(process, 'getBuiltinModule');
    const fifo = join(scratch, `fifo-${Math.random().toString(36).slice(2)}`);
    execFileSync('mkfifo', [fifo]);
    for (const open of [
      () => openSync(join(scratch, 'f.txt'), 'w'),
      () => openSync(fifo, 'r+'),
      () => openSync('/dev/null', 'w'),
    ]) {
      const fd = open();
      try {
        expect(isTerminal(fd)).toBe(false);
      } finally {
        closeSync(fd);
      }
    }
    expect(loads).not.toHaveBeenCalled();
    const zero = openSync('/dev/zero', 'r');
    try {
      expect(isTerminal(zero)).toBe(false);
    } finally {
      closeSync(zero);
    }
    expect(loads).toHaveBeenCalledWith('node:tty');
    loads.mockRestore();
  });

  test('a pseudo-terminal is one, on every platform path', () => {
    const fd = openSync('/dev/ptmx', 'r+');
    try {
      expect(isTerminal(fd)).toBe(true);
      expect(isTerminal(fd, 'win32')).toBe(true);
    } finally {
      closeSync(fd);
    }
  });

  test('a closed descriptor is not a terminal', () => {
    const fd = openSync(join(scratch, 'closed.txt'), 'w');
    closeSync(fd);
    writeFileSync(join(scratch, 'closed.txt'), '');
    expect(isTerminal(fd)).toBe(false);
  });
});

describe('standardWriter', () => {
  test('on Windows, everything goes through the stream (its console takes text, not bytes)', async () => {
    const slow = slowStream();
    const writer = standardWriter(1, () => slow.stream, 'win32');
    writer.write('héllo ');
    writer.write('wörld');
    await drainThrough(writer, slow).complete();
    expect(slow.text()).toBe('héllo wörld');
    expect(writer.failure).toBeUndefined();
  });

  test.each([
    ['a file', () => openSync(join(mkdtempSync(join(tmpdir(), 'gil-stdio-')), 'out.txt'), 'w+'), 'direct'],
    ['/dev/null', () => openSync('/dev/null', 'w'), 'direct'],
    [
      'a pipe (a full one would block the process: Ctrl-C could not end it)',
      () => {
        const fifo = join(mkdtempSync(join(tmpdir(), 'gil-stdio-')), 'fifo');
        execFileSync('mkfifo', [fifo]);
        return openSync(fifo, 'r+');
      },
      'stream',
    ],
  ])('elsewhere, %s: written %s', (_name, open, expected) => {
    const fd = open();
    try {
      const slow = slowStream();
      let asked = 0;
      const writer = standardWriter(
        fd,
        () => {
          asked += 1;
          return slow.stream;
        },
        'linux',
      );
      writer.write('text');
      slow.release();
      expect(asked === 0 ? 'direct' : 'stream').toBe(expected);
      expect(expected === 'stream' ? slow.text() : '').toBe(expected === 'stream' ? 'text' : '');
    } finally {
      closeSync(fd);
    }
  });

  test('a descriptor that cannot be told (closed) goes to the stream', () => {
    const fd = openSync('/dev/null', 'w');
    closeSync(fd);
    let asked = 0;
    const writer = standardWriter(
      fd,
      () => {
        asked += 1;
        return slowStream().stream;
      },
      'linux',
    );
    // Asked for at the first write, not before (a command that writes nothing there opens no stream).
    expect(asked).toBe(0);
    writer.write('x');
    expect(asked).toBe(1);
  });

  test('after a stream error, or once the stream is destroyed, nothing more is written', () => {
    let writes = 0;
    let onError: ((error: NodeJS.ErrnoException) => void) | undefined;
    const fake = {
      destroyed: false,
      writableLength: 0,
      write: () => {
        writes += 1;
        return true;
      },
      on: (_event: 'error', listener: (error: NodeJS.ErrnoException) => void) => {
        onError = listener;
      },
    };
    const writer = descriptorWriter(1, () => fake, null);
    writer.write('a');
    onError?.(errno('EPIPE'));
    writer.write('b');
    expect(writes).toBe(1);
    expect(writer.failure?.code).toBe('EPIPE');
    const other = { ...fake, destroyed: true };
    const second = descriptorWriter(1, () => other, null);
    second.write('c');
    expect(writes).toBe(1);
  });

  test('a stream error is the failure; later writes are dropped', async () => {
    let written = 0;
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        written += 1;
        callback(errno('ENOSPC'));
      },
    });
    const writer = descriptorWriter(2, () => broken as unknown as FallbackStream, null);
    writer.write('a');
    await tick();
    expect(writer.failure?.code).toBe('ENOSPC');
    writer.write('b');
    await writer.drain();
    expect(written).toBe(1);
  });
});
