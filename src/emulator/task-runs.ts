interface Run {
  readonly transformId: string;
  readonly inputS3Path: string;
  readonly replace: boolean;
  readonly startedMs: number;
}

/** In-memory task runs whose status moves STARTING → RUNNING → SUCCEEDED with time. */
export class TaskRuns {
  private readonly runs = new Map<string, Run>();
  constructor(
    private readonly phaseMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  start(id: string, transformId: string, inputS3Path: string, replace: boolean): void {
    this.runs.set(id, { transformId, inputS3Path, replace, startedMs: this.now() });
  }

  /** GetMLTaskRun's response for a run, or undefined when the transform has no such run. */
  describe(transformId: string, taskRunId: string): Record<string, unknown> | undefined {
    const run = this.runs.get(taskRunId);
    if (!run || run.transformId !== transformId) return undefined;
    const elapsed = this.now() - run.startedMs;
    const status = elapsed < this.phaseMs ? 'STARTING' : elapsed < 2 * this.phaseMs ? 'RUNNING' : 'SUCCEEDED';
    const seconds = (ms: number): number => Math.floor(ms / 1000);
    return {
      TransformId: transformId,
      TaskRunId: taskRunId,
      Status: status,
      Properties: {
        TaskType: 'IMPORT_LABELS',
        ImportLabelsTaskRunProperties: { InputS3Path: run.inputS3Path, Replace: run.replace },
      },
      StartedOn: seconds(run.startedMs),
      LastModifiedOn: seconds(this.now()),
      ...(status === 'SUCCEEDED'
        ? { CompletedOn: seconds(run.startedMs + 2 * this.phaseMs), ExecutionTime: seconds(2 * this.phaseMs) }
        : {}),
    };
  }
}
