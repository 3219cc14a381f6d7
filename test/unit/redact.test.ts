import { describe, expect, test } from 'vitest';
import { escapeControlCharacters, hasControlCharacter, maskUrlCredentials } from '../../src/redact.js';

describe('maskUrlCredentials', () => {
  test.each([
    ['http://user:pw@127.0.0.1:1/p', 'http://***:***@127.0.0.1:1/p'],
    ['https://token@h/x', 'https://***@h/x'],
    ['svc+x.y-z://u:p@h', 'svc+x.y-z://***:***@h'],
    ['see "http://a:b@h/" and s3://k@bucket/x', 'see "http://***:***@h/" and s3://***@bucket/x'],
    ['http://h/path@not-userinfo', 'http://h/path@not-userinfo'],
    ['http://h?q=a@b', 'http://h?q=a@b'],
    ['mailto:a@b', 'mailto:a@b'],
    ['no url', 'no url'],
  ])('%s → %s', (text, want) => expect(maskUrlCredentials(text)).toBe(want));
});

describe('control characters', () => {
  test('C0 (tab too), DEL and C1 are control characters; printable text, NBSP and wide characters are not', () => {
    for (const ch of ['\x00', '\n', '\t', '\x1b', '\x7f', '\x80', '\x9f'])
      expect(hasControlCharacter(`a${ch}b`), JSON.stringify(ch)).toBe(true);
    for (const text of ['plain', 'é ü', '\xa0', '日本'])
      expect(hasControlCharacter(text), JSON.stringify(text)).toBe(false);
  });
  test('escaped as Python writes them: \\n, \\r, else \\xHH; a tab stays a tab', () => {
    expect(escapeControlCharacters('a\nb\rc\x1bd\x7fe\x9ff\x00')).toBe('a\\nb\\rc\\x1bd\\x7fe\\x9ff\\x00');
    expect(escapeControlCharacters('tab\there')).toBe('tab\there');
    expect(escapeControlCharacters('é')).toBe('é');
  });
});
