/**
 * The GitHub Action's step (action.yml runs `node dist/action.cjs`): the inputs become a command
 * line, the command runs with the step's environment (the credentials configure-aws-credentials
 * exported), its output goes to the log, the outputs to $GITHUB_OUTPUT, and a failure becomes an
 * error annotation with the tool's error line and the tool's exit code. The only part of
 * src/action that touches the process.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandLine, errorAnnotation, errorLine, InputError, outputFileText, outputsOf } from './inputs.js';

const COMMAND = 'start-import-labels-task-run';

async function main(): Promise<number> {
  let args: string[];
  try {
    args = commandLine(process.env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stdout.write(errorAnnotation(`${COMMAND}: bad input`, error.message));
    return 2;
  }
  process.stdout.write(
    `${COMMAND} ${args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(' ')}\n`,
  );
  const child = spawn(process.execPath, [join(__dirname, '..', 'bin', `${COMMAND}.cjs`), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout.push(chunk);
    process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr.push(chunk);
    process.stderr.write(chunk);
  });
  const code = await new Promise<number>((done) => child.on('close', (c, signal) => done(c ?? (signal ? 130 : 255))));
  const outputs = outputsOf(Buffer.concat(stdout).toString('utf8'));
  const file = process.env['GITHUB_OUTPUT'];
  if (file) appendFileSync(file, outputFileText(outputs, `ghadelimiter_${randomUUID()}`));
  if (code !== 0) {
    const line = errorLine(Buffer.concat(stderr).toString('utf8')) ?? `exit code ${code}`;
    process.stdout.write(errorAnnotation(`${COMMAND} failed (exit ${code})`, line));
  }
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stdout.write(errorAnnotation(`${COMMAND}: the action failed`, error.message));
    process.exitCode = 255;
  },
);
