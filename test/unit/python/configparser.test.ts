import { describe, expect, test } from 'vitest';
import { ConfigParserError, parseIni } from '../../../src/python/configparser.js';
import { configProfile } from '../../../src/settings/shared-files.js';

describe('parseIni', () => {
  test('profiles, comments, nested service blocks', () => {
    const ini = parseIni(
      '# c\n[default]\nregion = eu-west-1 ; note\n[profile p]\nservices = s\n[services s]\nglue =\n  endpoint_url = http://127.0.0.1:1\n',
    );
    expect(configProfile(ini, 'default')).toEqual({ region: 'eu-west-1' });
    expect(configProfile(ini, 'p')).toEqual({ services: 's' });
    expect(ini['services s']).toEqual({ glue: '', 'glue.endpoint_url': 'http://127.0.0.1:1' });
  });
  test('a line outside any section raises ParsingError', () => {
    expect(() => parseIni('region = x\n')).toThrow(ConfigParserError);
  });
});
