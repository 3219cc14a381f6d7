import { GeneralError } from '../errors.js';
import { isContainer, isDict, pyStr, pyTypeName } from '../python/repr.js';
import { codePointOrder } from '../python/strings.js';

type Json = unknown;

/** aws-cli's text formatter: tab-separated scalars, nested sections prefixed with the UPPERCASED key. */
export function formatText(value: Json): string {
  const out: string[] = [];
  formatValue(value, undefined, undefined, out);
  return out.join('');
}

function formatValue(
  value: Json,
  identifier: string | undefined,
  scalarKeys: string[] | undefined,
  out: string[],
): void {
  if (isDict(value)) formatDict(value, identifier, scalarKeys, out);
  else if (Array.isArray(value)) formatList(value, identifier, out);
  else out.push(pyStr(value) + '\n');
}

function formatList(list: Json[], identifier: string | undefined, out: string[]): void {
  if (list.length === 0) return;
  if (list.some(isDict)) {
    const keys = new Set<string>();
    for (const item of list) {
      if (!isDict(item)) {
        // aws-cli crashes here with Python's AttributeError text; we keep its message and exit code.
        throw new GeneralError(`'${pyTypeName(item)}' object has no attribute 'items'`);
      }
      for (const [k, v] of Object.entries(item)) if (!isContainer(v)) keys.add(k);
    }
    const scalarKeys = [...keys].sort(codePointOrder);
    for (const item of list) formatValue(item, identifier, scalarKeys, out);
    return;
  }
  if (list.some(Array.isArray)) {
    const scalars = list.filter((item) => !isContainer(item));
    if (scalars.length > 0) formatScalarList(scalars, identifier, out);
    for (const item of list) if (Array.isArray(item)) formatValue(item, identifier, undefined, out);
    return;
  }
  formatScalarList(list, identifier, out);
}

function formatScalarList(list: Json[], identifier: string | undefined, out: string[]): void {
  if (identifier === undefined) out.push(list.map(pyStr).join('\t') + '\n');
  else for (const item of list) out.push(`${identifier.toUpperCase()}\t${pyStr(item)}\n`);
}

function formatDict(
  dict: Record<string, Json>,
  identifier: string | undefined,
  scalarKeys: string[] | undefined,
  out: string[],
): void {
  let scalars: string[];
  let nested: string[];
  if (scalarKeys === undefined) {
    const keys = Object.keys(dict).sort(codePointOrder);
    scalars = keys.filter((k) => !isContainer(dict[k])).map((k) => pyStr(dict[k]));
    nested = keys.filter((k) => isContainer(dict[k]));
  } else {
    scalars = scalarKeys.map((k) => (k in dict ? pyStr(dict[k]) : ''));
    nested = Object.keys(dict)
      .filter((k) => !scalarKeys.includes(k))
      .sort(codePointOrder);
  }
  if (scalars.length > 0) {
    const row = identifier === undefined ? scalars : [identifier.toUpperCase(), ...scalars];
    out.push(row.join('\t') + '\n');
  }
  for (const key of nested) formatValue(dict[key], key, undefined, out);
}
