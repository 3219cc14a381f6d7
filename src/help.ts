import type { OperationModel } from './model/operation.js';

/** The usage block printed before argparse-style errors (aws-cli's, with this program's name). */
export function usageBlock(command: string): string {
  return `usage: ${command} [options] [parameters]\nTo see help text, you can run:\n\n  ${command} help\n`;
}

declare const __HELP_OPTIONS__: Record<string, string> | undefined;

/**
 * `help` / `--help`: what the command does, every option (rendered by commander), and the exit codes.
 * The bundle carries commander's rendering from build time; from source it is rendered here.
 */
export async function helpText(model: OperationModel): Promise<string> {
  const options =
    typeof __HELP_OPTIONS__ === 'object'
      ? (__HELP_OPTIONS__[model.command] ?? '')
      : (await import('./program.js')).buildProgram(model).helpInformation();
  return [
    options,
    `Calls ${model.name}, as \`aws glue ${model.command}\` (AWS CLI v2) does: the same options, configuration`,
    'files, environment variables, output and exit codes.',
    '',
    "Any value may be file://PATH (the file's text) or fileb://PATH (its bytes). Options may be",
    'abbreviated to any unique prefix; a value starting with "-" needs "=" (--transform-id=-abc).',
    '',
    'Exit codes: 0 success; 252 bad command line or parameters; 253 missing region, credentials or',
    'pager; 254 the service returned an error; 255 any other failure; 130 interrupted.',
    '',
  ].join('\n');
}
