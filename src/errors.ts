/** Exit codes, as aws-cli v2 uses them, and this tool's own for the end of a waited-for task run. */
export const ExitCode = {
  ok: 0,
  usage: 252,
  config: 253,
  service: 254,
  general: 255,
  interrupted: 130,
  /** --wait: the task run ended FAILED. */
  taskFailed: 3,
  /** --wait: the task run ended STOPPED. */
  taskStopped: 4,
  /** --wait: the task run ended TIMEOUT (Glue's own time limit). */
  taskTimeout: 5,
  /** --wait: --wait-timeout passed before the task run ended. */
  waitTimeout: 6,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Base of every error this tool reports: the message line and the exit code it ends with. */
export class CliError extends Error {
  readonly exitCode: ExitCodeValue;
  constructor(exitCode: ExitCodeValue, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.exitCode = exitCode;
    this.name = new.target.name;
  }
}

/** argparse-style usage errors (252): printed after the usage block. `kind` picks the last line's form. */
export class UsageError extends CliError {
  readonly kind: 'error' | 'unknown-options';
  constructor(message: string, kind: 'error' | 'unknown-options' = 'error') {
    super(ExitCode.usage, message);
    this.kind = kind;
  }
}

/** Bad parameter values, paramfiles, cli-input documents, --query, --endpoint-url (252, no usage block). */
export class ParamError extends CliError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ExitCode.usage, message, options);
  }
}

/** Missing region, missing credentials, missing pager (253). */
export class ConfigError extends CliError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ExitCode.config, message, options);
  }
}

/** An error response from the service (254). */
export class ServiceError extends CliError {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(ExitCode.service, message, options);
    this.code = code;
  }
}

/** Everything else: transport, profile, settings, formatter failures (255). */
export class GeneralError extends CliError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ExitCode.general, message, options);
  }
}

/** Ctrl-C at a prompt (130): like an interrupt, a newline on stdout and nothing on stderr. */
export class InterruptedError extends CliError {
  constructor(options?: { cause?: unknown }) {
    super(ExitCode.interrupted, '', options);
  }
}

/** How a waited-for task run ended, when not SUCCEEDED (3–6): printed after the final response. */
export class TaskRunEnded extends CliError {}
