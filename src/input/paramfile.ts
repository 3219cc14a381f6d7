import { GeneralError, ParamError } from '../errors.js';
import { type FileContext, MAX_FILE_BYTES, mebibytes } from '../io.js';
import { PyLookupError, pyDecode } from '../python/codecs.js';
import { errnoText } from '../python/errno.js';
import { expandUser, expandVars } from '../python/os-path.js';
import { pyStringRepr } from '../python/repr.js';

/** A parameter value after paramfile loading: text, or bytes from `fileb://`. */
export type ParamValue = string | Uint8Array;

/**
 * aws-cli's paramfile rules: a value starting with `file://` is replaced by the file's text
 * (universal newlines, nothing stripped), `fileb://` by its bytes; `~` and `$VARS` are expanded.
 * `option` names the flag for messages, e.g. `--transform-id`.
 */
export async function loadParamValue(option: string, value: string, ctx: FileContext): Promise<ParamValue> {
  const prefix = value.startsWith('file://') ? 'file://' : value.startsWith('fileb://') ? 'fileb://' : undefined;
  if (!prefix) return value;
  const raw = value.slice(prefix.length);
  // ~user needs the password database: read only for such a path.
  const passwd = /^~[^/]/.test(raw) ? await readPasswd(ctx) : undefined;
  const path = expandVars(expandUser(raw, ctx.homedir, passwd), ctx.env);
  let bytes: Uint8Array;
  try {
    bytes = await ctx.readFile(path, { maxBytes: MAX_FILE_BYTES });
  } catch (error) {
    if ((error as { code?: string }).code === 'EFBIG') {
      throw new ParamError(
        `Error parsing parameter '${option}': Unable to load paramfile ${value}: the file is larger than ${mebibytes(MAX_FILE_BYTES)}`,
        { cause: error },
      );
    }
    const errno = errnoText((error as { code?: string }).code);
    throw new ParamError(
      `Error parsing parameter '${option}': Unable to load paramfile ${value}: ${errno}: ${pyStringRepr(path)}`,
      { cause: error },
    );
  }
  if (prefix === 'fileb://') return bytes;
  const text = decodeText(
    bytes,
    ctx.env['AWS_CLI_FILE_ENCODING'],
    () =>
      new ParamError(
        `Error parsing parameter '${option}': Unable to load paramfile (${path}), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.`,
      ),
  );
  // Python's text mode: universal newlines.
  return text.replace(/\r\n?/g, '\n');
}

async function readPasswd(ctx: FileContext): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await ctx.readFile('/etc/passwd', { maxBytes: MAX_FILE_BYTES }));
  } catch {
    return undefined;
  }
}

/** The file's text in AWS_CLI_FILE_ENCODING (a Python codec name; UTF-8 by default, its BOM kept). */
function decodeText(bytes: Uint8Array, encoding: string | undefined, onError: () => Error): string {
  try {
    return pyDecode(bytes, encoding || 'utf-8');
  } catch (error) {
    if (error instanceof PyLookupError) throw new GeneralError(error.message, { cause: error });
    throw onError();
  }
}
