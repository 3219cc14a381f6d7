import type { OperationModel } from '../operation.js';
import { ML_TASK_RUN } from '../shapes.js';

/** glue get-ml-task-run: Glue's GetMLTaskRun, members in model order. */
export const GET_ML_TASK_RUN = {
  name: 'GetMLTaskRun',
  command: 'get-ml-task-run',
  summary:
    'Describe a task run of an AWS Glue machine learning transform (aws glue get-ml-task-run); with --wait, until it ends.',
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
