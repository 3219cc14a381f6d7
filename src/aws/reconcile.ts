import { GetMLTaskRunsCommand, type GlueClient } from '@aws-sdk/client-glue';

/** A task run found to be the effect of an attempt whose answer was lost. */
export interface AdoptedRun {
  readonly taskRunId: string;
  readonly startedOn: Date | undefined;
}

/** How far before the first attempt a run may have started and still be ours (clocks differ a little). */
const CLOCK_SLACK_MS = 10_000;

/**
 * Whether a StartImportLabelsTaskRun whose answer was lost took effect: the transform's import task
 * runs started since just before the first attempt (GetMLTaskRuns, newest first), one with the same
 * InputS3Path and the same replace flag. Throws what GetMLTaskRuns throws (access denied…).
 */
export async function findStartedImport(
  client: GlueClient,
  input: Readonly<Record<string, unknown>>,
  firstAttemptMs: number,
): Promise<AdoptedRun | undefined> {
  const output = await client.send(
    new GetMLTaskRunsCommand({
      TransformId: String(input['TransformId']),
      Filter: { TaskRunType: 'IMPORT_LABELS', StartedAfter: new Date(firstAttemptMs - CLOCK_SLACK_MS) },
      Sort: { Column: 'STARTED', SortDirection: 'DESCENDING' },
      MaxResults: 100,
    }),
  );
  const replace = input['ReplaceAllLabels'] === true;
  const match = output.TaskRuns?.find((run) => {
    const properties = run.Properties?.ImportLabelsTaskRunProperties;
    return properties?.InputS3Path === input['InputS3Path'] && (properties?.Replace ?? false) === replace;
  });
  return match?.TaskRunId ? { taskRunId: match.TaskRunId, startedOn: match.StartedOn } : undefined;
}
