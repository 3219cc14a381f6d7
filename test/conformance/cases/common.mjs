// Shared pieces of the conformance cases: {E} is the emulator's URL, {HOME} and {CWD} the case's
// home and working folders.

export const BASE = ['--transform-id', 'tfm-1', '--input-s3-path', 's3://bucket/labels.csv', '--endpoint-url', '{E}'];
export const FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream'];

/**
 * Where the call succeeded and then the query or the formatter failed: aws-cli prints only the error
 * (the started task run's id is lost); this tool adds a line with the response.
 */
export const AFTER_CALL = {
  afterCall: true,
  reason: 'a failure after the task run started also prints the response, so that its TaskRunId is not lost',
};

/**
 * Where a start's answer was lost (no response, or a 5xx without Glue's error body): before each
 * resend, and after the last attempt, one GetMLTaskRuns asks whether the import started (aws-cli
 * sends the start again blind). Output and exit code stay aws-cli's; `requests` is the total sent.
 */
export const CHECKED = (requests) => ({
  requests,
  reason: 'a start whose answer was lost is checked with GetMLTaskRuns before it is sent again (never two imports)',
});

/** `--output off` (aws-cli 2.34+) is a choice here: the invalid-choice list aws-cli 2.9.19 prints has one more entry. */
export const OUTPUT_OFF_CHOICE = {
  stderrIncludes: 'yaml-stream                              | off ',
  reason: '--output off (aws-cli 2.34+) is a valid choice, so the list of valid choices ends with it',
};
