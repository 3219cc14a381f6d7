import { describe, expect, test } from 'vitest';
import { isoformatFromTimestamp, localOffsetSeconds } from '../../../src/python/datetime.js';
import { mismatches, readCases } from './fixtures/read.js';

// Expected values printed by Python 3.11: datetime.fromtimestamp(v, tz).isoformat().
describe('isoformatFromTimestamp', () => {
  test.each([
    [1764363600, 'UTC', '2025-11-28T21:00:00+00:00'],
    [1764363600.123, 'UTC', '2025-11-28T21:00:00.123000+00:00'],
    [1764363600.1234567, 'UTC', '2025-11-28T21:00:00.123457+00:00'],
    [1764363600.0000005, 'UTC', '2025-11-28T21:00:00+00:00'],
    [-1.5, 'UTC', '1969-12-31T23:59:58.500000+00:00'],
    [0, 'UTC', '1970-01-01T00:00:00+00:00'],
    [1764363600.123, 'America/New_York', '2025-11-28T16:00:00.123000-05:00'],
    [1751320800, 'America/New_York', '2025-06-30T18:00:00-04:00'],
    [1764363600, 'Asia/Kolkata', '2025-11-29T02:30:00+05:30'],
    [1764363600, 'Pacific/Chatham', '2025-11-29T10:45:00+13:45'],
    [1764363600, ':Europe/Paris', '2025-11-28T22:00:00+01:00'],
    [1764363600, '', '2025-11-28T21:00:00+00:00'],
  ])('%d in %s', (value, zone, text) => expect(isoformatFromTimestamp(value, zone)).toBe(text));

  test('out of datetime range, NaN and infinity raise as Python does', () => {
    expect(() => isoformatFromTimestamp(1e12, 'UTC')).toThrow('year 33658 is out of range');
    expect(() => isoformatFromTimestamp(Number.NaN, 'UTC')).toThrow('Invalid value NaN (not a number)');
    expect(() => isoformatFromTimestamp(Number.POSITIVE_INFINITY, 'UTC')).toThrow('cannot convert float infinity');
  });

  test('an unknown zone name falls back to the process zone', () => {
    const ms = 1764363600000;
    expect(localOffsetSeconds(ms, 'No/Such_Zone')).toBe(-new Date(ms).getTimezoneOffset() * 60);
  });
});

// Differential: aws-cli's own iso8601 output (botocore's parse_timestamp(value).isoformat(), dateutil's
// tzlocal) for each TZ — DST, half- and quarter-hour zones, historic offsets, an unknown zone, an empty
// one — and seeded epoch seconds with up to 7 decimals (python/fixtures/reference.py).
describe('isoformatFromTimestamp agrees with aws-cli 2.9.19 (fixtures/timestamps.jsonl)', () => {
  test('every case: the text, or the message of the error', () => {
    const cases = readCases<{ tz: string; value: number; iso?: string; message?: string }>('timestamps.jsonl');
    const wrong = mismatches(cases, (c) => {
      let got: unknown;
      try {
        got = { iso: isoformatFromTimestamp(c.value, c.tz) };
      } catch (error) {
        got = { message: (error as Error).message };
      }
      return { got, want: c.message !== undefined ? { message: c.message } : { iso: c.iso } };
    });
    expect(wrong).toEqual([]);
  });
});
