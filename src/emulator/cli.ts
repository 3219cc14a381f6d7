import { readFileSync } from 'node:fs';
import { DEFAULT_SCHEMA, type EmulatorOptions, type SchemaColumn, startEmulator } from './server.js';

declare const __PACKAGE_VERSION__: string | undefined;

const USAGE = `usage: glue-ml-emulator [options]

A local stand-in for AWS Glue's ML task-run API (JSON 1.1 over HTTP on loopback), for offline
pipelines and tests. Point the CLI at it with --endpoint-url or AWS_ENDPOINT_URL_GLUE.

Operations: StartImportLabelsTaskRun, StartExportLabelsTaskRun, GetMLTaskRun, GetMLTaskRuns,
GetMLTransform; with --buckets, S3 GetObject, HeadObject and HeadBucket.
A task run is STARTING for one phase, RUNNING for the next, then SUCCEEDED.

options:
  --port N              Port to listen on (default 0: a free port, printed on start-up).
  --host HOST           Loopback address to listen on (default 127.0.0.1; also localhost, ::1).
  --transform ID        A transform that exists (repeatable). Without any, every id exists
                        except those starting with tfm-notfound.
  --schema ID=COL:TYPE,COL:TYPE
                        The schema GetMLTransform returns for transform ID (repeatable;
                        default ${DEFAULT_SCHEMA.map((c) => `${c.Name}:${c.DataType}`).join(',')}).
  --phase-ms N          Milliseconds a run spends in each phase (default 1500).
  --buckets DIR         Serve S3 buckets from DIR (each subfolder a bucket; path-style, GET and
                        HEAD, on the same port: AWS_ENDPOINT_URL_S3=<url>). Imports then read the
                        labels file there and end FAILED as Glue does on a bad one; exports write
                        there. A bucket named denied-… answers AccessDenied.
  --region REGION       The region of the transforms and buckets (default us-east-1).
  --faults              Transform ids that misbehave on purpose: tfm-500, tfm-throttle,
                        tfm-flaky, tfm-429, tfm-invalid, tfm-slow-N, tfm-close, … for the start;
                        tfm-start-hang, tfm-start-reset, tfm-start-502 (the run starts, the answer
                        is lost); tfm-export-failed (exports fail);
                        tfm-run-failed, tfm-run-stopped, tfm-run-timeout, tfm-run-forever for how
                        the run ends; tfm-poll-throttle, tfm-poll-denied for GetMLTaskRun; and
                        fixed runs tfr-fixture-succeeded, -failed, -running, … (see README).
  --deterministic-ids   TaskRunIds derived from the request, so repeated runs print the same.
  --tls-key FILE        Serve HTTPS with this PEM key (with --tls-cert).
  --tls-cert FILE       Serve HTTPS with this PEM certificate (with --tls-key).
  --version             Print the version and exit.
  -h, --help            Print this help and exit.

Requests received: GET /_emulator/requests (DELETE clears them).
Library use: import { startEmulator } from 'glue-import-labels'.
`;

/** A bad command line or a port that cannot be had: one line on stderr, exit 2. */
export class EmulatorUsageError extends Error {}

interface Parsed {
  readonly help: boolean;
  readonly version: boolean;
  readonly port: number;
  readonly host: string;
  readonly options: EmulatorOptions;
}

const VALUED = new Set([
  '--port',
  '--host',
  '--transform',
  '--schema',
  '--phase-ms',
  '--buckets',
  '--region',
  '--tls-key',
  '--tls-cert',
]);
const FLAGS = new Set(['--faults', '--deterministic-ids', '--help', '-h', '--version']);

function integer(flag: string, text: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) > max)
    throw new EmulatorUsageError(`argument ${flag}: expected an integer from 0 to ${max}, got '${text}'`);
  return Number(text);
}

function parseSchema(text: string): [string, SchemaColumn[]] {
  const match = /^([^=]+)=(.+)$/.exec(text);
  const columns = match?.[2]?.split(',').map((pair) => {
    const [name, type, ...more] = pair.split(':');
    if (!name || !type || more.length > 0) return undefined;
    return { Name: name, DataType: type };
  });
  if (!match || !columns || columns.some((c) => c === undefined))
    throw new EmulatorUsageError(`argument --schema: expected ID=COLUMN:TYPE,COLUMN:TYPE…, got '${text}'`);
  return [match[1] as string, columns as SchemaColumn[]];
}

/** The emulator's command line: `--flag value` and `--flag=value`. */
export function parseEmulatorArgs(argv: readonly string[]): Parsed {
  let port = 0;
  let host = '127.0.0.1';
  let phaseMs: number | undefined;
  let help = false;
  let version = false;
  let faults = false;
  let deterministicIds = false;
  let key: string | undefined;
  let buckets: string | undefined;
  let region: string | undefined;
  let cert: string | undefined;
  const transforms: string[] = [];
  const schemas: Record<string, SchemaColumn[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    const eq = token.startsWith('--') ? token.indexOf('=') : -1;
    const flag = eq > 0 ? token.slice(0, eq) : token;
    if (FLAGS.has(flag)) {
      if (eq > 0) throw new EmulatorUsageError(`argument ${flag}: ignored explicit argument '${token.slice(eq + 1)}'`);
      if (flag === '--help' || flag === '-h') help = true;
      else if (flag === '--version') version = true;
      else if (flag === '--faults') faults = true;
      else deterministicIds = true;
      continue;
    }
    if (!VALUED.has(flag)) throw new EmulatorUsageError(`unrecognized argument: ${token}`);
    const value = eq > 0 ? token.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new EmulatorUsageError(`argument ${flag}: expected one argument`);
    if (flag === '--port') port = integer(flag, value, 65535);
    else if (flag === '--phase-ms') phaseMs = integer(flag, value, 86_400_000);
    else if (flag === '--host') host = value;
    else if (flag === '--transform') transforms.push(value);
    else if (flag === '--schema') {
      const [id, columns] = parseSchema(value);
      schemas[id] = columns;
    } else if (flag === '--buckets') buckets = value;
    else if (flag === '--region') {
      if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(value))
        throw new EmulatorUsageError(`argument --region: expected a region such as us-east-1, got '${value}'`);
      region = value;
    } else if (flag === '--tls-key') key = value;
    else cert = value;
  }
  if (!['localhost', '::1'].includes(host) && !/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host))
    throw new EmulatorUsageError(
      `argument --host: listens on loopback only (127.0.0.0/8, localhost, ::1), not '${host}'`,
    );
  if ((key === undefined) !== (cert === undefined))
    throw new EmulatorUsageError('arguments --tls-key and --tls-cert go together');
  let tls: { key: string; cert: string } | undefined;
  if (key !== undefined && cert !== undefined)
    tls = { key: readPem('--tls-key', key), cert: readPem('--tls-cert', cert) };
  return {
    help,
    version,
    port,
    host,
    options: {
      transforms,
      schemas,
      faults,
      deterministicIds,
      ...(phaseMs !== undefined ? { phaseMs } : {}),
      ...(buckets !== undefined ? { buckets } : {}),
      ...(region !== undefined ? { region } : {}),
      ...(tls ? { tls } : {}),
    },
  };
}

function readPem(flag: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new EmulatorUsageError(`argument ${flag}: cannot read ${path} (${(error as NodeJS.ErrnoException).code})`);
  }
}

/**
 * `glue-ml-emulator …`: starts the emulator and returns 0 while it serves, or prints help or the
 * version; a bad command line or a busy port is one line on stderr and exit 2.
 */
export async function runEmulatorCli(
  argv: readonly string[],
  write: (text: string) => void,
  writeError: (text: string) => void = write,
): Promise<number> {
  try {
    const parsed = parseEmulatorArgs(argv);
    if (parsed.help) {
      write(USAGE);
      return 0;
    }
    if (parsed.version) {
      write(`glue-ml-emulator ${typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : 'dev'}\n`);
      return 0;
    }
    const emulator = await startEmulator(parsed.port, parsed.options, parsed.host).catch(
      (error: NodeJS.ErrnoException) => {
        const where = `${parsed.host}:${parsed.port}`;
        if (error.code === 'EADDRINUSE')
          throw new EmulatorUsageError(`port ${parsed.port} on ${parsed.host} is in use`);
        if (error.code === 'EACCES') throw new EmulatorUsageError(`not allowed to listen on ${where}`);
        if (error.code === 'EADDRNOTAVAIL') throw new EmulatorUsageError(`cannot listen on ${where}: no such address`);
        throw error;
      },
    );
    write(`glue-ml-emulator listening on ${emulator.url}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof EmulatorUsageError)) throw error;
    writeError(`glue-ml-emulator: error: ${error.message}\n`);
    return 2;
  }
}
export { startEmulator } from './server.js';
