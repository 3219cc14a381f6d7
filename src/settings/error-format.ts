import { ERROR_FORMATS, type ErrorFormat } from '../model/options.js';
import { resolveProfile } from './resolve.js';
import { profileSettings, type SharedFiles } from './shared-files.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The error format: --cli-error-format > AWS_CLI_ERROR_FORMAT > the profile's cli_error_format, any
 * case; `legacy` when none is set (aws-cli 2.34+ defaults to enhanced; this tool keeps 2.9.19's
 * output). A value that is not a format is aws-cli's warning, and enhanced.
 */
export function resolveErrorFormat(
  flag: string | undefined,
  env: Env,
  files: SharedFiles,
  profileFlag: string | undefined,
  warn: (line: string) => void,
): ErrorFormat {
  const profile = profileSettings(files, resolveProfile(profileFlag, env).name);
  return checked(flag ?? env['AWS_CLI_ERROR_FORMAT'] ?? profile['cli_error_format'], warn);
}

/** Before the settings are read (an error in the command line): the flag's exact token and the environment. */
export function errorFormatBeforeSettings(
  argv: readonly string[],
  env: Env,
  warn: (line: string) => void,
): ErrorFormat {
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === '--cli-error-format') flag = argv[i + 1];
    else if (token.startsWith('--cli-error-format=')) flag = token.slice('--cli-error-format='.length);
  }
  return checked(flag ?? env['AWS_CLI_ERROR_FORMAT'], warn);
}

function checked(value: string | undefined, warn: (line: string) => void): ErrorFormat {
  if (value === undefined || value === '') return 'legacy';
  const format = value.toLowerCase();
  if ((ERROR_FORMATS as readonly string[]).includes(format)) return format as ErrorFormat;
  warn(`Invalid cli_error_format: '${format}'. Using 'enhanced' format.\n`);
  return 'enhanced';
}
