/** The operation's input members in model order, with what botocore checks client-side. */
export const INPUT_MEMBERS = [
  {
    name: 'TransformId',
    type: 'string',
    required: true,
    minLength: 1,
    doc: 'The unique identifier of the machine learning transform.',
  },
  {
    name: 'InputS3Path',
    type: 'string',
    required: true,
    minLength: undefined,
    doc: 'The Amazon Simple Storage Service (Amazon S3) path from where you import the labels.',
  },
  {
    name: 'ReplaceAllLabels',
    type: 'boolean',
    required: false,
    minLength: undefined,
    doc: 'Indicates whether to overwrite your existing labels.',
  },
] as const;

export const OUTPUT_MEMBERS = ['TaskRunId'] as const;
export const OPERATION_NAME = 'StartImportLabelsTaskRun';

/** The validated request, keys in the order they will be sent. */
export interface ImportLabelsRequest {
  TransformId: string;
  InputS3Path: string;
  ReplaceAllLabels?: boolean;
}
