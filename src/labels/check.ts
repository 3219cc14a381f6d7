import { parse } from 'csv-parse/sync';

/** A column of the transform's schema (GetMLTransform). */
export interface SchemaColumn {
  readonly Name: string;
  readonly DataType?: string;
}

/** What the check found: problems stop the import (252); advice is printed and the import goes on. */
export interface LabelsReport {
  readonly problems: string[];
  readonly advice: string[];
}

/** A labels file's location, `s3://bucket/key` (a key is required, of any characters, as S3 keys may be). */
export function parseS3Path(path: string): { bucket: string; key: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/(.+)$/s.exec(path);
  return match ? { bucket: match[1] as string, key: match[2] as string } : undefined;
}

/** The columns Glue requires first. */
export const REQUIRED_COLUMNS = ['labeling_set_id', 'label'] as const;
/** Rows per labeling set: recommended, acceptable, and past which Glue "may cause poor results or system failure". */
const RECOMMENDED = '10–20';
const ACCEPTABLE_MAX = 30;
const RISKY_MAX = 50;
/** How many problems and advice lines are printed before "and N more". */
export const MAX_LINES = 20;

/**
 * Checks a labels file as Glue will read it (AWS Glue developer guide, "Labeling file format"): UTF-8
 * without a byte-order mark; a header of labeling_set_id, label, then exactly the transform's schema
 * columns; every row as many fields as the header; labeling_set_id and label never empty. Advice:
 * labeling sets over 30 rows (over 50 may fail), and single-row sets. CSV is read by csv-parse.
 */
export function checkLabelsFile(bytes: Uint8Array, schema: readonly SchemaColumn[]): LabelsReport {
  const problems: string[] = [];
  const advice: string[] = [];
  if (bytes.length === 0) {
    problems.push('the file is empty (Glue: "Invalid label file of size 0.")');
    return { problems, advice };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) {
    problems.push(
      'line 1: the file starts with a UTF-8 byte-order mark (EF BB BF), as spreadsheet programs write it; save it as UTF-8 without a BOM',
    );
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== undefined) {
    const { line, column } = position(bytes, bad);
    const byte = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0');
    problems.push(
      `line ${line}: byte 0x${byte} at column ${column} is not UTF-8; the file looks like cp1252 (Windows-1252), as files edited on Windows often are: save it as UTF-8`,
    );
  }
  const text = new TextDecoder('utf-8').decode(bom ? bytes.subarray(3) : bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    problems.push(`line ${e.lines ?? '?'}: not valid CSV: ${e.message ?? String(error)}`);
    return { problems, advice };
  }
  const [head, ...rows] = records;
  if (head === undefined) {
    problems.push('the file has no header and no rows');
    return { problems, advice };
  }
  problems.push(...checkHeader(head.record, schema));
  const width = head.record.length;
  const sets = new Map<string, number>();
  for (const { record, info } of rows) {
    if (record.length !== width)
      problems.push(
        `line ${info.lines}: ${record.length} field${record.length === 1 ? '' : 's'}; the header has ${width}`,
      );
    const [setId = '', label = ''] = record;
    if (setId.trim() === '') problems.push(`line ${info.lines}: labeling_set_id is empty`);
    if (label.trim() === '') problems.push(`line ${info.lines}: label is empty`);
    if (setId.trim() !== '') sets.set(setId, (sets.get(setId) ?? 0) + 1);
  }
  if (rows.length === 0) problems.push('the file has a header but no rows');
  for (const [setId, count] of sets) {
    if (count > RISKY_MAX)
      advice.push(
        `labeling set ${setId}: ${count} rows; over ${RISKY_MAX} "may cause poor results or system failure" (${RECOMMENDED} recommended)`,
      );
    else if (count > ACCEPTABLE_MAX)
      advice.push(
        `labeling set ${setId}: ${count} rows; ${RECOMMENDED} are recommended, at most ${ACCEPTABLE_MAX} acceptable`,
      );
    else if (count === 1)
      advice.push(`labeling set ${setId}: a single row, which teaches the transform nothing (a set needs 2 or more)`);
  }
  return { problems, advice };
}

function checkHeader(header: readonly string[], schema: readonly SchemaColumn[]): string[] {
  const problems: string[] = [];
  const [first, second, ...rest] = header;
  if (first !== REQUIRED_COLUMNS[0] || second !== REQUIRED_COLUMNS[1]) {
    problems.push(
      `line 1: the first two columns must be ${REQUIRED_COLUMNS.join(',')} (they are ${[first, second].map((c) => c ?? '(none)').join(',')})`,
    );
  }
  const expected = schema.map((column) => column.Name);
  const missing = expected.filter((name) => !rest.includes(name));
  const unexpected = rest.filter((name) => !expected.includes(name));
  if (missing.length > 0 || unexpected.length > 0) {
    const parts = [
      ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
      ...(unexpected.length > 0 ? [`not in the schema ${unexpected.join(', ')}`] : []),
    ];
    problems.push(
      `line 1: the columns after label must be the transform's schema (${expected.join(',')}): ${parts.join('; ')}`,
    );
  }
  return problems;
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence, if any. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return undefined;
}

/** 1-based line and byte column of an offset. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** At most MAX_LINES lines, then "and N more". */
export function capped(lines: readonly string[], what: string): string[] {
  if (lines.length <= MAX_LINES) return [...lines];
  return [...lines.slice(0, MAX_LINES), `and ${lines.length - MAX_LINES} more ${what}`];
}
