// Runs one conformance case against a fresh loopback Glue emulator, for the reference (/usr/bin/aws)
// or for this tool, and returns what a user sees: exit code, stdout, stderr, and the requests sent.
// Plain JavaScript so that scripts/record-goldens.mjs and the vitest suite share it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** How each side runs a command (a case's `command`, start-import-labels-task-run unless it says). */
export const COMMANDS = {
  reference: (command) => ['/usr/bin/aws', 'glue', command],
  ours: (command) => [process.execPath, join(root, `bin/${command}.cjs`)],
};

function fill(text, vars) {
  return text.replace(/\{(E|HOME|CWD|PORT)\}/g, (_, key) => vars[key]);
}

function writeTree(base, files, vars) {
  for (const [path, content] of Object.entries(files ?? {})) {
    const full = join(base, path);
    mkdirSync(dirname(full), { recursive: true });
    if (content === null) mkdirSync(full, { recursive: true });
    else if (typeof content === 'object' && content.base64) writeFileSync(full, Buffer.from(content.base64, 'base64'));
    else writeFileSync(full, fill(content, vars));
  }
}

/** The environment every case starts from: nothing inherited but PATH. */
export function baseEnv(home) {
  return {
    PATH: process.env.PATH,
    HOME: home,
    LANG: 'C.UTF-8',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_PAGER: '',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/** What the emulator saw, reduced to what a test compares: target, path, body, credential scope, token. */
export function summarizeRequests(requests) {
  return requests.map((r) => {
    const auth = r.headers.authorization;
    const scope = auth ? /Credential=([^/]*)\/\d{8}\/([^/]*)\/([^/]*)\/aws4_request/.exec(auth) : null;
    let body;
    try {
      body = JSON.parse(r.body);
    } catch {
      body = r.body;
    }
    return {
      target: r.target ?? null,
      path: r.path,
      body,
      accessKey: scope ? scope[1] : null,
      region: scope ? scope[2] : null,
      service: scope ? scope[3] : null,
      sessionToken: r.headers['x-amz-security-token'] ?? null,
    };
  });
}

function spawnCase(argv, env, cwd, stdin) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(argv[0], argv.slice(1), { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.stdin.end(stdin ?? '');
    child.on('close', (code) => {
      resolvePromise({
        rc: code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Date.now() - started,
      });
    });
  });
}

/**
 * Runs `testCase` with `which` ('reference' or 'ours'). `startEmulator` comes from dist/emulator.cjs.
 * Ports and the temporary folders are replaced by {PORT}, {HOME} and {CWD} in what is returned.
 * `execute`, when given, runs the command instead of a spawned process (test/cli/main.conformance.test.ts
 * runs src/main.ts in-process): `({ command, args, env, cwd, stdin }) => Promise<{ rc, stdout, stderr }>`.
 */
export async function runCase(testCase, which, startEmulator, execute) {
  const emulator = await startEmulator(0, { faults: true, deterministicIds: true });
  const scratch = mkdtempSync(join(tmpdir(), 'gil-case-'));
  const home = join(scratch, 'home');
  const cwd = join(scratch, 'work');
  mkdirSync(home, { recursive: true });
  mkdirSync(cwd, { recursive: true });
  const port = new URL(emulator.url).port;
  const vars = { E: emulator.url, HOME: home, CWD: cwd, PORT: port };
  try {
    writeTree(home, testCase.home, vars);
    writeTree(cwd, testCase.files, vars);
    const env = baseEnv(home);
    for (const [k, v] of Object.entries(testCase.env ?? {})) env[k] = fill(v, vars);
    for (const k of testCase.unsetEnv ?? []) delete env[k];
    const args = testCase.args.map((a) => fill(a, vars));
    const command = testCase.command ?? 'start-import-labels-task-run';
    const result = execute
      ? await execute({ command, args, env, cwd, stdin: testCase.stdin })
      : await spawnCase([...COMMANDS[which](command), ...args], env, cwd, testCase.stdin);
    const scrub = (text) => text.split(`:${port}`).join(':{PORT}').split(home).join('{HOME}').split(cwd).join('{CWD}');
    return {
      rc: result.rc,
      stdout: scrub(result.stdout),
      stderr: scrub(result.stderr),
      requests: summarizeRequests(emulator.requests),
      ms: result.ms,
    };
  } finally {
    await emulator.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The stderr a test compares: the usage block dropped and `aws: error:` spelled with our name. */
export function normalizeStderr(stderr) {
  return (
    stderr
      .replace(
        /usage: aws \[options\][^\n]*\nTo see help text, you can run:\n\n {2}aws help\n {2}aws <command> help\n {2}aws <command> <subcommand> help\n/,
        'USAGE\n',
      )
      .replace(
        /usage: (?:start-import-labels-task-run|get-ml-task-run) \[options\][^\n]*\nTo see help text, you can run:\n\n {2}(?:start-import-labels-task-run|get-ml-task-run) help\n/,
        'USAGE\n',
      )
      // This tool's advice after aws-cli's "run aws configure" lines (CliError.hint): aws-cli has none.
      .replace(/^Hint: .*\n/gm, '')
      .replace(/^aws: error: /m, 'PROG: error: ')
      .replace(/^(?:start-import-labels-task-run|get-ml-task-run): error: /m, 'PROG: error: ')
  );
}
