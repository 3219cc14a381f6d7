import type { OperationModel } from '../operation.js';
import { ML_TASK_RUN } from '../shapes.js';

/** glue get-ml-task-run: Glue's GetMLTaskRun, members in model order. */
export const GET_ML_TASK_RUN = {
  name: 'GetMLTaskRun',
  command: 'get-ml-task-run',
  summary:
    'Describe a task run of an AWS Glue machine learning transform (aws glue get-ml-task-run); with --wait, until it ends.',
  examples: [
    {
      title: 'Describe a task run:',
      lines: ['get-ml-task-run --transform-id tfm-0123456789abcdef --task-run-id tfr-0123456789abcdef'],
    },
    {
      title: 'Wait until it ends (exit 0 only if it SUCCEEDED), polling every 30 seconds for at most an hour:',
      lines: [
        'get-ml-task-run --transform-id tfm-0123456789abcdef --task-run-id tfr-0123456789abcdef \\',
        '    --wait --wait-interval 30 --wait-timeout 3600',
      ],
    },
    {
      title: 'Print only the status:',
      lines: [
        'get-ml-task-run --transform-id tfm-0123456789abcdef --task-run-id tfr-0123456789abcdef \\',
        '    --query Status --output text',
      ],
    },
  ],
  input: [
    {
      name: 'TransformId',
      flag: '--transform-id',
      type: 'string',
      required: true,
      minLength: 1,
      doc: 'The unique identifier of the machine learning transform.',
    },
    {
      name: 'TaskRunId',
      flag: '--task-run-id',
      type: 'string',
      required: true,
      minLength: 1,
      doc: 'The unique identifier of the task run.',
    },
  ],
  output: ML_TASK_RUN,
  waitsFor: (request) => ({ TransformId: String(request['TransformId']), TaskRunId: String(request['TaskRunId']) }),
} as const satisfies OperationModel;
