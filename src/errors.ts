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
  // Each class names itself: the bundles are minified without keeping class names (scripts/build.mjs).
  override name = 'CliError';
  readonly exitCode: ExitCodeValue;
  /**
   * The Code structured error formats (--cli-error-format json, yaml, …) print: the service's, or the
   * error's kind (ParamValidation, NoRegion…). Undefined: plain text in every format.
   */
  readonly code: string | undefined;
  /** Members of a service error beyond Code and Message that the service's model declares. */
  readonly fields: Readonly<Record<string, unknown>>;
  /**
   * This tool's own advice, printed on a line of its own after aws-cli's message in the legacy format
   * (a script that reads the first line sees aws-cli's): where aws-cli says to run "aws configure",
   * which file, section and keys to write instead. Starts with "Hint: ".
   */
  readonly hint: string | undefined;
  constructor(
    exitCode: ExitCodeValue,
    message: string,
    options?: {
      cause?: unknown;
      code?: string | undefined;
      fields?: Readonly<Record<string, unknown>>;
      hint?: string;
    },
  ) {
    super(message, options);
    this.exitCode = exitCode;
    // An explicit `code: undefined` keeps the error plain in every format (usage errors, interrupts).
    this.code = options !== undefined && 'code' in options ? options.code : 'General';
    this.fields = options?.fields ?? {};
    this.hint = options?.hint;
  }
}

/** argparse-style usage errors (252): printed after the usage block. `kind` picks the last line's form. */
export class UsageError extends CliError {
  override name = 'UsageError';
  readonly kind: 'error' | 'unknown-options';
  constructor(message: string, kind: 'error' | 'unknown-options' = 'error') {
    // Usage errors are printed as usage, whatever the error format (as in aws-cli).
    super(ExitCode.usage, message, { code: undefined });
    this.kind = kind;
  }
}

/** Bad parameter values, paramfiles, cli-input documents, --query, --endpoint-url (252, no usage block). */
export class ParamError extends CliError {
  override name = 'ParamError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(ExitCode.usage, message, { ...options, code: 'ParamValidation' });
  }
}

/** Missing region, missing credentials, missing pager (253). */
export class ConfigError extends CliError {
  override name = 'ConfigError';
  /** `code`: NoRegion, NoCredentials, Pager, or Configuration (the default), as aws-cli's handlers name them. */
  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(ExitCode.config, message, { code: 'Configuration', ...options });
  }
}

/** An error response from the service (254). */
export class ServiceError extends CliError {
  override name = 'ServiceError';
  /** The service's own Message (the line printed is `An error occurred (Code) when calling …: Message`). */
  readonly serviceMessage: string;
  constructor(
    code: string,
    message: string,
    options?: { cause?: unknown; serviceMessage?: string; fields?: Readonly<Record<string, unknown>> },
  ) {
    super(ExitCode.service, message, { ...options, code });
    this.serviceMessage = options?.serviceMessage ?? message;
  }
}

/** Everything else: transport, profile, settings, formatter failures (255). */
export class GeneralError extends CliError {
  override name = 'GeneralError';
  /** `code`: the kind of failure (EndpointConnectionError, ReadTimeoutError…); General by default. */
  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(ExitCode.general, message, options);
  }
}

/** Ctrl-C at a prompt (130): like an interrupt, a newline on stdout and nothing on stderr. */
export class InterruptedError extends CliError {
  override name = 'InterruptedError';
  constructor(options?: { cause?: unknown }) {
    super(ExitCode.interrupted, '', { ...options, code: undefined });
  }
}

/** How a waited-for task run ended, when not SUCCEEDED (3–6): printed after the final response. */
export class TaskRunEnded extends CliError {
  override name = 'TaskRunEnded';
}
