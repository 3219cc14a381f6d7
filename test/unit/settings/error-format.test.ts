import { describe, expect, test } from 'vitest';
import { parseIni } from '../../../src/python/configparser.js';
import { errorFormatBeforeSettings, resolveErrorFormat } from '../../../src/settings/error-format.js';
import { buildSharedFiles } from '../../../src/settings/shared-files.js';

const files = (config: string) =>
  buildSharedFiles(parseIni(config), parseIni(''), { configPath: '/c', credentialsPath: '/k', env: {}, homedir: '/h' });

/** The format and the warnings printed on the way. */
function resolved(flag: string | undefined, env: Record<string, string>, config = '', profileFlag?: string) {
  const warnings: string[] = [];
  const format = resolveErrorFormat(flag, env, files(config), profileFlag, (line) => void warnings.push(line));
  return [format, warnings];
}

describe('resolveErrorFormat: --cli-error-format > AWS_CLI_ERROR_FORMAT > the profile', () => {
  test('each source in turn, any case; legacy when none or empty', () => {
    const config = '[default]\ncli_error_format = JSON\n[profile p]\ncli_error_format = yaml\n';
    expect(resolved('TEXT', { AWS_CLI_ERROR_FORMAT: 'json' }, config)).toEqual(['text', []]);
    expect(resolved(undefined, { AWS_CLI_ERROR_FORMAT: 'Enhanced' }, config)).toEqual(['enhanced', []]);
    expect(resolved(undefined, {}, config)).toEqual(['json', []]);
    expect(resolved(undefined, { AWS_PROFILE: 'p' }, config)).toEqual(['yaml', []]);
    expect(resolved(undefined, {}, config, 'p')).toEqual(['yaml', []]);
    expect(resolved(undefined, {}, '')).toEqual(['legacy', []]);
    expect(resolved('', {}, config)).toEqual(['legacy', []]);
  });

  test("a value that is not a format: aws-cli's warning, lower-cased, then enhanced", () => {
    expect(resolved('Fancy', {})).toEqual([
      'enhanced',
      ["Invalid cli_error_format: 'fancy'. Using 'enhanced' format.\n"],
    ]);
  });
});

describe('errorFormatBeforeSettings: the flag as written, or the environment (no files yet)', () => {
  const early = (argv: string[], env: Record<string, string> = {}) => {
    const warnings: string[] = [];
    return [errorFormatBeforeSettings(argv, env, (line) => void warnings.push(line)), warnings];
  };
  test('--cli-error-format VALUE and --cli-error-format=VALUE, the last one winning; else the environment', () => {
    expect(early(['--x', '--cli-error-format', 'json'])).toEqual(['json', []]);
    expect(early(['--cli-error-format=yaml'])).toEqual(['yaml', []]);
    expect(early(['--cli-error-format', 'json', '--cli-error-format=text'])).toEqual(['text', []]);
    expect(early(['--cli-error-format'], { AWS_CLI_ERROR_FORMAT: 'json' })).toEqual(['json', []]);
    expect(early(['--transform-id', 't'], { AWS_CLI_ERROR_FORMAT: 'TEXT' })).toEqual(['text', []]);
    expect(early(['--cli-error-formatx', 'json'])).toEqual(['legacy', []]);
    expect(early(['--cli-error-format=bad'])).toEqual([
      'enhanced',
      ["Invalid cli_error_format: 'bad'. Using 'enhanced' format.\n"],
    ]);
  });
});
