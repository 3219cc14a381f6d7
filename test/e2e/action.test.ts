import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { root } from '../support/run-bin.js';

// The action's step as a workflow runs it: inputs in INPUT_* variables, the credentials a
// configure-aws-credentials step exported, $GITHUB_OUTPUT a file; against the emulator.

const scratch = mkdtempSync(join(tmpdir(), 'gil-action-'));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator(0, { faults: true, phaseMs: 50 });
});
afterAll(() => emulator.close());

async function step(inputs: Record<string, string>) {
  const output = join(scratch, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: scratch,
    CI: 'true',
    GITHUB_OUTPUT: output,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
    AWS_SESSION_TOKEN: 'session-token-example',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    INPUT_ENDPOINT_URL: emulator.url,
    INPUT_OUTPUT: 'json',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/-/g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [join(root, 'dist/action.cjs')], { env, cwd: scratch });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  // $GITHUB_OUTPUT's multiline form: name<<delimiter, lines, delimiter.
  const outputs: Record<string, string> = {};
  const text = readFileSync(output, 'utf8');
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n?\2\n/gm))
    outputs[match[1] as string] = match[3] as string;
  return { code, stdout, stderr, outputs };
}

describe('the GitHub Action step', () => {
  test('an import: the task run id as an output, the response in the log, signed with the exported keys', async () => {
    const r = await step({ 'transform-id': 'tfm-action', 'input-s3-path': 's3://b/labels.csv' });
    expect(r.code).toBe(0);
    expect(r.outputs['task-run-id']).toMatch(/^tfr-[0-9a-f]{32}$/);
    expect(r.outputs['status']).toBe('');
    expect(r.stdout).toContain(`"TaskRunId": "${r.outputs['task-run-id']}"`);
    const request = emulator.requests.at(-1);
    expect(request?.headers['x-amz-security-token']).toBe('session-token-example');
    expect(JSON.parse(request?.body ?? '')).toEqual({ TransformId: 'tfm-action', InputS3Path: 's3://b/labels.csv' });
  });

  test('wait: the status output; a run that fails fails the step with its code and an annotation', async () => {
    const ok = await step({
      'transform-id': 'tfm-action',
      'input-s3-path': 's3://b/k',
      wait: 'true',
      'wait-interval': '0.05',
    });
    expect([ok.code, ok.outputs['status']]).toEqual([0, 'SUCCEEDED']);
    const failed = await step({
      'transform-id': 'tfm-run-failed',
      'input-s3-path': 's3://b/k',
      wait: 'true',
      'wait-interval': '0.05',
    });
    expect(failed.code).toBe(3);
    expect(failed.outputs['status']).toBe('FAILED');
    expect(failed.outputs['task-run-id']).toMatch(/^tfr-/);
    expect(failed.stdout).toMatch(
      /^::error title=start-import-labels-task-run failed \(exit 3\)::Task run tfr-\S+ .*FAILED/m,
    );
  });

  test("a service error: the tool's exit code and its error line as the annotation", async () => {
    const r = await step({ 'transform-id': 'tfm-notfound-1', 'input-s3-path': 's3://b/k' });
    expect(r.code).toBe(254);
    expect(r.stdout).toMatch(
      /^::error title=start-import-labels-task-run failed \(exit 254\)::An error occurred \(EntityNotFoundException\) when calling the StartImportLabelsTaskRun operation/m,
    );
    expect(r.outputs['task-run-id']).toBe('');
  });

  test('a bad input fails before anything is sent', async () => {
    const before = emulator.requests.length;
    const r = await step({ 'transform-id': 'tfm-action', 'input-s3-path': 's3://b/k', wait: 'maybe' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      "::error title=start-import-labels-task-run%3A bad input::Input wait must be true or false, not 'maybe'.\n",
    );
    expect(emulator.requests.length).toBe(before);
  });
});
