import { INPUT_OPTIONS, type OptionSpec } from './options.js';

/** One input member of an operation, with what botocore checks client-side and the flag that sets it. */
export interface MemberModel {
  readonly name: string;
  /** The command-line flag; a boolean member also gets `--no-…`. */
  readonly flag: `--${string}`;
  readonly type: 'string' | 'boolean';
  readonly required: boolean;
  readonly minLength?: number;
  /** The member's documentation: help text, prompt question, yaml-input skeleton comment. */
  readonly doc: string;
  /** Help text for the `--no-…` flag of a boolean member. */
  readonly negatedDoc?: string;
}

/** One operation of the service: the single source of its flags, required list, prompts, skeletons and help. */
export interface OperationModel {
  /** The API name, e.g. StartImportLabelsTaskRun: error messages and the table title say it. */
  readonly name: string;
  /** The command name, e.g. start-import-labels-task-run: the bin, usage and help say it. */
  readonly command: string;
  readonly summary: string;
  readonly input: readonly MemberModel[];
  /** The `output` skeleton: a sample response. */
  readonly outputSkeleton: Readonly<Record<string, unknown>>;
}

/** The operation's options in aws-cli's argument-table order: the members' flags, then cli-input and skeletons. */
export function operationOptions(model: OperationModel): OptionSpec[] {
  const options: OptionSpec[] = [];
  for (const member of model.input) {
    const required = member.required ? ' Required.' : '';
    options.push({
      flag: member.flag,
      arity: member.type === 'boolean' ? 'none' : 'one',
      help: member.doc + required,
      member: member.name,
    });
    if (member.type === 'boolean') {
      const negated = `--no-${member.flag.slice(2)}` as const;
      options.push({
        flag: negated,
        arity: 'none',
        help: member.negatedDoc ?? `Do not set ${member.name}.`,
        member: member.name,
      });
    }
  }
  return [...options, ...INPUT_OPTIONS];
}

/** The flags argparse requires (relaxed by cli-input, skeletons and auto-prompt). */
export function requiredFlags(model: OperationModel): string[] {
  return model.input.filter((member) => member.required).map((member) => member.flag);
}
