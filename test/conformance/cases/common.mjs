// Shared pieces of the conformance cases: {E} is the emulator's URL, {HOME} and {CWD} the case's
// home and working folders.

export const BASE = ['--transform-id', 'tfm-1', '--input-s3-path', 's3://bucket/labels.csv', '--endpoint-url', '{E}'];
export const FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream'];
