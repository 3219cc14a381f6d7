import { OPTION_SPECS, PROGRAM_NAME } from './program.js';

/** The usage block printed before argparse-style errors (aws-cli's, with this program's name). */
export function usageBlock(): string {
  return `usage: ${PROGRAM_NAME} [options] [parameters]\nTo see help text, you can run:\n\n  ${PROGRAM_NAME} help\n`;
}

/** `help` / `--help`: what the command does and every option. */
export function helpText(): string {
  const lines = [
    `${PROGRAM_NAME} - import labels into an AWS Glue FindMatches machine learning transform`,
    '',
    'Starts a task run that imports a labels file from Amazon S3 into a FindMatches transform, the way',
    '`aws glue start-import-labels-task-run` (AWS CLI v2) does, with the same options, configuration',
    'files, environment variables, output and exit codes. The labels then teach the transform to',
    'match records better; check the task run with GetMLTaskRun.',
    '',
    'SYNOPSIS',
    `  ${PROGRAM_NAME} --transform-id <value> --input-s3-path <value>`,
    '      [--replace-all-labels | --no-replace-all-labels]',
    '      [--cli-input-json <value> | --cli-input-yaml <value>] [--generate-cli-skeleton [<value>]]',
    '      [global options]',
    '',
    'Any value may be file://PATH (the file\'s text) or fileb://PATH (its bytes). Options may be',
    'abbreviated to any unique prefix.',
    '',
    'OPTIONS',
  ];
  for (const spec of OPTION_SPECS.filter((s) => s.scope === 'operation')) lines.push(...describe(spec));
  lines.push('', 'GLOBAL OPTIONS');
  for (const spec of OPTION_SPECS.filter((s) => s.scope === 'global')) lines.push(...describe(spec));
  lines.push(
    '',
    'EXIT CODES',
    '  0 success; 252 bad command line or parameters; 253 missing region, credentials or pager;',
    '  254 the service returned an error; 255 any other failure; 130 interrupted.',
    '',
  );
  return lines.join('\n');
}

function describe(spec: (typeof OPTION_SPECS)[number]): string[] {
  const value = spec.arity === 'one' ? ' <value>' : spec.arity === 'optional' ? ' [<value>]' : '';
  const choices = spec.choices ? ` (${spec.choices.join(' | ')})` : '';
  return [`  ${spec.flag}${value}${choices}`, `      ${spec.help}`];
}
