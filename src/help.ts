import { PROGRAM_NAME } from './options.js';

/** The usage block printed before argparse-style errors (aws-cli's, with this program's name). */
export function usageBlock(): string {
  return `usage: ${PROGRAM_NAME} [options] [parameters]\nTo see help text, you can run:\n\n  ${PROGRAM_NAME} help\n`;
}

declare const __HELP_OPTIONS__: string | undefined;

/**
 * `help` / `--help`: what the command does, every option (rendered by commander), and the exit codes.
 * The bundle carries commander's rendering from build time; from source it is rendered here.
 */
export async function helpText(): Promise<string> {
  const options = typeof __HELP_OPTIONS__ === 'string' ? __HELP_OPTIONS__ : (await import('./program.js')).buildProgram().helpInformation();
  return [
    options,
    'Starts a task run that imports a labels file from Amazon S3 into a FindMatches transform, as',
    '`aws glue start-import-labels-task-run` (AWS CLI v2) does: the same options, configuration files,',
    'environment variables, output and exit codes. Check the task run afterwards with GetMLTaskRun.',
    '',
    "Any value may be file://PATH (the file's text) or fileb://PATH (its bytes). Options may be",
    'abbreviated to any unique prefix; a value starting with "-" needs "=" (--transform-id=-abc).',
    '',
    'Exit codes: 0 success; 252 bad command line or parameters; 253 missing region, credentials or',
    'pager; 254 the service returned an error; 255 any other failure; 130 interrupted.',
    '',
  ].join('\n');
}
