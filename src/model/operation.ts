import { IMPORT_OPTIONS, INPUT_OPTIONS, type OptionSpec, RUN_OPTIONS, WAIT_OPTIONS } from './options.js';
import type { StructureShape } from './shapes.js';

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
  /** The response's shape: what the parser keeps, in which order, which members are timestamps; the output skeleton. */
  readonly output: StructureShape;
  /**
   * The task run that `--wait` waits for, from the request and the response; an operation without it
   * has no wait options.
   */
  /** Examples for `help` and the man page: a title, then the lines to type (or a CI step's YAML). */
  readonly examples?: readonly { readonly title: string; readonly lines: readonly string[] }[];
  /** The operation imports a labels file (InputS3Path): --check-labels and --backup-labels-to apply. */
  readonly importsLabels?: boolean;
  readonly waitsFor?: (
    request: Readonly<Record<string, unknown>>,
    response: Readonly<Record<string, unknown>>,
  ) => TaskRunRef;
}

/** A task run of a transform: what GetMLTaskRun takes. */
export interface TaskRunRef {
  readonly TransformId: string;
  readonly TaskRunId: string;
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
  return [
    ...options,
    ...INPUT_OPTIONS,
    ...(model.waitsFor ? WAIT_OPTIONS : []),
    ...RUN_OPTIONS,
    ...(model.importsLabels ? IMPORT_OPTIONS : []),
  ];
}

/** The flags argparse requires (relaxed by cli-input, skeletons and auto-prompt). */
export function requiredFlags(model: OperationModel): string[] {
  return model.input.filter((member) => member.required).map((member) => member.flag);
}
