import { CliError, ExitCode, InterruptedError, UsageError } from './errors.js';
import { usageBlock } from './help.js';
import type { ProcessIo } from './io.js';
import type { OperationModel } from './model/operation.js';
import { type Deps, type ErrorReport, run } from './run.js';
import { errorFormatBeforeSettings } from './settings/error-format.js';

/** Runs the command and returns its exit code. The only catch: typed errors become a message and a code. */
export async function main(io: ProcessIo, deps: Deps, model: OperationModel): Promise<number> {
  const debug = io.argv.includes('--debug');
  // The error format, once the run has read it (flag, environment, profile); before that, from the
  // flag and the environment alone.
  const report: ErrorReport = { format: undefined };
  const errorText = async (error: CliError): Promise<string> => {
    const legacy = `\n${error.message}\n${error.hint !== undefined ? `${error.hint}\n` : ''}`;
    if (error.code === undefined) return legacy;
    const warn = (line: string): void => io.writeStderr(line);
    const format = report.format ? report.format() : errorFormatBeforeSettings(io.argv, io.env, warn);
    if (format === 'legacy') return legacy;
    const { formatError } = await import('./output/error-format.js');
    return formatError(error, format, { color: false, width: io.stdoutColumns ?? 80 });
  };
  try {
    const outcome = await run(io, deps, model, report);
    if (outcome.kind === 'text') {
      if (outcome.paged) await (await import('./output/writer.js')).writePaged(outcome.text, io);
      else io.writeStdout(outcome.text);
    } else {
      await (await import('./output/writer.js')).writeRendered(outcome.rendered, outcome.output, io);
      if (outcome.ending) {
        const text = await errorText(outcome.ending);
        // In the legacy format the ending is one line right after the output, without a blank line.
        io.writeStderr(text.startsWith('\n') && text.endsWith(`${outcome.ending.message}\n`) ? text.slice(1) : text);
        return outcome.ending.exitCode;
      }
    }
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof InterruptedError) {
      io.writeStdout('\n');
      return error.exitCode;
    }
    if (error instanceof UsageError) {
      const last = error.kind === 'unknown-options' ? error.message : `${model.command}: error: ${error.message}`;
      io.writeStderr(`\n${usageBlock(model.command)}\n${last}\n\n`);
      return error.exitCode;
    }
    if (error instanceof CliError) {
      if (debug && error.cause) io.writeStderr(`${describeCause(error.cause)}\n`);
      io.writeStderr(await errorText(error));
      return error.exitCode;
    }
    // Not one of ours: one line, the general exit code; the stack only with --debug.
    if (debug) io.writeStderr(`${(error as Error)?.stack ?? String(error)}\n`);
    io.writeStderr(`\n${(error as Error)?.message ?? String(error)}\n`);
    return ExitCode.general;
  }
}

function describeCause(cause: unknown): string {
  const e = cause as { name?: string; message?: string; stack?: string };
  return `Caused by: ${e.stack ?? `${e.name}: ${e.message}`}`;
}
