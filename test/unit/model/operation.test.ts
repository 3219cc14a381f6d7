import { describe, expect, test } from 'vitest';
import { type OperationModel, operationOptions, requiredFlags } from '../../../src/model/operation.js';
import { attributeName, type OptionSpec, WAIT_OPTIONS } from '../../../src/model/options.js';
import { MODEL } from '../../support/deps.js';

describe('operationOptions: the flags derive from the model', () => {
  test('a flag per member, a --no- flag for a boolean, then cli-input and skeleton options', () => {
    expect(operationOptions(MODEL).map((o) => [o.flag, o.arity, o.member])).toEqual([
      ['--transform-id', 'one', 'TransformId'],
      ['--input-s3-path', 'one', 'InputS3Path'],
      ['--replace-all-labels', 'none', 'ReplaceAllLabels'],
      ['--no-replace-all-labels', 'none', 'ReplaceAllLabels'],
      ['--cli-input-json', 'one', undefined],
      ['--cli-input-yaml', 'one', undefined],
      ['--generate-cli-skeleton', 'optional', undefined],
      ['--wait', 'none', undefined],
      ['--wait-interval', 'one', undefined],
      ['--wait-timeout', 'one', undefined],
      ['--no-progress', 'none', undefined],
      ['--dry-run', 'none', undefined],
      ['--check-labels', 'none', undefined],
      ['--backup-labels-to', 'one', undefined],
    ]);
  });

  test('only an operation that waits for a task run has the wait options', () => {
    const flags = (model: OperationModel) => operationOptions(model).map((o) => o.flag);
    const { waitsFor: _w, ...noWait } = MODEL;
    expect(flags(MODEL)).toContain('--wait-timeout');
    expect(flags(noWait)).not.toContain('--wait');
    expect(operationOptions(noWait)).toEqual(
      operationOptions(MODEL).filter((o) => !(WAIT_OPTIONS as readonly OptionSpec[]).includes(o)),
    );
  });

  test('a new model entry brings its own flags and required list', () => {
    const model: OperationModel = {
      name: 'GetMLTaskRun',
      command: 'get-ml-task-run',
      summary: 's',
      input: [
        { name: 'TransformId', flag: '--transform-id', type: 'string', required: true, doc: 'd' },
        { name: 'TaskRunId', flag: '--task-run-id', type: 'string', required: true, doc: 'd' },
      ],
      output: { type: 'structure', members: {} },
    };
    expect(requiredFlags(model)).toEqual(['--transform-id', '--task-run-id']);
    expect(operationOptions(model).map((o) => o.flag)).toContain('--task-run-id');
    expect(operationOptions(model).find((o) => o.flag === '--task-run-id')?.help).toBe('d Required.');
  });
});

describe('attributeName', () => {
  test.each([
    ['--no-verify-ssl', 'verifySsl'],
    ['--cli-input-json', 'cliInputJson'],
    ['--input-s3-path', 'inputS3Path'],
    ['--query', 'query'],
  ])('%s → %s', (flag, want) => expect(attributeName(flag)).toBe(want));
});
