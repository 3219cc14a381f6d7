/**
 * Standard output and error without Node's stream objects. `process.stdout` and `process.stderr` build
 * a stream on first use, which loads node:stream and its parts: about 4 ms, a tenth of `node -e 0`, on
 * commands whose budget is 1.5 × `node -e 0` (help, skeletons, `--version`, usage errors). Here text is
 * written to the descriptor itself, as Node's own stream does for a file and, on Linux, a pipe; a
 * descriptor that would block (a non-blocking pipe its reader is slow to empty: EAGAIN) is handed to
 * Node's stream for the rest, which waits until the reader is ready.
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
 * The writer for descriptor `fd` on this platform: direct (descriptorWriter) except on Windows, whose
 * console takes text through Node's stream (it writes UTF-16 to the console; bytes written to the
 * descriptor would be read in the console's code page).
 */
export function standardWriter(
  fd: 1 | 2,
  stream: () => FallbackStream,
  platform: NodeJS.Platform = process.platform,
): DescriptorWriter {
  return platform === 'win32' ? streamWriter(stream()) : descriptorWriter(fd, stream);
}

/** Everything through Node's stream `stream`. */
export function streamWriter(stream: FallbackStream): DescriptorWriter {
  let failure: NodeJS.ErrnoException | undefined;
  stream.on('error', (error) => {
    failure ??= error;
  });
  return {
    get failure() {
      return failure;
    },
    write(text) {
      if (failure === undefined && !stream.destroyed) stream.write(text);
    },
    drain: () => drained(stream),
  };
}

/**
 * A writer for `fd`. `stream` gives Node's stream for the descriptor, asked for only if a write would
 * block; `write` is fs.writeSync (tests give their own).
 */
export function descriptorWriter(
  fd: number,
  stream: () => FallbackStream,
  write: WriteSync = writeSync,
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
      if (fallback !== undefined) return toStream(bytes);
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
