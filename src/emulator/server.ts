import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { faultFor } from './faults.js';
import { TaskRuns } from './task-runs.js';

/** A request the emulator received, kept for tests and for `GET /_emulator/requests`. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly target: string | undefined;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

export interface EmulatorOptions {
  /** Transforms that exist; empty: every id exists except those starting with `tfm-notfound`. */
  readonly transforms?: readonly string[];
  /** Answer the `tfm-500`, `tfm-throttle`, … ids with faults (see faults.ts). */
  readonly faults?: boolean;
  /** TaskRunIds derived from the request body, so repeated runs print the same bytes. */
  readonly deterministicIds?: boolean;
  /** Milliseconds a task run spends in STARTING and then in RUNNING. */
  readonly phaseMs?: number;
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
      requests.push({ method: req.method ?? '', path: req.url ?? '', target, headers: req.headers, body });
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
    if (target === 'AWSGlue.StartImportLabelsTaskRun') return startImport(input, res);
    if (target === 'AWSGlue.GetMLTaskRun') return getRun(input, res);
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
      const count = (attempts.get(transformId) ?? 0) + 1;
      attempts.set(transformId, count);
      const fault = faultFor(transformId, count);
      if (fault) return fault(res, send, sendError);
    }
    if (!exists(transformId))
      return sendError(res, 400, 'EntityNotFoundException', `Transform ${transformId} not found`);
    if (typeof input['InputS3Path'] !== 'string')
      return sendError(res, 400, 'InvalidInputException', 'InputS3Path is required');
    const id = options.deterministicIds
      ? 'tfr-' +
        createHash('sha256')
          .update(JSON.stringify(Object.entries(input).sort()))
          .digest('hex')
          .slice(0, 32)
      : 'tfr-' + randomBytes(16).toString('hex');
    runs.start(id, transformId, input['InputS3Path'] as string, input['ReplaceAllLabels'] === true);
    send(res, 200, JSON.stringify({ TaskRunId: id }));
  }

  function getRun(input: Record<string, unknown>, res: http.ServerResponse): void {
    const run = runs.describe(String(input['TransformId'] ?? ''), String(input['TaskRunId'] ?? ''));
    if (!run) return sendError(res, 400, 'EntityNotFoundException', `Task run ${String(input['TaskRunId'])} not found`);
    send(res, 200, JSON.stringify(run));
  }

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
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
