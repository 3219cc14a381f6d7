import { eastAsianWidthType } from 'get-east-asian-width';
import { GeneralError } from '../errors.js';
import { roundHalfEven } from '../python/numbers.js';
import { isContainer, isDict, isIntLike, PyFloat, pyStr, pyTypeName } from '../python/repr.js';
import { codePointOrder } from '../python/strings.js';

/**
 * aws-cli's table formatter (awscli/formatter.py + awscli/table.py), reproduced step by step:
 * no table library lays out sections, vertical conversion and width scaling the same way.
 */

interface Section {
  title: string | null;
  headers: string[];
  rows: string[][];
  indent: number;
  numCols: number | undefined;
  maxWidths: number[];
}

/** How table output is styled: plain, or colorama's bright-blue cells and dim-yellow indentation bars. */
export interface TableStyle {
  readonly color: boolean;
}

const BLUE_CELL = '\x1b[1m\x1b[34m';
const YELLOW_BAR = '\x1b[2m\x1b[33m';
const RESET = '\x1b[0m';

/** Display width: East Asian Wide, Fullwidth and Ambiguous characters count 2. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const type = eastAsianWidthType(ch.codePointAt(0) as number);
    width += type === 'wide' || type === 'fullwidth' || type === 'ambiguous' ? 2 : 1;
  }
  return width;
}

/**
 * Renders `value` as aws-cli's table, returned as the list of write() calls aws-cli makes
 * (colorama's autoreset appends a reset after each one when colour is on).
 */
export function formatTableWrites(title: string, value: unknown, terminalWidth: number, style: TableStyle): string[] {
  const sections: Section[] = [];
  if (!build(sections, title, value, 0)) return [];
  let max = maxWidth(sections);
  if (max > terminalWidth) {
    convertToVertical(sections);
    max = maxWidth(sections);
  }
  const writes: string[] = ['-'.repeat(max) + '\n'];
  for (const section of sections) renderSection(section, max, style, writes);
  return writes;
}

function newSection(sections: Section[], title: string | null, indent: number): void {
  sections.push({ title, headers: [], rows: [], indent, numCols: undefined, maxWidths: [] });
}

function current(sections: Section[]): Section {
  const section = sections[sections.length - 1];
  // Unreachable: the first build() call always opens a titled section.
  if (!section) throw new GeneralError('table has no section');
  return section;
}

function isFalsy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return true;
  if (value instanceof PyFloat) return value.value === 0;
  if (Array.isArray(value)) return value.length === 0;
  return isDict(value) && Object.keys(value).length === 0;
}

function build(sections: Section[], title: string | null, value: unknown, indent: number): boolean {
  if (isFalsy(value)) return false;
  if (title !== null) newSection(sections, title, indent);
  if (Array.isArray(value)) {
    if (isDict(value[0])) {
      buildFromList(sections, value, indent, title);
    } else {
      for (const item of value) {
        if (!isContainer(item)) addRow(current(sections), [item]);
        else if (isDict(item))
          addRow(current(sections), Object.keys(item)); // iterating a dict yields its keys
        else if ((item as unknown[]).every((el) => !isContainer(el))) addRow(current(sections), item as unknown[]);
        else build(sections, null, item, 0);
      }
    }
  }
  if (isDict(value)) buildFromDict(sections, value, indent);
  return true;
}

function groupKeys(dict: unknown): [string[], string[]] {
  if (!isDict(dict)) {
    // aws-cli's _group_scalar_keys iterates what it is given and indexes it by each element: an empty
    // string or list has none; otherwise Python fails on the first.
    if ((typeof dict === 'string' || Array.isArray(dict)) && dict.length === 0) return [[], []];
    if (typeof dict === 'string') throw new GeneralError("string indices must be integers, not 'str'");
    if (Array.isArray(dict)) {
      const first = dict[0];
      const integer =
        typeof first === 'bigint' || typeof first === 'boolean' || (typeof first === 'number' && isIntLike(first));
      if (!integer) throw new GeneralError(`list indices must be integers or slices, not ${pyTypeName(first)}`);
      // An int first indexes the list, and Python goes on with what it finds: not followed here (a list
      // of ints among dicts); this tool fails with the message it had.
      throw new GeneralError('list indices must be integers or slices, not str');
    }
    throw new GeneralError(`'${pyTypeName(dict)}' object is not iterable`);
  }
  const keys = Object.keys(dict).sort(codePointOrder);
  return [keys.filter((k) => !isContainer(dict[k])), keys.filter((k) => isContainer(dict[k]))];
}

function buildFromDict(sections: Section[], dict: Record<string, unknown>, indent: number): void {
  const [headers, more] = groupKeys(dict);
  const [only] = headers;
  if (headers.length === 1 && only !== undefined) addRow(current(sections), [only, dict[only]]);
  else if (headers.length > 0) {
    addHeader(current(sections), headers);
    addRow(
      current(sections),
      headers.map((h) => dict[h]),
    );
  }
  for (const key of more) build(sections, key, dict[key], indent + 1);
}

function buildFromList(sections: Section[], list: unknown[], indent: number, title: string | null): void {
  const headerSet = new Set<string>();
  const moreSet = new Set<string>();
  for (const item of list) {
    const [h, m] = groupKeys(item);
    for (const k of h) headerSet.add(k);
    for (const k of m) moreSet.add(k);
  }
  const headers = [...headerSet].sort(codePointOrder);
  const more = [...moreSet].sort(codePointOrder);
  addHeader(current(sections), headers);
  list.forEach((element, index) => {
    const dict = element as Record<string, unknown>;
    if (index > 0 && more.length > 0) {
      newSection(sections, title, indent);
      addHeader(current(sections), headers);
    }
    addRow(
      current(sections),
      headers.map((h) => (h in dict ? dict[h] : '')),
    );
    for (const key of more) if (key in dict) build(sections, key, dict[key], indent + 1);
  });
}

function addHeader(section: Section, headers: string[]): void {
  updateWidths(section, headers);
  if (section.numCols === undefined) section.numCols = headers.length;
  section.headers = headers;
}

function addRow(section: Section, row: unknown[]): void {
  if (section.numCols === undefined) section.numCols = row.length;
  if (row.length !== section.numCols) {
    throw new GeneralError(`Row should have ${section.numCols} elements, instead it has ${row.length}`);
  }
  const cells = row.map(pyStr);
  section.rows.push(cells);
  updateWidths(section, cells);
}

function updateWidths(section: Section, cells: string[]): void {
  if (section.maxWidths.length === 0) {
    section.maxWidths = cells.map(textWidth);
    return;
  }
  cells.forEach((cell, i) => {
    // More cells than the section has columns (a header after a shorter row): Python's IndexError.
    if (i >= section.maxWidths.length) throw new GeneralError('list index out of range');
    section.maxWidths[i] = Math.max(textWidth(cell), section.maxWidths[i] as number);
  });
}

function titleWidth(section: Section): number {
  // Python's get_text_length(str(None)) counts a missing title as four characters.
  return section.title === null ? 4 : textWidth(section.title);
}

function totalWidth(section: Section): number {
  const columns = section.maxWidths.reduce((sum, w) => sum + w + 4, 0) + 2 + 2 * section.indent;
  return Math.max(titleWidth(section) + 2 + 2 * section.indent, columns);
}

function maxWidth(sections: Section[]): number {
  return Math.max(...sections.map(totalWidth));
}

function convertToVertical(sections: Section[]): void {
  sections.forEach((section, i) => {
    const [row] = section.rows;
    if (section.rows.length !== 1 || section.headers.length === 0 || !row) return;
    const vertical: Section = {
      title: section.title,
      headers: [],
      rows: [],
      indent: section.indent,
      numCols: undefined,
      maxWidths: [],
    };
    section.headers.forEach((header, j) => {
      if (j < row.length) addRow(vertical, [header, row[j]]);
    });
    sections[i] = vertical;
  });
}

function columnWidths(section: Section, available: number): number[] {
  const unscaled = section.maxWidths.map((w) => w + 4);
  if (unscaled.length === 0) return [];
  const factor = available / unscaled.reduce((a, b) => a + b, 0);
  const scaled = unscaled.map((w) => roundHalfEven(factor * w));
  let off = scaled.reduce((a, b) => a + b, 0) - available;
  while (off !== 0) {
    const order = scaled.map((_, i) => i);
    if (off < 0) order.reverse();
    for (const i of order) {
      scaled[i] = (scaled[i] ?? 0) + (off > 0 ? -1 : 1);
      off += off > 0 ? -1 : 1;
      if (off === 0) break;
    }
  }
  return scaled;
}

const spaces = (n: number): string => (n > 0 ? ' '.repeat(n) : '');

function centerText(text: string, length: number, leftEdge: string, rightEdge: string): string {
  const tw = textWidth(text);
  const start = Math.floor(length / 2) - Math.floor(tw / 2) - 1;
  const soFar = leftEdge.length + start + tw;
  return leftEdge + spaces(start) + text + spaces(length - rightEdge.length - soFar) + rightEdge;
}

function alignLeft(text: string, styled: string, length: number, leftEdge: string): string {
  const tw = textWidth(text);
  const padding = length - (tw + 2 + leftEdge.length + 1) >= 0 ? 2 : 0;
  return leftEdge + spaces(padding) + styled + spaces(length - leftEdge.length - padding - tw - 1) + '|';
}

function lineBreak(widths: number[]): string {
  return (
    widths
      .map((w, i) => (i === 0 ? `+${'-'.repeat(Math.max(w - 2, 0))}+` : `${'-'.repeat(Math.max(w - 1, 0))}+`))
      .join('') + '\n'
  );
}

function renderSection(section: Section, max: number, style: TableStyle, writes: string[]): void {
  const bar = style.color ? YELLOW_BAR + '|' + RESET : '|';
  const bars = bar.repeat(section.indent);
  // aws-cli's IndentedStream: left bars, the line, right bars, newline — four writes per line.
  const line = (text: string): void => {
    writes.push(bars, text, bars, '\n');
  };
  const width = max - 2 * section.indent;
  if (section.title) {
    line(centerText(section.title, width, '|', '|'));
    if (section.headers.length === 0 && section.rows.length === 0) line(`+${'-'.repeat(Math.max(width - 2, 0))}+`);
  }
  if (section.headers.length > 0) {
    const widths = columnWidths(section, width);
    line(lineBreak(widths).slice(0, -1));
    line(section.headers.map((h, i) => centerText(h, widths[i] ?? 0, i === 0 ? '|' : '', '|')).join(''));
  }
  if (section.rows.length === 0) return;
  const widths = columnWidths(section, width);
  if (widths.length === 0) return;
  line(lineBreak(widths).slice(0, -1));
  for (const row of section.rows) {
    const cells = row.map((cell, i) => {
      const styled = style.color ? BLUE_CELL + cell + RESET : cell;
      return alignLeft(cell, styled, widths[i] ?? 0, i === 0 ? '|' : '');
    });
    line(cells.join(''));
  }
  line(lineBreak(widths).slice(0, -1));
}
