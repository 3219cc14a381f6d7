import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');
export const bin = join(root, 'bin/start-import-labels-task-run.cjs');

/**
 * Spawns the built bin with exactly `env` (nothing inherited) and collects what it prints. With
 * GIL_TEST_IN_PROCESS=1 (the mutation run, vitest.mutation.config.ts) the command runs through
 * src/main.ts in this process instead, unless Node options are given (those need a process).
 */
export async function runBin(args: string[], env: Record<string, string>, cwd = root, nodeArgs: string[] = []) {
  if (process.env['GIL_TEST_IN_PROCESS'] === '1' && nodeArgs.length === 0) {
    const { runInProcess } = await import('./in-process.js');
    const { rc, stdout, stderr } = await runInProcess({
      args,
      env: { PATH: process.env['PATH'] ?? '', AWS_EC2_METADATA_DISABLED: 'true', ...env },
      cwd,
      ownEnvironment: true,
    });
    return { code: rc, stdout, stderr };
  }
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [...nodeArgs, bin, ...args], {
      env: { PATH: process.env['PATH'] ?? '', AWS_EC2_METADATA_DISABLED: 'true', ...env },
      cwd,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end();
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The access key id and region of a SigV4 Authorization header. */
export function credentialScope(
  authorization: string | string[] | undefined,
): { accessKey: string; region: string } | undefined {
  const match = /Credential=([^/]+)\/\d{8}\/([^/]*)\/glue\/aws4_request/.exec(String(authorization ?? ''));
  return match ? { accessKey: match[1] as string, region: match[2] as string } : undefined;
}
