import type { OperationModel } from '../operation.js';
import { STRING, structure } from '../shapes.js';

/** glue start-import-labels-task-run: Glue's StartImportLabelsTaskRun, members in model order. */
export const START_IMPORT_LABELS_TASK_RUN = {
  name: 'StartImportLabelsTaskRun',
  command: 'start-import-labels-task-run',
  summary:
    'Import labels into an AWS Glue FindMatches machine learning transform (aws glue start-import-labels-task-run).',
  examples: [
    {
      title: 'Import a labels file, adding to the labels the transform has:',
      lines: [
        'start-import-labels-task-run --transform-id tfm-0123456789abcdef \\',
        '    --input-s3-path s3://my-bucket/labels/labels.csv',
      ],
    },
    {
      title: 'Check the file first, replace all labels after exporting the current ones, and wait for the end:',
      lines: [
        'start-import-labels-task-run --transform-id tfm-0123456789abcdef \\',
        '    --input-s3-path s3://my-bucket/labels/labels.csv --check-labels \\',
        '    --replace-all-labels --backup-labels-to s3://my-bucket/backup.csv --wait',
      ],
    },
    {
      title: 'A CI step (GitHub Actions), with the credentials aws-actions/configure-aws-credentials sets:',
      lines: [
        '- uses: glue-import-labels/glue-import-labels@v0',
        '  with:',
        '    transform-id: tfm-0123456789abcdef',
        '    input-s3-path: s3://my-bucket/labels/labels.csv',
        '    check-labels: true',
        '    wait: true',
      ],
    },
    {
      title: 'Print only the task run id; test a pipeline offline against the local emulator:',
      lines: [
        'start-import-labels-task-run ... --query TaskRunId --output text',
        'glue-ml-emulator --port 8788 &',
        'start-import-labels-task-run ... --endpoint-url http://127.0.0.1:8788',
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
