import { PyValueError } from './errors.js';
import { roundHalfEven } from './numbers.js';
import { pyNumber } from './repr.js';

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
  // CPython's checks before a datetime exists: time_t's range, then gmtime's (a year that does not
  // fit an int is EOVERFLOW, which botocore's parse_timestamp reports as it does), then datetime's.
  if (value >= 2 ** 63 || value < -(2 ** 63)) throw new PyValueError('timestamp out of range for platform time_t');
  const utcYear = civilYear(Math.floor(value / 86_400));
  if (utcYear > 2 ** 31 - 1 + 1900 || utcYear < -(2 ** 31) + 1900)
    throw new PyValueError(`Unable to calculate correct timezone offset for "${pyNumber(value)}"`);
  if (utcYear < 1 || utcYear > 9999) throw new PyValueError(`year ${utcYear} is out of range`);
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
  if (whole < MIN_SECONDS || whole > MAX_SECONDS)
    throw new PyValueError(`year ${whole < 0 ? 0 : 10000} is out of range`);
  const offsetSeconds = localOffsetSeconds(whole * 1000, timeZone);
  const local = whole + offsetSeconds;
  // The UTC time is a datetime; moved by the offset past year 1 or 9999 it is not (tz.fromutc's OverflowError).
  if (local < MIN_SECONDS || local > MAX_SECONDS) throw new PyValueError('date value out of range');
  const d = new Date(local * 1000);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  let text =
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (micro !== 0) text += `.${pad(micro, 6)}`;
  return text + formatOffset(offsetSeconds);
}

/** The proleptic Gregorian year of a day count from 1970-01-01 (H. Hinnant's civil_from_days). */
function civilYear(days: number): number {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  return yearOfEra + era * 400 + (monthIndex >= 10 ? 1 : 0);
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
  let beforeChrist = false;
  for (const part of formatter.formatToParts(new Date(epochMs))) {
    if (part.type === 'era') beforeChrist = part.value === 'BC';
    else parts[part.type] = Number(part.value);
  }
  // Year 0 (1 BC) is where a negative offset moves 0001-01-01: Intl writes it as year 1 of another era.
  if (beforeChrist) parts['year'] = 1 - (parts['year'] ?? 1);
  // setUTCFullYear, not Date.UTC: that reads years 0-99 as 1900-1999.
  const wall = new Date(0);
  wall.setUTCFullYear(parts['year'] ?? 1970, (parts['month'] ?? 1) - 1, parts['day'] ?? 1);
  wall.setUTCHours(parts['hour'] ?? 0, parts['minute'] ?? 0, parts['second'] ?? 0, 0);
  const asUtc = wall.getTime();
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 1000);
}

function formatterFor(name: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(name);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: name,
        hourCycle: 'h23',
        era: 'short',
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
