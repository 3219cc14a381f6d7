import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { checkLabelsFile, parseS3Path } from '../labels/check.js';
import { Buckets } from './buckets.js';
import { faultFor, fixtureRun, lostAnswerFor, pollFaultFor, runPlanFor } from './faults.js';
import { type RunPlan, type RunQuery, TaskRuns } from './task-runs.js';

/** A request the emulator received, kept for tests and for `GET /_emulator/requests`. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly target: string | undefined;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  /** When it arrived (epoch milliseconds): tests read the spacing of polls from it. */
  readonly receivedMs: number;
}

/** A column of a transform's schema, as GetMLTransform returns it. */
export interface SchemaColumn {
  readonly Name: string;
  readonly DataType: string;
}

/** The schema a transform has unless `schemas` gives it another. */
export const DEFAULT_SCHEMA: readonly SchemaColumn[] = [
  { Name: 'id', DataType: 'string' },
  { Name: 'name', DataType: 'string' },
  { Name: 'email', DataType: 'string' },
];

export interface EmulatorOptions {
  /** Transforms that exist; empty: every id exists except those starting with `tfm-notfound`. */
  readonly transforms?: readonly string[];
  /** Answer the `tfm-500`, `tfm-throttle`, … ids with faults (see faults.ts). */
  readonly faults?: boolean;
  /** TaskRunIds derived from the request body, so repeated runs print the same bytes. */
  readonly deterministicIds?: boolean;
  /** Milliseconds a task run spends in STARTING and then in RUNNING (default 1500). */
  readonly phaseMs?: number;
  /** Each transform's schema (GetMLTransform); others have DEFAULT_SCHEMA. */
  readonly schemas?: Readonly<Record<string, readonly SchemaColumn[]>>;
  /**
   * Serve S3 buckets from this folder (each subfolder a bucket, path-style on the same port): task
   * runs then read the labels file from it and fail as Glue does on a bad one; exports write there.
   */
  readonly buckets?: string;
  /** The region of the transforms and buckets (default us-east-1). */
  readonly region?: string;
  /** Serve HTTPS with this PEM key and certificate. */
  readonly tls?: { readonly key: string; readonly cert: string };
}

export interface Emulator {
  readonly server: http.Server | https.Server;
  readonly requests: ReceivedRequest[];
  readonly url: string;
  close(): Promise<void>;
}

/** Glue's JSON 1.1 error shape. */
function sendError(res: http.ServerResponse, status: number, type: string, message: string): void {
  send(res, status, JSON.stringify({ __type: type, Message: message }));
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string,
  contentType = 'application/x-amz-json-1.1',
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'x-amzn-RequestId': randomBytes(8).toString('hex'),
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** Starts the Glue ML stand-in on loopback. Port 0 picks a free port. */
export async function startEmulator(port = 0, options: EmulatorOptions = {}, host = '127.0.0.1'): Promise<Emulator> {
  const requests: ReceivedRequest[] = [];
  const runs = new TaskRuns(options.phaseMs ?? 1500);
  const attempts = new Map<string, number>();
  /** Counts requests by key (an operation and a transform), from 1: faults that alternate read it. */
  const attempt = (key: string): number => {
    const count = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, count);
    return count;
  };
  const buckets =
    options.buckets !== undefined ? new Buckets(options.buckets, options.region ?? 'us-east-1') : undefined;
  /** Each transform's labels as imported so far (CSV text): what an export writes. */
  const labels = new Map<string, string>();
  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.url?.startsWith('/_emulator/requests')) {
        if (req.method === 'DELETE') requests.length = 0;
        send(res, 200, JSON.stringify(requests), 'application/json');
        return;
      }
      const target = req.headers['x-amz-target'] as string | undefined;
      const receivedMs = Date.now();
      requests.push({ method: req.method ?? '', path: req.url ?? '', target, headers: req.headers, body, receivedMs });
      if (target === undefined && buckets && (req.method === 'GET' || req.method === 'HEAD')) {
        buckets.handle(req, res);
        return;
      }
      handle(target, body, res);
    });
  };
  const server = options.tls
    ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, listener)
    : http.createServer(listener);

  const exists = (id: string): boolean =>
    options.transforms && options.transforms.length > 0
      ? options.transforms.includes(id)
      : !id.startsWith('tfm-notfound');

  function handle(target: string | undefined, body: string, res: http.ServerResponse): void {
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(body || '{}') as Record<string, unknown>;
    } catch {
      sendError(res, 400, 'SerializationException', 'Request body is not valid JSON');
      return;
    }
    if (input === null || typeof input !== 'object' || Array.isArray(input))
      return sendError(res, 400, 'SerializationException', 'Request body is not a JSON object');
    if (target === 'AWSGlue.StartImportLabelsTaskRun') return startImport(input, res);
    if (target === 'AWSGlue.GetMLTaskRun') return getRun(input, res);
    if (target === 'AWSGlue.GetMLTaskRuns') return listRuns(input, res);
    if (target === 'AWSGlue.GetMLTransform') return getTransform(input, res);
    if (target === 'AWSGlue.StartExportLabelsTaskRun') return startExport(input, res);
    sendError(
      res,
      400,
      'UnknownOperationException',
      `Operation ${target ?? '(none)'} is not supported by glue-ml-emulator`,
    );
  }

  function startImport(input: Record<string, unknown>, res: http.ServerResponse): void {
    const transformId = String(input['TransformId'] ?? '');
    if (options.faults) {
      const fault = faultFor(transformId, attempt(transformId));
      if (fault) return fault(res, send, sendError);
    }
    if (!exists(transformId))
      return sendError(res, 400, 'EntityNotFoundException', `Transform ${transformId} not found`);
    if (typeof input['InputS3Path'] !== 'string')
      return sendError(res, 400, 'InvalidInputException', 'InputS3Path is required');
    // Glue takes only an s3://bucket/key path.
    if (!parseS3Path(input['InputS3Path']))
      return sendError(res, 400, 'InvalidInputException', 'Invalid label file path.');
    const id = options.deterministicIds
      ? 'tfr-' +
        createHash('sha256')
          .update(JSON.stringify(Object.entries(input).sort()))
          .digest('hex')
          .slice(0, 32)
      : 'tfr-' + randomBytes(16).toString('hex');
    const plan = options.faults && transformId.startsWith('tfm-run-') ? runPlanFor(transformId) : readLabels(input);
    runs.start(id, transformId, input['InputS3Path'], input['ReplaceAllLabels'] === true, plan);
    const lost = options.faults ? lostAnswerFor(transformId) : undefined;
    if (lost) return lost(res, send, sendError);
    send(res, 200, JSON.stringify({ TaskRunId: id }));
  }

  function getRun(input: Record<string, unknown>, res: http.ServerResponse): void {
    const transformId = String(input['TransformId'] ?? '');
    const taskRunId = String(input['TaskRunId'] ?? '');
    if (options.faults) {
      const fault = pollFaultFor(transformId, attempt(`GetMLTaskRun ${transformId}`));
      if (fault) return fault(res, send, sendError);
      const fixture = fixtureRun(transformId, taskRunId);
      if (fixture !== undefined) return send(res, 200, fixture);
    }
    const run = runs.describe(transformId, taskRunId);
    if (!run) return sendError(res, 400, 'EntityNotFoundException', `Task run ${taskRunId} not found`);
    send(res, 200, JSON.stringify(run));
  }

  /**
   * How an import ends when buckets are served: FAILED with Glue's kind of ErrorString when the file
   * cannot be read or is not a labels file for the transform; SUCCEEDED otherwise (the labels are kept
   * for an export). Without buckets every import succeeds.
   */
  function readLabels(input: Record<string, unknown>): RunPlan {
    if (!buckets) return { end: 'SUCCEEDED' };
    const path = String(input['InputS3Path']);
    const transformId = String(input['TransformId']);
    const { bucket = '', key = '' } = parseS3Path(path) ?? {};
    const object = buckets.read(bucket, key);
    if (typeof object === 'string') return { end: 'FAILED', errorString: `Cannot access the label file at ${path}.` };
    if (object.length === 0) return { end: 'FAILED', errorString: 'Invalid label file of size 0.' };
    const report = checkLabelsFile(object, options.schemas?.[transformId] ?? DEFAULT_SCHEMA);
    if (report.problems.length > 0)
      return { end: 'FAILED', errorString: `Invalid label file ${path}: ${report.problems[0]}` };
    const text = Buffer.from(object).toString('utf8');
    const previous = labels.get(transformId);
    labels.set(
      transformId,
      input['ReplaceAllLabels'] === true || previous === undefined
        ? text
        : previous.replace(/\n?$/, '\n') + text.slice(text.indexOf('\n') + 1),
    );
    return { end: 'SUCCEEDED' };
  }

  /** StartExportLabelsTaskRun: the transform's labels written to OutputS3Path (when buckets are served). */
  function startExport(input: Record<string, unknown>, res: http.ServerResponse): void {
    const transformId = String(input['TransformId'] ?? '');
    if (!exists(transformId))
      return sendError(res, 400, 'EntityNotFoundException', `Transform ${transformId} not found`);
    const path = input['OutputS3Path'];
    if (typeof path !== 'string' || !/^s3:\/\/[^/]+\/?/.test(path))
      return sendError(res, 400, 'InvalidInputException', 'Invalid output S3 path.');
    let plan: RunPlan = { end: 'SUCCEEDED' };
    if (options.faults && transformId === 'tfm-export-failed')
      plan = { end: 'FAILED', errorString: `Cannot write to ${path}: Access Denied.` };
    else if (buckets) {
      const [, bucket = '', key = ''] = /^s3:\/\/([^/]+)\/?(.*)$/.exec(path) ?? [];
      const schema = options.schemas?.[transformId] ?? DEFAULT_SCHEMA;
      const header = ['labeling_set_id', 'label', ...schema.map((c) => c.Name)].join(',');
      if (!buckets.write(bucket, key, labels.get(transformId) ?? `${header}\n`))
        plan = { end: 'FAILED', errorString: `Cannot write to ${path}: the bucket does not exist.` };
    }
    const id = `tfr-${randomBytes(16).toString('hex')}`;
    runs.startRun(id, transformId, { type: 'EXPORT_LABELS', outputS3Path: path }, plan);
    send(res, 200, JSON.stringify({ TaskRunId: id }));
  }

  /** GetMLTaskRuns: the transform's runs, filtered, sorted and paged (NextToken is the next offset). */
  function listRuns(input: Record<string, unknown>, res: http.ServerResponse): void {
    const transformId = String(input['TransformId'] ?? '');
    if (!exists(transformId))
      return sendError(res, 400, 'EntityNotFoundException', `Transform ${transformId} not found`);
    if (options.faults && transformId === 'tfm-start-hang-nolist')
      return sendError(res, 400, 'AccessDeniedException', 'User is not authorized to perform: glue:GetMLTaskRuns');
    const max = input['MaxResults'] ?? 100;
    if (!Number.isInteger(max) || (max as number) < 1 || (max as number) > 1000)
      return sendError(res, 400, 'InvalidInputException', 'MaxResults must be between 1 and 1000.');
    const offset = input['NextToken'] === undefined ? 0 : Number.parseInt(String(input['NextToken']), 36);
    if (!Number.isInteger(offset) || offset < 0)
      return sendError(res, 400, 'InvalidInputException', 'Invalid NextToken.');
    const filter = (input['Filter'] ?? {}) as Record<string, unknown>;
    const sort = input['Sort'] as Record<string, unknown> | undefined;
    const column = sort?.['Column'];
    if (sort && !['TASK_RUN_TYPE', 'STATUS', 'STARTED'].includes(String(column)))
      return sendError(res, 400, 'InvalidInputException', 'Sort.Column must be TASK_RUN_TYPE, STATUS or STARTED.');
    const query: RunQuery = {
      ...(typeof filter['TaskRunType'] === 'string' ? { taskRunType: filter['TaskRunType'] } : {}),
      ...(typeof filter['Status'] === 'string' ? { status: filter['Status'] } : {}),
      ...(typeof filter['StartedBefore'] === 'number' ? { startedBefore: filter['StartedBefore'] } : {}),
      ...(typeof filter['StartedAfter'] === 'number' ? { startedAfter: filter['StartedAfter'] } : {}),
      ...(sort
        ? {
            sort: {
              column: column as 'TASK_RUN_TYPE' | 'STATUS' | 'STARTED',
              descending: sort['SortDirection'] === 'DESCENDING',
            },
          }
        : {}),
    };
    const all = runs.list(transformId, query);
    const page = all.slice(offset, offset + (max as number));
    const next = offset + page.length;
    send(res, 200, JSON.stringify({ TaskRuns: page, ...(next < all.length ? { NextToken: next.toString(36) } : {}) }));
  }

  /** GetMLTransform: a FindMatches transform in READY state with its schema. */
  function getTransform(input: Record<string, unknown>, res: http.ServerResponse): void {
    const transformId = String(input['TransformId'] ?? '');
    if (!exists(transformId))
      return sendError(res, 400, 'EntityNotFoundException', `Transform ${transformId} not found`);
    const schema = options.schemas?.[transformId] ?? DEFAULT_SCHEMA;
    send(
      res,
      200,
      JSON.stringify({
        TransformId: transformId,
        Name: transformId,
        Status: 'READY',
        CreatedOn: 1764000000,
        LastModifiedOn: 1764000000,
        InputRecordTables: [{ DatabaseName: 'demo', TableName: 'records' }],
        Parameters: {
          TransformType: 'FIND_MATCHES',
          FindMatchesParameters: { PrimaryKeyColumnName: schema[0]?.Name ?? 'id', PrecisionRecallTradeoff: 0.5 },
        },
        LabelCount: 0,
        Schema: schema,
        Role: 'arn:aws:iam::123456789012:role/GlueMLRole',
        GlueVersion: '2.0',
        MaxCapacity: 10,
        Timeout: 2880,
        MaxRetries: 0,
      }),
    );
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    requests,
    url: `${options.tls ? 'https' : 'http'}://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
