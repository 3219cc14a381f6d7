import { BASE } from './common.mjs';

export default [
  // Skeletons.
  {
    name: 'skeleton default',
    args: ['--generate-cli-skeleton'],
    differs: {
      stdout: '{\n    "TransformId": "",\n    "InputS3Path": "",\n    "ReplaceAllLabels": false\n}\n',
      reason: 'ReplaceAllLabels placeholder is false',
    },
  },
  {
    name: 'skeleton input',
    args: ['--generate-cli-skeleton', 'input', '--output', 'table', '--query', 'x'],
    differs: {
      stdout: '{\n    "TransformId": "",\n    "InputS3Path": "",\n    "ReplaceAllLabels": false\n}\n',
      reason: 'ReplaceAllLabels placeholder is false',
    },
  },
  {
    name: 'skeleton yaml input',
    args: ['--generate-cli-skeleton', 'yaml-input'],
    differs: {
      stdout:
        "TransformId: ''  # [REQUIRED] The unique identifier of the machine learning transform.\nInputS3Path: '' # [REQUIRED] The Amazon Simple Storage Service (Amazon S3) path from where you import the labels.\nReplaceAllLabels: false # Indicates whether to overwrite your existing labels.\n",
      reason: 'ReplaceAllLabels placeholder is false',
    },
  },
  { name: 'skeleton output', args: [...BASE, '--generate-cli-skeleton', 'output'] },
  { name: 'skeleton output as table', args: [...BASE, '--generate-cli-skeleton', 'output', '--output', 'table'] },
  {
    name: 'skeleton output text with query',
    args: [...BASE, '--generate-cli-skeleton', 'output', '--output', 'text', '--query', 'TaskRunId'],
  },
  {
    name: 'skeleton output without required flags',
    args: ['--generate-cli-skeleton', 'output'],
    differs: {
      rc: 0,
      stdout: '{\n    "TaskRunId": "TaskRunId"\n}\n',
      stderr: '',
      reason: 'works without the required flags',
    },
  },
  {
    name: 'skeleton output needs a region',
    args: [...BASE, '--generate-cli-skeleton', 'output'],
    unsetEnv: ['AWS_DEFAULT_REGION'],
  },
  { name: 'skeleton still loads paramfiles', args: ['--generate-cli-skeleton', '--transform-id', 'file://nope.txt'] },
  { name: 'skeleton still rejects unknown options', args: ['--generate-cli-skeleton', '--bogus'] },
];
