/** Python's OSError text for the errno codes a user meets reading a file: `[Errno 2] No such file or directory`. */
const ERRNO: Readonly<Record<string, readonly [number, string]>> = {
  ENOENT: [2, 'No such file or directory'],
  EISDIR: [21, 'Is a directory'],
  EACCES: [13, 'Permission denied'],
  ENOTDIR: [20, 'Not a directory'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  ENAMETOOLONG: [36, 'File name too long'],
};

/** `[Errno N] text` for a Node error code (EIO's for codes Python would not name the same way). */
export function errnoText(code: string | undefined): string {
  const [errno, text] = ERRNO[code ?? ''] ?? [5, 'Input/output error'];
  return `[Errno ${errno}] ${text}`;
}
