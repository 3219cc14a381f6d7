import { Command, Option } from 'commander';
import { OPTION_SPECS, PROGRAM_NAME } from './options.js';

/**
 * The commander definition of every option, built from the option table. It renders `help`; the
 * parsing itself is argparse's (prefixes, argparse wording), done by input/argv.ts, so that commander
 * — the largest module of the start-up path — loads only when help is asked for.
 */
export function buildProgram(): Command {
  const program = new Command(PROGRAM_NAME)
    .description('Import labels into an AWS Glue FindMatches machine learning transform (aws glue start-import-labels-task-run).')
    .usage('--transform-id <value> --input-s3-path <value> [options]')
    .helpOption(false)
    .configureHelp({ sortOptions: false, helpWidth: 100 });
  for (const spec of OPTION_SPECS) {
    const value = spec.arity === 'one' ? ' <value>' : spec.arity === 'optional' ? ' [type]' : '';
    const option = new Option(spec.flag + value, spec.help);
    if (spec.choices) option.choices(spec.choices);
    if (spec.arity === 'optional') option.preset('input');
    program.addOption(option);
  }
  return program;
}
