export default [
  // cli-input documents.
  {
    name: 'cli input json supplies everything',
    args: [
      '--cli-input-json',
      '{"TransformId": "tfm-j", "InputS3Path": "s3://j/k", "ReplaceAllLabels": true}',
      '--endpoint-url',
      '{E}',
    ],
  },
  {
    name: 'flags win over cli input json',
    args: [
      '--cli-input-json',
      '{"TransformId":"j1","InputS3Path":"s3://j/k","ReplaceAllLabels":true}',
      '--transform-id',
      'cli1',
      '--no-replace-all-labels',
      '--endpoint-url',
      '{E}',
    ],
  },
  {
    name: 'cli input json from file',
    args: ['--cli-input-json', 'file://in.json', '--endpoint-url', '{E}'],
    files: { 'in.json': '{"TransformId": "tfm-f", "InputS3Path": "s3://f/k"}\n' },
  },
  {
    name: 'cli input yaml',
    args: [
      '--cli-input-yaml',
      'TransformId: tfm-y\nInputS3Path: s3://y/k\nReplaceAllLabels: false\n',
      '--endpoint-url',
      '{E}',
    ],
  },
  {
    name: 'cli input yaml from file',
    args: ['--cli-input-yaml', 'file://in.yaml', '--endpoint-url', '{E}'],
    files: { 'in.yaml': 'TransformId: tfm-yf\nInputS3Path: s3://yf/k\n' },
  },
  { name: 'both cli inputs', args: ['--cli-input-json', '{}', '--cli-input-yaml', 'a: 1', '--endpoint-url', '{E}'] },
  { name: 'invalid cli input json', args: ['--cli-input-json', '{"TransformId": ', '--endpoint-url', '{E}'] },
  { name: 'empty cli input json', args: ['--cli-input-json', '', '--endpoint-url', '{E}'] },
  { name: 'cli input json is a list', args: ['--cli-input-json', '[1, 2]', '--endpoint-url', '{E}'] },
  { name: 'cli input json is a string', args: ['--cli-input-json', '"x"', '--endpoint-url', '{E}'] },
  {
    name: 'cli input json unknown key',
    args: ['--cli-input-json', '{"TransformId": "t", "InputS3Path": "s3://b/k", "Bogus": 1}', '--endpoint-url', '{E}'],
  },
  { name: 'cli input json empty document', args: ['--cli-input-json', '{}', '--endpoint-url', '{E}'] },
  {
    name: 'cli input json wrong types',
    args: [
      '--cli-input-json',
      '{"TransformId": 5, "InputS3Path": ["é✓"], "ReplaceAllLabels": "true"}',
      '--endpoint-url',
      '{E}',
    ],
  },
  {
    name: 'cli input json float and null',
    args: [
      '--cli-input-json',
      '{"TransformId": 1.0, "InputS3Path": null, "ReplaceAllLabels": 1e3}',
      '--endpoint-url',
      '{E}',
    ],
  },
  {
    name: 'cli input json nested map value',
    args: [
      '--cli-input-json',
      '{"TransformId": {"a": 1, "b": [1, "é"]}, "InputS3Path": "s3://b/k"}',
      '--endpoint-url',
      '{E}',
    ],
  },
  {
    name: 'cli input json big int',
    args: [
      '--cli-input-json',
      '{"TransformId": 12345678901234567890, "InputS3Path": "s3://b/k"}',
      '--endpoint-url',
      '{E}',
    ],
  },
  {
    name: 'cli input json duplicate keys last wins',
    args: [
      '--cli-input-json',
      '{"TransformId": "a", "TransformId": "tfm-dup", "InputS3Path": "s3://b/k"}',
      '--endpoint-url',
      '{E}',
    ],
  },
  {
    name: 'cli input json skeleton fed back',
    args: [
      '--cli-input-json',
      '{"TransformId": "", "InputS3Path": "", "ReplaceAllLabels": false}',
      '--endpoint-url',
      '{E}',
    ],
  },
  { name: 'cli input json missing file', args: ['--cli-input-json', 'file://nope.json', '--endpoint-url', '{E}'] },
  { name: 'invalid cli input yaml', args: ['--cli-input-yaml', 'a: [1, 2', '--endpoint-url', '{E}'] },
  {
    name: 'cli input yaml duplicate keys',
    args: ['--cli-input-yaml', 'TransformId: a\nTransformId: b\n', '--endpoint-url', '{E}'],
  },
  { name: 'cli input yaml is a list', args: ['--cli-input-yaml', '- a\n- b\n', '--endpoint-url', '{E}'] },
  {
    name: 'cli input yaml yes is a string',
    args: [
      '--cli-input-yaml',
      'TransformId: t\nInputS3Path: s3://b/k\nReplaceAllLabels: yes\n',
      '--endpoint-url',
      '{E}',
    ],
  },
  { name: 'cli input yaml empty document', args: ['--cli-input-yaml', '', '--endpoint-url', '{E}'] },
  {
    name: 'cli input equals form',
    args: ['--cli-input-json={"TransformId": "tfm-eq", "InputS3Path": "s3://eq/k"}', '--endpoint-url', '{E}'],
    differs: {
      rc: 0,
      stdoutIncludes: '"TaskRunId": "tfr-',
      stderr: '',
      requests: 1,
      reason: '--cli-input-json=… relaxes the required flags too; aws-cli relaxes them only for the separate token',
    },
  },
];
