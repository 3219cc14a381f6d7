import type { OperationModel } from './operation.js';
import { GET_ML_TASK_RUN } from './operations/get-ml-task-run.js';
import { START_IMPORT_LABELS_TASK_RUN } from './operations/start-import-labels-task-run.js';

/** Every command this package ships, by command name: each bin runs one. */
export const OPERATIONS: Readonly<Record<string, OperationModel>> = {
  [START_IMPORT_LABELS_TASK_RUN.command]: START_IMPORT_LABELS_TASK_RUN,
  [GET_ML_TASK_RUN.command]: GET_ML_TASK_RUN,
};
