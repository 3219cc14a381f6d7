/** The terminal statuses of a Glue ML task run; STARTING, RUNNING and STOPPING come before them. */
export type TerminalStatus = 'SUCCEEDED' | 'FAILED' | 'STOPPED' | 'TIMEOUT';

/** How a run ends: a terminal status (with Glue's ErrorString for the failures), or never. */
export interface RunPlan {
  readonly end: TerminalStatus | 'NEVER';
  readonly errorString?: string;
}

/** What the run does: import a labels file, or export the labels to a path. */
export type RunKind =
  | { readonly type: 'IMPORT_LABELS'; readonly inputS3Path: string; readonly replace: boolean }
  | { readonly type: 'EXPORT_LABELS'; readonly outputS3Path: string };

interface Run {
  readonly transformId: string;
  readonly taskRunId: string;
  readonly kind: RunKind;
  readonly startedMs: number;
  readonly plan: RunPlan;
}

/** A filter and a sort as GetMLTaskRuns takes them (timestamps in epoch seconds). */
export interface RunQuery {
  readonly taskRunType?: string;
  readonly status?: string;
  readonly startedBefore?: number;
  readonly startedAfter?: number;
  readonly sort?: { readonly column: 'TASK_RUN_TYPE' | 'STATUS' | 'STARTED'; readonly descending: boolean };
}

const seconds = (ms: number): number => ms / 1000;

/**
 * In-memory task runs whose status moves with time as Glue's do: STARTING for one phase, RUNNING for
 * the next, then the plan's end (a stopped run spends a third phase in STOPPING); a run that never
 * ends stays RUNNING. Timestamps are epoch seconds with milliseconds, as Glue sends them.
 */
export class TaskRuns {
  private readonly runs = new Map<string, Run>();
  constructor(
    private readonly phaseMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  start(id: string, transformId: string, inputS3Path: string, replace: boolean, plan: RunPlan = { end: 'SUCCEEDED' }) {
    this.startRun(id, transformId, { type: 'IMPORT_LABELS', inputS3Path, replace }, plan);
  }

  startRun(id: string, transformId: string, kind: RunKind, plan: RunPlan = { end: 'SUCCEEDED' }) {
    this.runs.set(id, { transformId, taskRunId: id, kind, startedMs: this.now(), plan });
  }

  /** GetMLTaskRun's response for a run, or undefined when the transform has no such run. */
  describe(transformId: string, taskRunId: string): Record<string, unknown> | undefined {
    const run = this.runs.get(taskRunId);
    if (!run || run.transformId !== transformId) return undefined;
    return this.document(run);
  }

  /** The transform's runs that match the query, newest first unless sorted otherwise. */
  list(transformId: string, query: RunQuery = {}): Record<string, unknown>[] {
    const documents = [...this.runs.values()]
      .filter((run) => run.transformId === transformId)
      .map((run) => this.document(run))
      .filter((d) => {
        const started = d['StartedOn'] as number;
        const type = (d['Properties'] as Record<string, unknown>)['TaskType'];
        if (query.taskRunType !== undefined && query.taskRunType !== type) return false;
        if (query.status !== undefined && d['Status'] !== query.status) return false;
        if (query.startedBefore !== undefined && !(started < query.startedBefore)) return false;
        if (query.startedAfter !== undefined && !(started > query.startedAfter)) return false;
        return true;
      });
    const sort = query.sort ?? { column: 'STARTED', descending: true };
    const key = (d: Record<string, unknown>): string | number =>
      sort.column === 'STARTED'
        ? (d['StartedOn'] as number)
        : sort.column === 'STATUS'
          ? String(d['Status'])
          : String((d['Properties'] as Record<string, unknown>)['TaskType']);
    documents.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = x < y ? -1 : x > y ? 1 : 0;
      return sort.descending ? -order : order;
    });
    return documents;
  }

  private document(run: Run): Record<string, unknown> {
    const phase = this.phaseMs;
    const elapsed = this.now() - run.startedMs;
    const { end } = run.plan;
    // [status, the moment it began] for each step of the run's life, in order.
    const steps: [string, number][] = [
      ['STARTING', 0],
      ['RUNNING', phase],
    ];
    if (end === 'STOPPED') steps.push(['STOPPING', 2 * phase], ['STOPPED', 3 * phase]);
    else if (end !== 'NEVER') steps.push([end, 2 * phase]);
    let current = steps[0] as [string, number];
    for (const step of steps) if (elapsed >= step[1]) current = step;
    const [status, since] = current;
    const terminal = ['SUCCEEDED', 'FAILED', 'STOPPED', 'TIMEOUT'].includes(status);
    return {
      TransformId: run.transformId,
      TaskRunId: run.taskRunId,
      Status: status,
      LogGroupName: `/aws-glue/ml-transforms/${run.transformId}`,
      Properties:
        run.kind.type === 'IMPORT_LABELS'
          ? {
              TaskType: 'IMPORT_LABELS',
              ImportLabelsTaskRunProperties: { InputS3Path: run.kind.inputS3Path, Replace: run.kind.replace },
            }
          : { TaskType: 'EXPORT_LABELS', ExportLabelsTaskRunProperties: { OutputS3Path: run.kind.outputS3Path } },
      ...(terminal && run.plan.errorString !== undefined ? { ErrorString: run.plan.errorString } : {}),
      StartedOn: seconds(run.startedMs),
      LastModifiedOn: seconds(run.startedMs + since),
      ...(terminal ? { CompletedOn: seconds(run.startedMs + since), ExecutionTime: Math.round(since / 1000) } : {}),
    };
  }
}
