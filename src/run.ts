import type { OpenSession, Session } from './aws/types.js';
import { CliError, ExitCode, ParamError } from './errors.js';
import { helpText } from './help.js';
import type { InputDocument } from './input/cli-input.js';
import { type OperationArgs, parseGlobalArgs, parseOperationArgs } from './input/command-line.js';
import { loadParamValue } from './input/paramfile.js';
import type { Clock, FileContext, ProcessIo } from './io.js';
import type { OperationModel, TaskRunRef } from './model/operation.js';
import { GET_ML_TASK_RUN } from './model/operations/get-ml-task-run.js';
import type { ErrorFormat, GlobalArgs, RunArgs } from './model/options.js';
import type { OutputSettings, TimestampFormat } from './model/settings.js';
import { ML_TRANSFORM_SCHEMA, type StructureShape, TASK_RUN_ID } from './model/shapes.js';
import type { Query } from './output/query.js';
import type { Rendered } from './output/writer.js';
import { jsonDumps } from './python/json.js';
import { maskUrlCredentials } from './redact.js';
import { inputSkeleton, outputSkeleton, yamlInputSkeleton } from './request/skeleton.js';
import { validateRequest } from './request/validate.js';
import { resolveAutoPrompt } from './settings/auto-prompt-mode.js';
import { resolveErrorFormat } from './settings/error-format.js';
import { checkEndpointScheme, credentialsHint, parseTimeout, resolveTimestampFormat } from './settings/resolve.js';
import { resolveSettings, type Settings } from './settings/settings.js';
import { readSharedFiles, type SharedFiles } from './settings/shared-files.js';
import { versionLine } from './version.js';
import type { PollResult, WaitResult } from './wait/wait.js';
import {
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_TIMEOUT_SECONDS,
  readWaitRequest,
  resumeCommand,
  type WaitRequest,
} from './wait/wait-options.js';

/**
 * What a run ends with: text for stdout written as it is, or a rendered response for the output writer
 * — after which `ending`, when there is one, is printed and gives the exit code (a waited-for task run
 * that did not succeed).
 */
export type Outcome =
  | { kind: 'text'; text: string; paged?: boolean }
  | { kind: 'rendered'; rendered: Rendered; output: OutputSettings; ending?: CliError | undefined };

/** How errors are to be printed, set as soon as the settings that decide it have been read. */
export interface ErrorReport {
  format: (() => ErrorFormat) | undefined;
}

/** The parts a test may replace: the AWS session (the SDK loads only when one is opened) and the clock. */
export interface Deps {
  readonly openSession: OpenSession;
  readonly clock: Clock;
}

/** `help`: wrapped to the terminal's width (80 off a terminal), paged on a terminal as aws-cli's help is. */
async function helpOutcome(model: OperationModel, io: ProcessIo): Promise<TextOutcome> {
  return { kind: 'text', text: await helpText(model, io.stdoutIsTTY ? (io.stdoutColumns ?? 80) : 80), paged: true };
}

/** This tool's advice after aws-cli's "run aws configure" lines (CliError.hint). */
function failureHints(settings: Settings): { credentials: string } {
  const { credentialsPath, profile } = settings.client;
  return { credentials: credentialsHint(credentialsPath, profile.name) };
}

/** Runs every stage once, in aws-cli's order, so the error aws-cli would report first is the one reported. */
export async function run(
  io: ProcessIo,
  deps: Deps,
  model: OperationModel,
  report: ErrorReport = { format: undefined },
): Promise<Outcome> {
  let files: Promise<SharedFiles> | undefined;
  const sharedFiles = (): Promise<SharedFiles> => (files ??= readSharedFiles(io));
  const command = await readCommand(io, model, sharedFiles, report);
  if (command.kind === 'text') return command;
  const settings = await resolveSettings(command.globals, io, await sharedFiles(), deps.clock.now());
  settings.client.debug?.(
    [
      `CLI version: ${versionLine(model.command, io.nodeVersion, io.platform, io.arch).trim()}`,
      `Arguments entered: ${jsonDumps(io.argv.map(maskUrlCredentials), { ensureAscii: false })}`,
      'Resolved settings:',
      ...[...settings.trace].map(([name, value]) => `  ${name}: ${maskUrlCredentials(value)}`),
    ].join('\n'),
  );
  // The pager must exist before anything is sent (aws-cli finds out after the import started).
  if (command.skeleton === undefined) (await import('./output/writer.js')).checkPager(settings.output, io);
  const { document, title, ending } = await respond(command, settings, deps, model, io);
  const { renderOutput } = await import('./output/format.js');
  try {
    const value = command.query ? command.query(document) : document;
    const rendered = renderOutput(value, { ...settings.output, title });
    return { kind: 'rendered', rendered, output: settings.output, ending };
  } catch (error) {
    if (!(error instanceof CliError) || command.skeleton === 'output') throw error;
    throw withResponse(error, title, document);
  }
}

/**
 * A failure after the call succeeded (the query or the formatter): aws-cli prints only the error, and
 * the TaskRunId of the run it started is lost. Here a second line gives the response.
 */
function withResponse(error: CliError, operation: string, response: Record<string, unknown>): CliError {
  const note = `${operation} succeeded before this error; its response: ${jsonDumps(response, { ensureAscii: false })}`;
  return new CliError(error.exitCode, `${error.message}\n${note}`, { cause: error });
}

type TextOutcome = Extract<Outcome, { kind: 'text' }>;
interface Command {
  readonly kind: 'request';
  readonly globals: GlobalArgs;
  readonly skeleton: 'output' | undefined;
  readonly params: Record<string, unknown>;
  readonly query: Query | undefined;
  readonly timestampFormat: TimestampFormat;
  readonly wait: WaitRequest | undefined;
  readonly run: RunArgs;
}

/** The document to print, the operation that produced it (the table's title), and how a wait ended. */
interface Response {
  readonly document: Record<string, unknown>;
  readonly title: string;
  readonly ending?: CliError | undefined;
}

/**
 * The command line, paramfiles, cli-input and prompts: a request to make, or text to print (help, version, input
 * skeletons).
 */
async function readCommand(
  io: ProcessIo,
  model: OperationModel,
  sharedFiles: () => Promise<SharedFiles>,
  report: ErrorReport,
): Promise<TextOutcome | Command> {
  const argv = io.argv;
  if (argv.includes('--cli-auto-prompt') && argv.includes('--no-cli-auto-prompt')) {
    throw new ParamError('Both --cli-auto-prompt and --no-cli-auto-prompt cannot be specified at the same time.');
  }
  const { globals, rest } = parseGlobalArgs(argv);
  if (globals.help) return helpOutcome(model, io);
  if (globals.version) return { kind: 'text', text: versionLine(model.command, io.nodeVersion, io.platform, io.arch) };
  // The global options are checked before the operation's (aws-cli's order).
  // JMESPath is loaded only when there is a query: it is compiled before anything else is checked.
  const query =
    globals.query !== undefined ? (await import('./output/query.js')).compileQuery(globals.query) : undefined;
  // aws-cli reads cli_timestamp_format as its session starts: after the global options, before the
  // operation's.
  const timestampFormat = resolveTimestampFormat(await sharedFiles(), globals.profile, io.env);
  const files = await sharedFiles();
  // Resolved only when an error is printed (aws-cli warns about a bad value only then).
  report.format = () =>
    resolveErrorFormat(globals.cliErrorFormat, io.env, files, globals.profile, (line) => io.writeStderr(line));
  checkEndpointScheme(globals.endpointUrl);
  parseTimeout('--cli-read-timeout', globals.cliReadTimeout);
  parseTimeout('--cli-connect-timeout', globals.cliConnectTimeout);
  const promptMode = await resolveAutoPrompt(globals.cliAutoPrompt, globals.profile, io, sharedFiles);
  const args = parseOperationArgs(rest, model, promptMode !== 'off');
  if (args.help) return helpOutcome(model, io);
  const wait = readWaitRequest(args.wait, io.stderrIsTTY);
  let params = await loadParameters(args, model, io);
  const skeleton = args.input.generateCliSkeleton;
  if (skeleton === 'input') return { kind: 'text', text: inputSkeleton(model) };
  if (skeleton === 'yaml-input') return { kind: 'text', text: yamlInputSkeleton(model) };
  if (promptMode !== 'off') {
    const { promptForParameters } = await import('./input/auto-prompt.js');
    params = await promptForParameters(params, promptMode, model, io.ask);
  }
  return { kind: 'request', globals, skeleton, params, query, timestampFormat, wait, run: args.run };
}

/**
 * Validates and sends the request (or builds the output skeleton) and returns the document to print:
 * the response, or with --wait the task run's last GetMLTaskRun response.
 */
async function respond(
  command: Command,
  settings: Settings,
  deps: Deps,
  model: OperationModel,
  io: ProcessIo,
): Promise<Response> {
  const printed = command.wait ? GET_ML_TASK_RUN : model;
  if (command.skeleton === 'output') {
    // Unlike aws-cli, the output skeleton needs no parameters; given ones are still validated.
    if (Object.keys(command.params).length > 0) validateRequest(command.params, model);
    return { document: outputSkeleton(printed), title: printed.name };
  }
  const request = validateRequest(command.params, model);
  if (command.run.backupLabelsTo !== undefined && request['ReplaceAllLabels'] !== true)
    throw new ParamError(
      '--backup-labels-to is only valid with --replace-all-labels (there is nothing to back up otherwise)',
    );
  const session = await deps.openSession(settings.client);
  try {
    const send = (operation: string, input: Record<string, unknown>, shape: StructureShape) =>
      call(session, operation, input, shape, command.timestampFormat, settings, io);
    const checked: string[] = [];
    if (command.run.checkLabels) checked.push(await checkLabels(request, settings, session, send, io));
    if (command.run.dryRun) return await dryRun(command, settings, model, request, session, checked);
    if (command.run.backupLabelsTo !== undefined)
      await backUpLabels(String(request['TransformId']), command.run.backupLabelsTo, command, send, deps, io);
    const first = await send(model.name, request, model.output);
    if (!first.ok) throw first.error;
    if (!command.wait || !model.waitsFor) return { document: first.response, title: model.name };
    const ref = model.waitsFor(request, first.response);
    const { response, ending } = await waitFor(
      ref,
      model.name === GET_ML_TASK_RUN.name ? first.response : undefined,
      command.wait,
      { command, send, deps, io },
    );
    if (response === undefined) throw ending ?? new CliError(255, 'No GetMLTaskRun response');
    return { document: response, title: GET_ML_TASK_RUN.name, ending };
  } finally {
    session.close();
  }
}

/**
 * --dry-run: everything up to the send — the request validated, region, endpoint and credentials
 * resolved (their access key id masked, the secret never read out) — printed as a document.
 */
async function dryRun(
  command: Command,
  settings: Settings,
  model: OperationModel,
  request: Record<string, unknown>,
  session: Session,
  checked: readonly string[],
): Promise<Response> {
  let accessKeyId: string | undefined;
  if (settings.client.signRequest) {
    const identity = await session.identity();
    if (!identity.ok) {
      const { failureToCliError } = await import('./aws/failures.js');
      throw failureToCliError(identity, settings.client.retry.maxAttempts, failureHints(settings));
    }
    accessKeyId = identity.accessKeyId;
  }
  const then: string[] = [];
  if (command.run.backupLabelsTo !== undefined)
    then.unshift(
      `first StartExportLabelsTaskRun to ${command.run.backupLabelsTo}, waiting for it to succeed (if it does not, nothing is imported)`,
    );
  if (command.wait) {
    const limit = command.wait.timeoutMs > 0 ? `, for up to ${command.wait.timeoutMs / 1000} s` : '';
    then.push(`GetMLTaskRun every ${command.wait.intervalMs / 1000} s until the task run ends${limit}`);
  }
  const { dryRunPlan } = await import('./dry-run/plan.js');
  const document = dryRunPlan({
    operation: model.name,
    settings: settings.client,
    parameters: request,
    accessKeyId,
    then,
    checked,
  });
  return { document, title: 'DryRun' };
}

/**
 * --backup-labels-to: StartExportLabelsTaskRun to the path, waited for until it ends. Anything but
 * SUCCEEDED stops here: nothing is imported, so nothing is replaced.
 */
async function backUpLabels(
  transformId: string,
  outputS3Path: string,
  command: Command,
  send: Send,
  deps: Deps,
  io: ProcessIo,
): Promise<void> {
  const started = await send(
    'StartExportLabelsTaskRun',
    { TransformId: transformId, OutputS3Path: outputS3Path },
    TASK_RUN_ID,
  );
  if (!started.ok) throw withNothingImported(started.error);
  const ref = { TransformId: transformId, TaskRunId: String(started.response['TaskRunId']) };
  io.writeStderr(
    `Backing up the labels of ${transformId} to ${outputS3Path} first (export task run ${ref.TaskRunId}).\n`,
  );
  const { response, ending } = await waitFor(
    ref,
    undefined,
    command.wait ?? {
      intervalMs: DEFAULT_INTERVAL_SECONDS * 1000,
      timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
      progress: io.stderrIsTTY ? 'live' : 'lines',
    },
    { command, send, deps, io },
  );
  if (ending !== undefined || response === undefined)
    throw withNothingImported(ending ?? new CliError(ExitCode.general, 'The export ended without a status'));
}

/** Waits for a task run through the session (GetMLTaskRun polls), as --wait asks. */
async function waitFor(
  ref: TaskRunRef,
  first: Record<string, unknown> | undefined,
  wait: WaitRequest,
  context: { command: Command; send: Send; deps: Deps; io: ProcessIo },
): Promise<WaitResult> {
  const { command, send, deps, io } = context;
  const { waitForTaskRun } = await import('./wait/wait.js');
  return waitForTaskRun(
    ref,
    first,
    { ...wait, resumeCommand: resumeCommand(ref, command.globals) },
    {
      poll: () => send(GET_ML_TASK_RUN.name, { ...ref }, GET_ML_TASK_RUN.output),
      clock: deps.clock,
      writeStderr: (text) => io.writeStderr(text),
      onInterrupt: (handler) => io.onInterrupt(handler),
    },
  );
}

function withNothingImported(error: CliError): CliError {
  return new CliError(
    error.exitCode,
    `${error.message}\nThe backup (--backup-labels-to) did not succeed: nothing was imported, the labels are as they were.`,
    { cause: error },
  );
}

type Send = (operation: string, input: Record<string, unknown>, shape: StructureShape) => Promise<PollResult>;

/** --check-labels: the labels file read from S3 and checked against the transform before anything starts. */
async function checkLabels(
  request: Record<string, unknown>,
  settings: Settings,
  session: Session,
  send: Send,
  io: ProcessIo,
): Promise<string> {
  const { checkLabelsBeforeImport } = await import('./labels/preflight.js');
  return checkLabelsBeforeImport(String(request['InputS3Path']), settings.client.region, {
    schema: async () => {
      const result = await send('GetMLTransform', { TransformId: request['TransformId'] }, ML_TRANSFORM_SCHEMA);
      if (!result.ok) throw result.error;
      const schema = result.response['Schema'];
      return Array.isArray(schema) ? (schema as { Name: string }[]) : [];
    },
    getObject: (bucket, key, maxBytes) => session.s3.getObject(bucket, key, maxBytes),
    bucketRegion: (bucket) => session.s3.bucketRegion(bucket),
    warn: (line) => io.writeStderr(`${line}\n`),
  });
}

/** One call through the session: the response as aws-cli parses it, or the error aws-cli prints. */
async function call(
  session: Session,
  operation: string,
  input: Record<string, unknown>,
  shape: StructureShape,
  timestampFormat: TimestampFormat,
  settings: Settings,
  io: ProcessIo,
): Promise<PollResult> {
  const result = await session.call(operation, input);
  if (result.ok && result.adopted) {
    const { taskRunId, startedOn, lost } = result.adopted;
    const when = startedOn ? ` at ${startedOn.toISOString()}` : '';
    io.writeStderr(
      `The answer to ${operation} was lost (${lost}), but it had taken effect: task run ${taskRunId}, started${when} with the same InputS3Path and ReplaceAllLabels, is this import. It was not started again.\n`,
    );
  }
  if (result.ok) {
    const { parseResponse } = await import('./output/response.js');
    return { ok: true, response: parseResponse(result.body, shape, { timestampFormat, timeZone: io.env['TZ'] }) };
  }
  const { failureToCliError, isRetryableFailure } = await import('./aws/failures.js');
  return {
    ok: false,
    error: failureToCliError(result, settings.client.retry.maxAttempts, failureHints(settings)),
    retryable: isRetryableFailure(result),
  };
}

/** Paramfiles in argument-table (model) order, then the cli-input document merged under the flags. */
async function loadParameters(
  args: OperationArgs,
  model: OperationModel,
  ctx: FileContext,
): Promise<Record<string, unknown>> {
  const fromFlags: Record<string, unknown> = {};
  for (const member of model.input) {
    const value = args.members.get(member.name);
    if (value === undefined) continue;
    fromFlags[member.name] = typeof value === 'boolean' ? value : await loadParamValue(member.flag, value, ctx);
  }
  const { cliInputJson, cliInputYaml } = args.input;
  const json = cliInputJson !== undefined ? await loadParamValue('--cli-input-json', cliInputJson, ctx) : undefined;
  const yaml = cliInputYaml !== undefined ? await loadParamValue('--cli-input-yaml', cliInputYaml, ctx) : undefined;
  if (json !== undefined && yaml !== undefined)
    throw new ParamError('Only one --cli-input- parameter may be specified.');
  let document: InputDocument | undefined;
  if (json !== undefined || yaml !== undefined) {
    const { parseCliInput } = await import('./input/cli-input.js');
    document = await (json !== undefined ? parseCliInput('json', json) : parseCliInput('yaml', yaml as string));
  }
  return mergeParams(fromFlags, document);
}

/** Flags win; keys only in the document follow, in document order (any key, `toString` and `__proto__` too). */
export function mergeParams(
  fromFlags: Record<string, unknown>,
  document: InputDocument | undefined,
): Record<string, unknown> {
  const merged: Record<string, unknown> = Object.assign(Object.create(null), fromFlags);
  for (const [key, value] of Object.entries(document ?? {})) if (!Object.hasOwn(merged, key)) merged[key] = value;
  return merged;
}
