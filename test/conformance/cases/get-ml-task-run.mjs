// get-ml-task-run: the second command, against the emulator's fixed task runs (tfr-fixture-…), whose
// bodies are the same bytes on every run so that timestamps can be compared.
import { FORMATS } from './common.mjs';

const command = 'get-ml-task-run';
const run = (id, transform = 'tfm-1') => ['--transform-id', transform, '--task-run-id', id, '--endpoint-url', '{E}'];
const SUCCEEDED = run('tfr-fixture-succeeded');

const perFormat = ['succeeded', 'failed', 'running'].flatMap((fixture) =>
  FORMATS.map((format) => ({
    name: `get-ml-task-run ${fixture} ${format}`,
    command,
    args: [...run(`tfr-fixture-${fixture}`), '--output', format],
  })),
);

const timestamps = [
  ['int-times', []],
  ['micro', []],
  ['extra', []],
  ['empty', []],
  ['micro', ['--output', 'text']],
  ['extra', ['--output', 'table']],
  ['int-times', ['--output', 'yaml']],
].map(([fixture, extra]) => ({
  name: `get-ml-task-run ${fixture} ${extra.join(' ') || 'json'}`,
  command,
  args: [...run(`tfr-fixture-${fixture}`, 'tfm-x'), ...extra],
}));

const zones = [
  ['new york', 'America/New_York'],
  ['kolkata', 'Asia/Kolkata'],
  ['utc', 'UTC'],
  ['colon paris', ':Europe/Paris'],
  ['empty', ''],
  ['chatham', 'Pacific/Chatham'],
].map(([label, tz]) => ({
  name: `get-ml-task-run timezone ${label}`,
  command,
  env: { TZ: tz },
  args: [...SUCCEEDED, '--output', 'text'],
}));

const formatConfig = (value) => ({
  '.aws/config': `[default]\ncli_timestamp_format = ${value}\n[profile other]\nregion = eu-west-1\n`,
});

export default [
  ...perFormat,
  ...timestamps,
  ...zones,
  { name: 'get-ml-task-run timestamp format wire', command, home: formatConfig('wire'), args: SUCCEEDED },
  {
    name: 'get-ml-task-run timestamp format wire text',
    command,
    home: formatConfig('wire'),
    args: [...run('tfr-fixture-int-times'), '--output', 'text'],
  },
  {
    name: 'get-ml-task-run timestamp format wire micro yaml',
    command,
    home: formatConfig('wire'),
    args: [...run('tfr-fixture-micro'), '--output', 'yaml'],
  },
  { name: 'get-ml-task-run timestamp format iso8601', command, home: formatConfig('iso8601'), args: SUCCEEDED },
  { name: 'get-ml-task-run timestamp format bad', command, home: formatConfig('Wire'), args: SUCCEEDED },
  {
    name: 'get-ml-task-run timestamp format bad before a usage error',
    command,
    home: formatConfig('bogus'),
    args: ['--bogus'],
  },
  {
    name: 'get-ml-task-run timestamp format bad before a skeleton',
    command,
    home: formatConfig('bogus'),
    args: ['--generate-cli-skeleton'],
  },
  {
    name: 'get-ml-task-run timestamp format bad in another profile',
    command,
    home: formatConfig('bogus'),
    args: [...SUCCEEDED, '--profile', 'other'],
  },
  {
    name: 'get-ml-task-run timestamp format bad and a missing profile',
    command,
    home: formatConfig('bogus'),
    args: [...SUCCEEDED, '--profile', 'nope'],
  },
  {
    name: 'get-ml-task-run timestamp format bad from AWS_PROFILE',
    command,
    home: { '.aws/config': '[profile p]\ncli_timestamp_format = x\n' },
    env: { AWS_PROFILE: 'p' },
    args: SUCCEEDED,
  },
  {
    name: 'get-ml-task-run timestamp format bad and a bad query',
    command,
    home: formatConfig('bogus'),
    args: [...SUCCEEDED, '--query', 'a.'],
  },
  { name: 'get-ml-task-run query timestamp', command, args: [...SUCCEEDED, '--query', 'StartedOn'] },
  {
    name: 'get-ml-task-run query properties table',
    command,
    args: [...SUCCEEDED, '--query', 'Properties.ImportLabelsTaskRunProperties', '--output', 'table'],
  },
  {
    name: 'get-ml-task-run query status and error text',
    command,
    args: [...run('tfr-fixture-failed'), '--query', '[Status, ErrorString, ExecutionTime]', '--output', 'text'],
  },
  {
    name: 'get-ml-task-run query compares timestamps',
    command,
    args: [
      ...SUCCEEDED,
      '--query',
      '{later: CompletedOn > StartedOn, n: length(StartedOn), s: sort([CompletedOn, StartedOn])}',
    ],
  },
  { name: 'get-ml-task-run skeleton input', command, args: ['--generate-cli-skeleton'] },
  { name: 'get-ml-task-run skeleton yaml input', command, args: ['--generate-cli-skeleton', 'yaml-input'] },
  { name: 'get-ml-task-run skeleton output', command, args: [...SUCCEEDED, '--generate-cli-skeleton', 'output'] },
  {
    name: 'get-ml-task-run skeleton output yaml',
    command,
    args: [...SUCCEEDED, '--generate-cli-skeleton', 'output', '--output', 'yaml'],
  },
  {
    name: 'get-ml-task-run cli input json',
    command,
    args: ['--cli-input-json', '{"TransformId": "tfm-1", "TaskRunId": "tfr-fixture-failed"}', '--endpoint-url', '{E}'],
  },
  {
    name: 'get-ml-task-run cli input yaml with flag winning',
    command,
    args: [
      '--cli-input-yaml',
      'TransformId: tfm-1\nTaskRunId: tfr-fixture-failed\n',
      '--task-run-id',
      'tfr-fixture-running',
      '--endpoint-url',
      '{E}',
    ],
  },
  {
    name: 'get-ml-task-run cli input unknown member',
    command,
    args: [
      '--cli-input-json',
      '{"TransformId": "t", "TaskRunId": "r", "InputS3Path": "s3://b/k"}',
      '--endpoint-url',
      '{E}',
    ],
  },
  { name: 'get-ml-task-run missing task run id', command, args: ['--transform-id', 'tfm-1', '--endpoint-url', '{E}'] },
  { name: 'get-ml-task-run missing both', command, args: ['--endpoint-url', '{E}'] },
  {
    name: 'get-ml-task-run empty ids',
    command,
    args: ['--transform-id', '', '--task-run-id', '', '--endpoint-url', '{E}'],
  },
  { name: 'get-ml-task-run start flag is unknown', command, args: [...SUCCEEDED, '--input-s3-path', 's3://b/k'] },
  { name: 'get-ml-task-run not found', command, args: run('tfr-nope') },
  { name: 'get-ml-task-run denied', command, args: run('tfr-fixture-succeeded', 'tfm-poll-denied') },
  { name: 'get-ml-task-run throttled then answered', command, args: run('tfr-fixture-succeeded', 'tfm-poll-throttle') },
  { name: 'get-ml-task-run help', command, args: ['help'], compare: 'rc' },
  { name: 'get-ml-task-run version', command, args: ['--version'], compare: 'rc' },
];
