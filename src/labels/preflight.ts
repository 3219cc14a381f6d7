import { type CliError, GeneralError, ParamError, ServiceError } from '../errors.js';
import { escapeControlCharacters } from '../redact.js';
import { capped, checkLabelsFile, parseS3Path, type SchemaColumn } from './check.js';

/** The most of a labels file the check reads (Glue refuses large files itself). */
export const MAX_LABELS_BYTES = 64 * 1024 * 1024;

/** What S3 answered for the object (the session's S3 reader). */
export type ObjectAnswer =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | {
      readonly ok: false;
      readonly code: string;
      readonly message: string;
      readonly status: number | undefined;
      readonly bucketRegion: string | undefined;
    };

export interface PreflightDeps {
  /** The transform's schema (GetMLTransform); throws the call's error. */
  schema(): Promise<readonly SchemaColumn[]>;
  getObject(bucket: string, key: string, maxBytes: number): Promise<ObjectAnswer>;
  bucketRegion(bucket: string): Promise<string | undefined>;
  /** Prints one advice line on stderr. */
  warn(line: string): void;
}

/**
 * --check-labels: the labels file at `inputS3Path`, read from S3, against the transform's schema and
 * region. A problem throws (252, one line each, nothing started); access denied is 254 and says what
 * the check needs; advice is printed and the import goes on. Returns a summary for --dry-run.
 */
export async function checkLabelsBeforeImport(
  inputS3Path: string,
  region: string,
  deps: PreflightDeps,
): Promise<string> {
  const where = `labels file ${escapeControlCharacters(inputS3Path)}`;
  const location = parseS3Path(inputS3Path);
  if (!location) throw new ParamError(`${where}: not an s3://bucket/key path (Glue: "Invalid label file path.")`);
  const { bucket, key } = location;
  const bucketRegion = await deps.bucketRegion(bucket);
  if (bucketRegion !== undefined && bucketRegion !== region) {
    throw new ParamError(
      `${where}: the bucket is in ${bucketRegion}, the transform in ${region} (Glue: "S3 path provided is not in the same region as transform.")`,
    );
  }
  const object = await deps.getObject(bucket, key, MAX_LABELS_BYTES);
  if (!object.ok) throw objectError(where, object);
  const schema = await deps.schema();
  const report = checkLabelsFile(object.bytes, schema);
  if (report.problems.length > 0)
    throw new ParamError(
      capped(report.problems, 'problems')
        .map((line) => `${where}: ${line}`)
        .join('\n'),
    );
  for (const line of capped(report.advice, 'advice lines')) deps.warn(`${where}: ${line}`);
  return `${where}: ${object.bytes.length} bytes, UTF-8, header and rows match the transform's schema (${schema.length} column${schema.length === 1 ? '' : 's'})`;
}

function objectError(where: string, answer: Extract<ObjectAnswer, { ok: false }>): CliError {
  const code = escapeControlCharacters(answer.code);
  if (answer.code === 'NoSuchKey' || answer.code === 'NoSuchBucket' || answer.status === 404)
    return new ParamError(`${where}: it does not exist (${code}; Glue: "Cannot access the label file at …")`);
  if (answer.code === 'AccessDenied' || answer.status === 403)
    return new ServiceError(
      code,
      `${where}: access denied (${code}). --check-labels reads the file and needs s3:GetObject on it; leave --check-labels off to import without the check.`,
    );
  if (answer.status === 301 && answer.bucketRegion !== undefined)
    return new ParamError(
      `${where}: the bucket is in ${answer.bucketRegion} (Glue: "S3 path provided is not in the same region as transform.")`,
    );
  if (answer.code === 'TooLarge')
    return new ParamError(`${where}: larger than ${MAX_LABELS_BYTES / 1024 / 1024} MiB; too large to check`);
  return new GeneralError(`${where}: S3 answered ${code}: ${escapeControlCharacters(answer.message)}`);
}
