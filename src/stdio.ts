/**
 * Standard output and error without Node's stream objects where that is safe. `process.stdout` and
 * `process.stderr` build a stream on first use, which loads node:stream and its parts: about 4 ms, a
 * tenth of `node -e 0`, on commands whose budget is 1.5 × `node -e 0` (help, skeletons, `--version`,
 * usage errors). To a file, a terminal or /dev/null, text is written to the descriptor itself, as Node's
 * own stream does for a file; a descriptor that would block (EAGAIN: one left non-blocking by the
 * process that shares it) is handed to Node's stream for the rest. Pipes and sockets keep Node's stream
 * (standardWriter).
 */
import { fstatSync, statSync, writeSync } from 'node:fs';

/** The part of Node's write stream used when a descriptor would block. */
export interface FallbackStream {
  readonly destroyed: boolean;
  readonly writableLength: number;
  write(chunk: Uint8Array | string, callback?: () => void): boolean;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

export interface DescriptorWriter {
  /** Writes `text` whole, or records why it could not; after a failure, writes are dropped. */
  write(text: string): void;
  /** The first error a write failed with (EPIPE when the reader has gone away), if any. */
  readonly failure: NodeJS.ErrnoException | undefined;
  /** Resolves once everything written has reached the descriptor, or failed. */
  drain(): Promise<void>;
}

type WriteSync = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

/**
 * The writer for descriptor `fd`: direct (descriptorWriter) to a file, a terminal or /dev/null; Node's
 * stream for a pipe or a socket — a direct write into a full pipe whose reader has stopped blocks the
 * whole process, and Ctrl-C could not end it (Node's stream queues the rest and keeps the event loop
 * free) — and on Windows, whose console takes text through the stream (UTF-16; bytes written to the
 * descriptor would be read in the console's code page).
 */
export function standardWriter(
  fd: number,
  stream: () => FallbackStream,
  platform: NodeJS.Platform = process.platform,
): DescriptorWriter {
  return descriptorWriter(fd, stream, platform === 'win32' || mayBlock(fd) ? null : writeSync);
}

/** Whether `fd` is a pipe or a socket (or cannot be told): a write to it may wait for its reader. */
function mayBlock(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    return stats.isFIFO() || stats.isSocket();
  } catch {
    return true;
  }
}

/**
 * A writer for `fd`. `stream` gives Node's stream for the descriptor, asked for on the first write that
 * would block — or on the first write at all when `write` is null (everything through the stream);
 * `write` is fs.writeSync (tests give their own).
 */
export function descriptorWriter(
  fd: number,
  stream: () => FallbackStream,
  write: WriteSync | null = writeSync,
): DescriptorWriter {
  let failure: NodeJS.ErrnoException | undefined;
  let fallback: FallbackStream | undefined;
  const toStream = (bytes: Uint8Array): void => {
    if (fallback === undefined) {
      const opened = stream();
      opened.on('error', (error) => {
        failure ??= error;
      });
      fallback = opened;
    }
    if (!fallback.destroyed) fallback.write(bytes);
  };
  return {
    get failure() {
      return failure;
    },
    write(text) {
      if (failure !== undefined) return;
      const bytes = Buffer.from(text);
      if (fallback !== undefined || write === null) return toStream(bytes);
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += write(fd, bytes, offset, bytes.length - offset);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return toStream(bytes.subarray(offset));
          failure = error as NodeJS.ErrnoException;
          return;
        }
      }
    },
    async drain() {
      if (fallback !== undefined) await drained(fallback);
    },
  };
}

/** Resolves once everything written to `stream` has reached its descriptor, or failed. */
export async function drained(stream: FallbackStream): Promise<void> {
  if (stream.destroyed || stream.writableLength === 0) return;
  // An empty write's callback runs once everything before it has been written, or has failed.
  await new Promise<void>((done) => void stream.write('', () => done()));
}

let devNull: number | undefined;

/**
 * Whether `fd` is a terminal. Files, pipes and sockets are not, by fstat alone; a character device
 * other than /dev/null is asked of node:tty (which loads node:net and the streams: only then). On
 * Windows, node:tty decides.
 */
export function isTerminal(fd: number, platform: NodeJS.Platform = process.platform): boolean {
  const tty = (): boolean => (process.getBuiltinModule('node:tty') as typeof import('node:tty')).isatty(fd);
  if (platform === 'win32') return tty();
  let rdev: number;
  try {
    const stats = fstatSync(fd);
    if (!stats.isCharacterDevice()) return false;
    rdev = stats.rdev;
  } catch {
    return false;
  }
  try {
    devNull ??= statSync('/dev/null').rdev;
    if (rdev === devNull) return false;
  } catch {
    // No /dev/null to compare with: node:tty decides.
  }
  return tty();
}
