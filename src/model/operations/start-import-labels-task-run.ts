import type { OperationModel } from '../operation.js';
import { STRING, structure } from '../shapes.js';

/** glue start-import-labels-task-run: Glue's StartImportLabelsTaskRun, members in model order. */
export const START_IMPORT_LABELS_TASK_RUN = {
  name: 'StartImportLabelsTaskRun',
  command: 'start-import-labels-task-run',
  summary:
    'Import labels into an AWS Glue FindMatches machine learning transform (aws glue start-import-labels-task-run).',
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
      name: 'InputS3Path',
      flag: '--input-s3-path',
      type: 'string',
      required: true,
      doc: 'The Amazon Simple Storage Service (Amazon S3) path from where you import the labels.',
    },
    {
      name: 'ReplaceAllLabels',
      flag: '--replace-all-labels',
      type: 'boolean',
      required: false,
      doc: 'Indicates whether to overwrite your existing labels.',
      negatedDoc: 'Add the imported labels to the existing ones (the service default). The last of the two flags wins.',
    },
  ],
  output: structure({ TaskRunId: STRING }),
  importsLabels: true,
  waitsFor: (request, response) => ({
    TransformId: String(request['TransformId']),
    TaskRunId: String(response['TaskRunId']),
  }),
} as const satisfies OperationModel;
