import { describe, expect, test } from 'vitest';
import { ConfigParserError, parseIni } from '../../../src/python/configparser.js';
import { mismatches, readCases } from './fixtures/read.js';

describe('parseIni (RawConfigParser as botocore uses it)', () => {
  test('= and : delimit; option names are lower-cased; section names are not', () => {
    expect(parseIni('[Profile P]\nRegion = eu-west-1\nOutput: text\nAWS_ACCESS_KEY_ID=k\n')).toEqual({
      'Profile P': { region: 'eu-west-1', output: 'text', aws_access_key_id: 'k' },
    });
  });
  test('no inline comments: the rest of the line is the value; whole-line # and ; are comments', () => {
    expect(parseIni('# c\n[default]\n; c\nregion = eu-west-1 ; note\nx = a#b\n')).toEqual({
      default: { region: 'eu-west-1 ; note', x: 'a#b' },
    });
  });
  test('indented lines continue a value; a value starting with a line break is a nested block', () => {
    expect(
      parseIni('[s]\na = one\n  two\n\n  three\nglue =\n  endpoint_url = http://127.0.0.1:1\n  Other = x\n'),
    ).toEqual({
      s: { a: 'one\ntwo\n\nthree', glue: { endpoint_url: 'http://127.0.0.1:1', Other: 'x' } },
    });
  });
  test('[DEFAULT] is inherited by every section and is not a section itself', () => {
    expect(parseIni('[DEFAULT]\nregion = r\n[a]\n[b]\nregion = own\n')).toEqual({
      a: { region: 'r' },
      b: { region: 'own' },
    });
  });
  test('a section header is matched at the start of the line, up to the last ]', () => {
    expect(Object.keys(parseIni('[a] trailing\n[b]c]\n'))).toEqual(['a', 'b]c']);
  });
  test.each([
    ['a line outside any section', 'region = x\n'],
    ['a duplicate section', '[a]\n[a]\n'],
    ['a duplicate option', '[a]\nx = 1\nX = 2\n'],
    ['a line that is not an option', '[a]\njust words\n'],
    ['a line starting with =', '[a]\n= v\n'],
    ['a nested line without =', '[a]\ns3 =\n  words\n'],
  ])('%s raises', (_name, text) => {
    expect(() => parseIni(text)).toThrow(ConfigParserError);
  });
});

// Differential: what aws-cli's own botocore (raw_config_parse: RawConfigParser, then nested blocks) made of
// each text (fixtures/reference.py, seeded random lines of sections, options, continuations, comments).
describe('parseIni agrees with aws-cli 2.9.19 botocore on generated files (fixtures/ini.jsonl)', () => {
  test('every case', () => {
    const cases = readCases<{ text: string; parsed?: unknown; error?: string }>('ini.jsonl');
    expect(cases.length).toBeGreaterThan(400);
    const wrong = mismatches(cases, (c) => {
      let got: unknown;
      try {
        got = { parsed: parseIni(c.text) };
      } catch (error) {
        got = { error: error instanceof ConfigParserError ? 'ConfigParseError' : String(error) };
      }
      return { got, want: c.error ? { error: 'ConfigParseError' } : { parsed: c.parsed } };
    });
    expect(wrong).toEqual([]);
  });
});
