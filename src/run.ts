import { ParamError } from './errors.js';
import { helpText } from './help.js';
import type { InputDocument } from './input/cli-input.js';
import { loadParamValue, type ParamfileContext } from './input/paramfile.js';
import { parseGlobalArgs, parseOperationArgs, toValues, type ParsedArgs } from './input/parse-args.js';
import type { ProcessIo } from './io.js';
import type { Rendered } from './output/format.js';
import type { Query } from './output/query.js';
import { OPERATION_NAME } from './request/model.js';
import { inputSkeleton, outputSkeleton, yamlInputSkeleton } from './request/skeleton.js';
import { validateRequest } from './request/validate.js';
import { readSharedFiles, type SharedFiles } from './settings/files.js';
import { resolveAutoPrompt } from './settings/prompt.js';
import { checkEndpointScheme, parseTimeout } from './settings/resolve.js';
import { resolveSettings, type Settings } from './settings/settings.js';
import type { Sender } from './aws/types.js';
import { versionLine } from './version.js';

/** What a run ends with: text for stdout written as it is, or a rendered response for the output writer. */
export type Outcome = { kind: 'text'; text: string } | { kind: 'rendered'; rendered: Rendered; settings: Settings };

/** The parts a test may replace: the SDK-backed sender is loaded only when a request is sent. */
export interface Deps {
  loadSender(): Promise<Sender>;
}

/** Runs every stage once, in aws-cli's order, so the error aws-cli would report first is the one reported. */
export async function run(io: ProcessIo, deps: Deps): Promise<Outcome> {
  let files: SharedFiles | undefined;
  const sharedFiles = (): SharedFiles => (files ??= readSharedFiles(io));
  const command = await readCommand(io, sharedFiles);
  if (command.kind === 'text') return command;
  const { args, query } = command;
  const settings = resolveSettings(args, io, sharedFiles());
  settings.client.debug?.(['Resolved settings:', ...[...settings.trace].map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  const response = await respond(args, command.params, settings, deps);
  return { kind: 'rendered', rendered: await renderResponse(response, query, settings), settings };
}

type TextOutcome = Extract<Outcome, { kind: 'text' }>;
type Command = { kind: 'request'; args: ParsedArgs; params: Record<string, unknown>; query: Query | undefined };

/** The command line, paramfiles, cli-input and prompts: a request to make, or text to print (help, version, input skeletons). */
async function readCommand(io: ProcessIo, sharedFiles: () => SharedFiles): Promise<TextOutcome | Command> {
  const argv = io.argv;
  if (argv.includes('--cli-auto-prompt') && argv.includes('--no-cli-auto-prompt')) {
    throw new ParamError('Both --cli-auto-prompt and --no-cli-auto-prompt cannot be specified at the same time.');
  }
  if (argv.includes('help') || argv.includes('--help') || argv.includes('-h')) return { kind: 'text', text: await helpText() };
  const global = parseGlobalArgs(argv);
  if (global.matched.some((m) => m.spec.flag === '--version')) {
    return { kind: 'text', text: versionLine(io.nodeVersion, io.platform, io.arch) };
  }
  // The global options are checked before the operation's (aws-cli's order).
  const early = toValues(global.matched);
  // JMESPath is loaded only when there is a query: it is compiled before anything else is checked.
  const query = early.query !== undefined ? (await import('./output/query.js')).compileQuery(early.query) : undefined;
  checkEndpointScheme(early.endpointUrl);
  parseTimeout('--cli-read-timeout', early.cliReadTimeout);
  parseTimeout('--cli-connect-timeout', early.cliConnectTimeout);
  const promptMode = resolveAutoPrompt(early.cliAutoPrompt, early.profile, io, sharedFiles);
  const args = parseOperationArgs(global.rest, global.matched, promptMode !== 'off');
  let params = await loadParameters(args, io);
  if (args.generateCliSkeleton === 'input') return { kind: 'text', text: inputSkeleton() };
  if (args.generateCliSkeleton === 'yaml-input') return { kind: 'text', text: yamlInputSkeleton() };
  if (promptMode !== 'off') {
    const { promptForParameters } = await import('./input/prompt.js');
    params = await promptForParameters(params, promptMode, (question) => io.ask(question));
  }
  return { kind: 'request', args, params, query };
}

/** Validates and sends the request (or builds the output skeleton) and returns the response members. */
async function respond(args: ParsedArgs, params: Record<string, unknown>, settings: Settings, deps: Deps): Promise<Record<string, unknown>> {
  if (args.generateCliSkeleton === 'output') {
    // Unlike aws-cli, the output skeleton needs no parameters; given ones are still validated.
    if (Object.keys(params).length > 0) validateRequest(params);
    return outputSkeleton();
  }
  const request = validateRequest(params);
  const result = await (await deps.loadSender())(request, settings.client);
  if (result.ok) return result.members;
  const { failureToCliError } = await import('./aws/errors.js');
  throw failureToCliError(result.failure, settings.client.retry.maxAttempts);
}

/** Paramfiles in argument-table order, then the cli-input document merged under the flags. */
async function loadParameters(args: ParsedArgs, ctx: ParamfileContext): Promise<Record<string, unknown>> {
  const fromFlags: Record<string, unknown> = {};
  if (args.transformId !== undefined) fromFlags['TransformId'] = loadParamValue('--transform-id', args.transformId, ctx);
  if (args.inputS3Path !== undefined) fromFlags['InputS3Path'] = loadParamValue('--input-s3-path', args.inputS3Path, ctx);
  if (args.replaceAllLabels !== undefined) fromFlags['ReplaceAllLabels'] = args.replaceAllLabels;
  const json = args.cliInputJson !== undefined ? loadParamValue('--cli-input-json', args.cliInputJson, ctx) : undefined;
  const yaml = args.cliInputYaml !== undefined ? loadParamValue('--cli-input-yaml', args.cliInputYaml, ctx) : undefined;
  if (json !== undefined && yaml !== undefined) throw new ParamError('Only one --cli-input- parameter may be specified.');
  let document: InputDocument | undefined;
  if (json !== undefined || yaml !== undefined) {
    const { parseCliInput } = await import('./input/cli-input.js');
    document = json !== undefined ? parseCliInput('json', json) : parseCliInput('yaml', yaml as string);
  }
  return mergeParams(fromFlags, document);
}

/** Flags win; keys only in the document follow, in document order. */
export function mergeParams(fromFlags: Record<string, unknown>, document: InputDocument | undefined): Record<string, unknown> {
  const merged = { ...fromFlags };
  for (const [key, value] of Object.entries(document ?? {})) if (!(key in merged)) merged[key] = value;
  return merged;
}

async function renderResponse(response: Record<string, unknown>, query: Query | undefined, settings: Settings): Promise<Rendered> {
  const value = query ? query(response) : response;
  const { renderOutput } = await import('./output/format.js');
  return renderOutput(value, { format: settings.output, color: settings.color, terminalWidth: settings.terminalWidth, title: OPERATION_NAME });
}

