/**
 * Response shapes as botocore's model states them: the response parser keeps only modelled members,
 * in model order, and turns timestamps into the CLI's timestamp format.
 */
export type Shape =
  | { readonly type: 'string' | 'boolean' | 'integer' | 'long' | 'double' | 'timestamp' }
  | { readonly type: 'structure'; readonly members: Readonly<Record<string, Shape>> }
  | { readonly type: 'list'; readonly member: Shape }
  | { readonly type: 'map'; readonly value: Shape };

export type StructureShape = Extract<Shape, { type: 'structure' }>;

export const STRING = { type: 'string' } as const;
export const BOOLEAN = { type: 'boolean' } as const;
export const INTEGER = { type: 'integer' } as const;
export const TIMESTAMP = { type: 'timestamp' } as const;

export function structure(members: Readonly<Record<string, Shape>>): StructureShape {
  return { type: 'structure', members };
}

/** Glue's TaskRunProperties (GetMLTaskRun, GetMLTaskRuns). */
export const TASK_RUN_PROPERTIES = structure({
  TaskType: STRING,
  ImportLabelsTaskRunProperties: structure({ InputS3Path: STRING, Replace: BOOLEAN }),
  ExportLabelsTaskRunProperties: structure({ OutputS3Path: STRING }),
  LabelingSetGenerationTaskRunProperties: structure({ OutputS3Path: STRING }),
  FindMatchesTaskRunProperties: structure({ JobId: STRING, JobName: STRING, JobRunId: STRING }),
});

/** Glue's GetMLTaskRunResponse, members in model order. */
export const ML_TASK_RUN = structure({
  TransformId: STRING,
  TaskRunId: STRING,
  Status: STRING,
  LogGroupName: STRING,
  Properties: TASK_RUN_PROPERTIES,
  ErrorString: STRING,
  StartedOn: TIMESTAMP,
  LastModifiedOn: TIMESTAMP,
  CompletedOn: TIMESTAMP,
  ExecutionTime: INTEGER,
});

/** The part of Glue's GetMLTransformResponse the labels check reads: the schema's columns. */
export const ML_TRANSFORM_SCHEMA = structure({
  TransformId: STRING,
  Schema: { type: 'list', member: structure({ Name: STRING, DataType: STRING }) },
});

/** A start's response (StartImportLabelsTaskRun, StartExportLabelsTaskRun). */
export const TASK_RUN_ID = structure({ TaskRunId: STRING });

/**
 * Glue's error shapes' members besides Message, by error code (botocore's model): what structured
 * error formats may print of an error body.
 */
export const GLUE_ERROR_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  EntityNotFoundException: ['FromFederationSource'],
  InvalidInputException: ['FromFederationSource'],
  FederationSourceException: ['FederationSourceErrorCode'],
};
