import { Command, Help, Option } from 'commander';
import { type OperationModel, operationOptions } from './model/operation.js';
import { GLOBAL_OPTIONS, type OptionSpec } from './model/options.js';

/**
 * The commander definition of an operation's options, built from its model and the global option
 * table: the terms and descriptions `help` lists (optionList). The parsing itself is argparse's
 * (prefixes, argparse wording), done by input/argparse.ts, so that commander — the largest module of
 * the start-up path — loads only at build time (or for help from source).
 */
function buildProgram(model: OperationModel): Command {
  const program = new Command(model.command).helpOption(false);
  const specs: readonly OptionSpec[] = [...operationOptions(model), ...GLOBAL_OPTIONS];
  for (const spec of specs) {
    const value = spec.arity === 'one' ? ' <value>' : spec.arity === 'optional' ? ' [type]' : '';
    const option = new Option((spec.short ? `${spec.short}, ` : '') + spec.flag + value, spec.help);
    if (spec.choices) option.choices(spec.choices);
    // Listed as `preset: "input"` (commander lists a preset only for an option whose value is optional).
    if (spec.arity === 'optional') option.preset('input');
    program.addOption(option);
  }
  return program;
}

/** The options as commander's help lists them: each option's term and description (with its choices). */
export function optionList(model: OperationModel): [string, string][] {
  const program = buildProgram(model);
  const helper = new Help();
  return helper.visibleOptions(program).map((option) => [helper.optionTerm(option), helper.optionDescription(option)]);
}
