import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
  ACTION_INPUTS,
  ACTION_OUTPUTS,
  commandLine,
  errorAnnotation,
  errorLine,
  inputVariable,
  outputFileText,
  outputsOf,
} from '../../../src/action/inputs.js';
import { root } from '../../support/run-bin.js';

describe('action.yml', () => {
  const action = yaml.load(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: { id?: string; env?: Record<string, string> }[] };
  };

  test('declares every input of the table, each passed to the step under its variable', () => {
    expect(Object.keys(action.inputs)).toEqual(ACTION_INPUTS.map((i) => i.name));
    const step = action.runs.steps.find((s) => s.id === 'import');
    expect(step?.env).toEqual(
      Object.fromEntries(ACTION_INPUTS.map((i) => [inputVariable(i.name), `\${{ inputs.${i.name} }}`])),
    );
  });

  test("declares the outputs, from the import step's", () => {
    expect(Object.keys(action.outputs)).toEqual(Object.keys(ACTION_OUTPUTS));
    for (const [name, output] of Object.entries(action.outputs))
      expect(output.value).toBe(`\${{ steps.import.outputs.${name} }}`);
  });
});

describe('the inputs as a command line', () => {
  test('values, switches and the replace tristate; empty inputs add nothing', () => {
    expect(
      commandLine({
        INPUT_TRANSFORM_ID: 'tfm-1',
        INPUT_INPUT_S3_PATH: ' s3://b/k ',
        INPUT_REPLACE_ALL_LABELS: 'false',
        INPUT_CHECK_LABELS: 'true',
        INPUT_WAIT: 'False',
        INPUT_QUERY: '',
        INPUT_OUTPUT: 'json',
      }),
    ).toEqual([
      '--transform-id',
      'tfm-1',
      '--input-s3-path',
      's3://b/k',
      '--no-replace-all-labels',
      '--check-labels',
      '--output',
      'json',
    ]);
    expect(commandLine({ INPUT_REPLACE_ALL_LABELS: 'TRUE' })).toEqual(['--replace-all-labels']);
    expect(commandLine({})).toEqual([]);
  });

  test("YAML's three spellings of each boolean, as GitHub's getBooleanInput takes them", () => {
    for (const yes of ['true', 'True', 'TRUE']) expect(commandLine({ INPUT_WAIT: yes })).toEqual(['--wait']);
    for (const no of ['false', 'False', 'FALSE']) expect(commandLine({ INPUT_WAIT: no })).toEqual([]);
    expect(() => commandLine({ INPUT_WAIT: '' })).not.toThrow();
  });

  test('a switch that is not a YAML boolean is an error naming the input', () => {
    expect(() => commandLine({ INPUT_WAIT: 'yes' })).toThrow("Input wait must be true or false, not 'yes'.");
  });
});

describe('outputs and annotations', () => {
  test('the id and status from a JSON response; only the result otherwise', () => {
    expect(outputsOf('{\n  "TaskRunId": "tfr-1",\n  "Status": "FAILED"\n}\n')).toEqual({
      'task-run-id': 'tfr-1',
      status: 'FAILED',
      result: '{\n  "TaskRunId": "tfr-1",\n  "Status": "FAILED"\n}',
    });
    expect(outputsOf('tfr-1\n')).toEqual({ 'task-run-id': '', status: '', result: 'tfr-1' });
    // JSON that is not a response (a --query result): no id, no failure.
    for (const text of ['null\n', '"tfr-1"\n', '42\n'])
      expect(outputsOf(text)).toEqual({ 'task-run-id': '', status: '', result: text.trimEnd() });
  });

  test('$GITHUB_OUTPUT: each value between its delimiter lines', () => {
    expect(outputFileText({ result: 'a\nb', status: '' }, 'EOF1')).toBe(
      'result<<EOF1\na\nb\nEOF1\nstatus<<EOF1\n\nEOF1\n',
    );
    expect(() => outputFileText({ result: 'x EOF1' }, 'EOF1')).toThrow('the output delimiter occurs in a value');
  });

  test("the error line is stderr's last line that is not a Hint", () => {
    expect(errorLine('\nUnable to locate credentials. You can configure…\nHint: add aws_access_key_id…\n')).toBe(
      'Unable to locate credentials. You can configure…',
    );
    expect(errorLine('')).toBeUndefined();
    // Lines of blanks only are not the error.
    expect(errorLine('\nthe error\n   \n\t\n')).toBe('the error');
  });

  test("an annotation escapes GitHub's workflow-command characters", () => {
    expect(errorAnnotation('a: b, c', '100% done\nnext')).toBe('::error title=a%3A b%2C c::100%25 done%0Anext\n');
    expect(errorAnnotation('t', 'one\r\ntwo')).toBe('::error title=t::one%0D%0Atwo\n');
  });
});
