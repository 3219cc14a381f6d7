import type http from 'node:http';
import type { RunPlan } from './task-runs.js';

type Send = (res: http.ServerResponse, status: number, body: string, contentType?: string) => void;
type SendError = (res: http.ServerResponse, status: number, type: string, message: string) => void;
type Fault = (res: http.ServerResponse, send: Send, sendError: SendError) => void;

/**
 * Transform ids that make the emulator misbehave on purpose (with `--faults`), so that a pipeline's
 * error handling can be tried offline. `attempt` counts requests for that id, from 1.
 */
export function faultFor(transformId: string, attempt: number): Fault | undefined {
  const slow = /^tfm-slow-(\d+)$/.exec(transformId);
  if (slow) {
    return (res, send) => {
      const timer = setTimeout(() => send(res, 200, JSON.stringify({ TaskRunId: 'tfr-slow' })), Number(slow[1]) * 1000);
      res.on('close', () => clearTimeout(timer));
    };
  }
  switch (transformId) {
    case 'tfm-500':
      return (res, _send, sendError) => sendError(res, 500, 'InternalServiceException', 'Internal failure');
    case 'tfm-throttle':
      return (res, _send, sendError) => sendError(res, 400, 'ThrottlingException', 'Rate exceeded');
    case 'tfm-flaky':
      return attempt % 2 === 1
        ? (res, _send, sendError) => sendError(res, 500, 'InternalServiceException', 'Internal failure')
        : undefined;
    case 'tfm-429':
      return (res, _send, sendError) =>
        sendError(res, 429, 'ConcurrentModificationException', 'Too many imports at once');
    case 'tfm-invalid':
      return (res, _send, sendError) =>
        sendError(res, 400, 'InvalidInputException', 'The labels file is not a valid CSV file');
    case 'tfm-prefixed':
      return (res, send) =>
        send(
          res,
          400,
          JSON.stringify({ __type: 'com.amazonaws.glue#EntityNotFoundException', message: 'Prefixed type' }),
        );
    case 'tfm-notjson':
      return (res, send) => send(res, 200, 'this is not json');
    case 'tfm-empty':
      return (res, send) => send(res, 200, '{}');
    case 'tfm-extra':
      return (res, send) => send(res, 200, JSON.stringify({ TaskRunId: 'tfr-extra', Extra: 'dropped' }));
    case 'tfm-unicode':
      return (res, send) => send(res, 200, JSON.stringify({ TaskRunId: 'tfr-héllo ✓ 日本 😀' }));
    case 'tfm-html404':
      return (res, send) => send(res, 404, '<html>nf</html>', 'text/html');
    case 'tfm-502-empty':
      return (res, send) => send(res, 502, '', 'text/plain');
    case 'tfm-close':
      return (res) => res.socket?.destroy();
    default:
      return errorBodyFault(transformId);
  }
}

/** Error bodies in the shapes botocore's JSON error parser has rules for (`tfm-error-…`). */
const ERROR_BODIES: Readonly<Record<string, readonly [status: number, body: string, reason?: string]>> = {
  'tfm-error-empty-type': [400, '{"__type": "", "Message": "empty type"}'],
  'tfm-error-no-type': [400, '{"Message": "no type"}'],
  'tfm-error-number-message': [400, '{"__type": "InvalidInputException", "Message": 42}'],
  'tfm-error-object-message': [400, '{"__type": "InvalidInputException", "Message": {"a": 1, "b": [true, null]}}'],
  'tfm-error-list-message': [400, '{"__type": "InvalidInputException", "Message": [1, "a", 2.5]}'],
  'tfm-error-null-message': [400, '{"__type": "InvalidInputException", "Message": null}'],
  'tfm-error-nan-message': [400, '{"__type": "InvalidInputException", "Message": NaN}'],
  'tfm-error-both-messages': [400, '{"__type": "X", "Message": "upper", "message": "lower"}'],
  'tfm-error-no-message': [400, '{"__type": "InvalidInputException"}'],
  'tfm-error-not-json': [400, 'plain text, not json'],
  'tfm-error-empty-400': [400, ''],
  'tfm-error-hash-type': [400, '{"__type": "a#b#EntityNotFoundException", "Message": "m"}'],
  'tfm-error-503-reason': [503, '', 'Please Slow Down'],
  'tfm-error-500-html': [500, '  <html><body>oops</body></html>'],
  'tfm-error-599': [599, ''],
  'tfm-error-500-json': [500, '{"__type": "InternalServiceException", "Message": "json on 500"}'],
  // A modelled extra member (FromFederationSource) and one the model does not have (never shown).
  'tfm-error-federation': [
    400,
    '{"__type": "EntityNotFoundException", "Message": "Transform not found", "FromFederationSource": false, "InternalToken": "do-not-show"}',
  ],
};

function errorBodyFault(transformId: string): Fault | undefined {
  const found = ERROR_BODIES[transformId];
  if (found === undefined) return undefined;
  const [status, body, reason] = found;
  return (res) => {
    res.writeHead(status, reason ?? '', {
      'Content-Type': 'application/x-amz-json-1.1',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  };
}

/** How a run started on a fault id ends (`tfm-run-…`); other runs succeed. */
export function runPlanFor(transformId: string): RunPlan {
  switch (transformId) {
    case 'tfm-run-failed':
      return {
        end: 'FAILED',
        errorString:
          'The labels file s3://… does not have the columns labeling_set_id and label as its first two columns.',
      };
    case 'tfm-run-stopped':
      return { end: 'STOPPED' };
    case 'tfm-run-timeout':
      return { end: 'TIMEOUT', errorString: 'Task run timed out after 2880 minutes.' };
    case 'tfm-run-forever':
      return { end: 'NEVER' };
    default:
      return { end: 'SUCCEEDED' };
  }
}

/**
 * GetMLTaskRun faults by transform id (`tfm-poll-…`): the import starts, the polls misbehave.
 * `attempt` counts GetMLTaskRun requests for that transform, from 1.
 */
export function pollFaultFor(transformId: string, attempt: number): Fault | undefined {
  switch (transformId) {
    case 'tfm-poll-throttle':
      // Every other request is throttled: each poll succeeds on its second attempt.
      return attempt % 2 === 1
        ? (res, _send, sendError) => sendError(res, 400, 'ThrottlingException', 'Rate exceeded')
        : undefined;
    case 'tfm-poll-denied':
      return (res, _send, sendError) =>
        sendError(
          res,
          400,
          'AccessDeniedException',
          'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: glue:GetMLTaskRun',
        );
    default:
      return undefined;
  }
}

const FIXTURE_START = 1764363600.123;

/**
 * Fixed GetMLTaskRun bodies for TaskRunIds `tfr-fixture-…` (with `--faults`), whatever the transform:
 * the same bytes on every run, so that recorded output (timestamps included) can be compared.
 */
export function fixtureRun(transformId: string, taskRunId: string): string | undefined {
  const base = {
    TransformId: transformId,
    TaskRunId: taskRunId,
    Status: 'SUCCEEDED',
    LogGroupName: `/aws-glue/ml-transforms/${transformId}`,
    Properties: {
      TaskType: 'IMPORT_LABELS',
      ImportLabelsTaskRunProperties: { InputS3Path: 's3://bucket/labels.csv', Replace: false },
    },
    StartedOn: FIXTURE_START,
    LastModifiedOn: FIXTURE_START + 95,
    CompletedOn: FIXTURE_START + 95,
    ExecutionTime: 95,
  };
  switch (taskRunId) {
    case 'tfr-fixture-succeeded':
      return JSON.stringify(base);
    case 'tfr-fixture-failed':
      return JSON.stringify({
        ...base,
        Status: 'FAILED',
        ErrorString: 'Label file has 2 rows with an empty "label" — row 3: ✗',
      });
    case 'tfr-fixture-running': {
      const { CompletedOn: _c, ExecutionTime: _e, ...running } = base;
      return JSON.stringify({ ...running, Status: 'RUNNING', LastModifiedOn: FIXTURE_START + 12 });
    }
    case 'tfr-fixture-int-times':
      return '{"TransformId": "tfm-x", "TaskRunId": "tfr-fixture-int-times", "Status": "SUCCEEDED", "StartedOn": 1764363600, "CompletedOn": 1.7643636E9, "LastModifiedOn": 0, "ExecutionTime": 0}';
    case 'tfr-fixture-micro':
      return '{"TaskRunId": "tfr-fixture-micro", "StartedOn": 1764363600.1234567, "LastModifiedOn": 1764363600.0000005, "CompletedOn": -1.5}';
    case 'tfr-fixture-extra':
      // Members in an order other than the model's, nulls, an unknown member and an unknown property.
      return '{"ExecutionTime": 3, "Status": "STOPPED", "Unknown": 1, "ErrorString": null, "TaskRunId": "tfr-fixture-extra", "Properties": {"Other": {"a": 1}, "TaskType": "IMPORT_LABELS", "ImportLabelsTaskRunProperties": {"Replace": true, "InputS3Path": "s3://b/k"}}, "TransformId": "tfm-x", "StartedOn": 1764363600.5}';
    case 'tfr-fixture-empty':
      return '{}';
    default:
      return undefined;
  }
}

/**
 * Starts whose answer is lost (`tfm-start-…`): the run starts, then the client hears nothing
 * (`tfm-start-hang`: no answer until it gives up; `tfm-start-reset`: the connection is dropped) or a
 * proxy's 502 without Glue's error body (`tfm-start-502`). `tfm-start-hang-nolist` also denies
 * GetMLTaskRuns, so that the check cannot be made. A client that sends the start again starts
 * the import again.
 */
export function lostAnswerFor(transformId: string): Fault | undefined {
  switch (transformId) {
    case 'tfm-start-hang':
    case 'tfm-start-hang-nolist':
      return () => undefined;
    case 'tfm-start-reset':
      return (res) => res.socket?.destroy();
    case 'tfm-start-502':
      return (res, send) => send(res, 502, '<html><body>502 Bad Gateway</body></html>', 'text/html');
    default:
      return undefined;
  }
}
