import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { descriptorWriter, type FallbackStream, isTerminal, standardWriter, streamWriter } from '../../src/stdio.js';

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });

/** A descriptor that takes `perWrite` bytes a write, then fails with `fail` once `capacity` is reached. */
function fakeDescriptor(perWrite: number, capacity = Number.POSITIVE_INFINITY, fail = 'EAGAIN') {
  const written: Buffer[] = [];
  let total = 0;
  const write = (_fd: number, buffer: Uint8Array, offset: number, length: number): number => {
    if (total >= capacity) throw errno(fail);
    const n = Math.min(perWrite, length, capacity - total);
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
    let drained = false;
    const draining = writer.drain().then(() => {
      drained = true;
    });
    await new Promise((tick) => setImmediate(tick));
    expect(drained).toBe(false);
    while (!drained) {
      slow.release();
      await new Promise((tick) => setImmediate(tick));
    }
    await draining;
    expect(slow.text()).toBe('abcdef-later');
    expect(writer.failure).toBeUndefined();
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
    await new Promise((tick) => setImmediate(tick));
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
    let drained = false;
    const draining = writer.drain().then(() => {
      drained = true;
    });
    while (!drained) {
      slow.release();
      await new Promise((tick) => setImmediate(tick));
    }
    await draining;
    expect(slow.text()).toBe('héllo wörld');
    expect(writer.failure).toBeUndefined();
  });

  test('a stream error is the failure; later writes are dropped', async () => {
    let written = 0;
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        written += 1;
        callback(errno('ENOSPC'));
      },
    });
    const writer = streamWriter(broken as unknown as FallbackStream);
    writer.write('a');
    await new Promise((tick) => setImmediate(tick));
    expect(writer.failure?.code).toBe('ENOSPC');
    writer.write('b');
    await writer.drain();
    expect(written).toBe(1);
  });
});
