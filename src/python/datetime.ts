import { PyValueError } from './errors.js';
import { roundHalfEven } from './numbers.js';

/** The most and least datetime accepts: 0001-01-01 to 9999-12-31T23:59:59 UTC, in epoch seconds. */
const MIN_SECONDS = -62135596800;
const MAX_SECONDS = 253402300799;

/**
 * `datetime.datetime.fromtimestamp(value, tzlocal()).isoformat()`, as botocore's parse_timestamp and
 * aws-cli's iso8601 timestamp format print an epoch-seconds timestamp: microseconds rounded half to
 * even (and left out when zero), the local offset of that instant as `+HH:MM`. The local zone is
 * `timeZone` (the TZ environment variable, an IANA name); without one, or with one Intl does not
 * know, the process's own local zone.
 */
export function isoformatFromTimestamp(value: number, timeZone: string | undefined): string {
  if (Number.isNaN(value)) throw new PyValueError('Invalid value NaN (not a number)');
  if (!Number.isFinite(value)) throw new PyValueError('cannot convert float infinity to integer');
  // CPython's _PyTime_ObjectToTimeval: whole seconds toward zero, the fraction to microseconds.
  let whole = Math.trunc(value);
  let micro = roundHalfEven((value - whole) * 1e6);
  if (micro >= 1e6) {
    micro -= 1e6;
    whole += 1;
  } else if (micro < 0) {
    micro += 1e6;
    whole -= 1;
  }
  const offsetSeconds = localOffsetSeconds(whole * 1000, timeZone);
  const local = whole + offsetSeconds;
  if (local < MIN_SECONDS || local > MAX_SECONDS) {
    const year = new Date(local * 1000).getUTCFullYear();
    throw new PyValueError(`year ${year} is out of range`);
  }
  const d = new Date(local * 1000);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  let text =
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (micro !== 0) text += `.${pad(micro, 6)}`;
  return text + formatOffset(offsetSeconds);
}

/** datetime's `+HH:MM` (with `:SS` when the offset has seconds). */
function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const text = `${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`;
  return abs % 60 === 0 ? text : `${text}:${pad(abs % 60)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The UTC offset of the local zone at an instant, in seconds east of UTC. */
export function localOffsetSeconds(epochMs: number, timeZone: string | undefined): number {
  // glibc reads `:Area/City` as `Area/City`, and an empty TZ as UTC.
  const name = timeZone?.startsWith(':') ? timeZone.slice(1) : timeZone;
  if (name === '') return 0;
  const formatter = name === undefined ? null : formatterFor(name);
  if (formatter === null) return -new Date(epochMs).getTimezoneOffset() * 60;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(epochMs))) parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(
    parts['year'] ?? 1970,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 1000);
}

function formatterFor(name: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(name);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: name,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(name, formatter);
  }
  return formatter;
}
