import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { optionList } from '../../src/program.js';
import { MODEL } from '../support/deps.js';
import { bin, root, runBin } from '../support/run-bin.js';

const scratch = mkdtempSync(join(tmpdir(), 'gil-e2e-'));
const env = {
  HOME: scratch,
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
};
const run = (args: string[], extraEnv: Record<string, string> = {}, nodeArgs: string[] = []) =>
  runBin(args, { ...env, ...extraEnv }, scratch, nodeArgs);

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator(0, { transforms: ['tfm-e2e'], faults: true });
});
afterAll(async () => {
  await emulator.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the built bin', () => {
  test('a full call prints the task run id and sets no warning on stderr', async () => {
    const result = await run([
      '--transform-id',
      'tfm-e2e',
      '--input-s3-path',
      's3://b/l.csv',
      '--endpoint-url',
      emulator.url,
      '--output',
      'text',
    ]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^tfr-[0-9a-f]{32}\n$/);
  });

  test.each([['help'], ['--help'], ['-h'], ['--transform-id', 't', '--input-s3-path', 's3://b/k', 'help']])(
    '%j prints help: every option as commander renders it, in 80 columns off a terminal',
    async (...args) => {
      const result = await run(args);
      expect(result.code).toBe(0);
      for (const [term] of optionList(MODEL)) expect(result.stdout).toContain(`\n    ${term}\n`);
      for (const section of ['NAME', 'DESCRIPTION', 'SYNOPSIS', 'OPTIONS', 'OUTPUT', 'EXAMPLES', 'ENVIRONMENT'])
        expect(`\n${result.stdout}`).toContain(`\n${section}\n`);
      expect(result.stdout).toContain('\nEXIT CODES\n');
      expect(result.stdout.split('\n').filter((line) => line.length > 80)).toEqual([]);
      // Rendered at build time for 80 columns: the same bytes as the reviewed rendering of the source.
      const reviewed = readFileSync(join(root, `test/unit/__snapshots__/help/${MODEL.command}.txt`), 'utf8');
      expect(result.stdout).toBe(reviewed);
      for (const flag of [
        '--transform-id',
        '--input-s3-path',
        '--no-replace-all-labels',
        '--cli-input-yaml',
        '--generate-cli-skeleton',
        '--query',
        '--cli-read-timeout',
        '--no-cli-auto-prompt',
      ]) {
        expect(result.stdout).toContain(flag);
      }
    },
  );

  test('--version names the tool, the SDK and Node', async () => {
    const result = await run(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^start-import-labels-task-run\/\d+\.\d+\.\d+ aws-sdk-js\/3\.\d+\.\d+ Node\/\d+\.\d+\.\d+ \w+\/\w+\n$/,
    );
  });

  test('a usage error has no stack trace', async () => {
    const result = await run(['--transform-id']);
    expect(result.code).toBe(252);
    expect(result.stderr).toContain(
      'start-import-labels-task-run: error: argument --transform-id: expected one argument',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

test('Ctrl-C ends a waiting call with 130 and a newline on stdout', async () => {
  const child = spawn(
    process.execPath,
    [bin, '--transform-id', 'tfm-slow-5', '--input-s3-path', 's3://b/k', '--endpoint-url', emulator.url],
    { env: { PATH: process.env['PATH'] ?? '', ...env }, cwd: scratch },
  );
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  // Wait until the request is in flight, then interrupt.
  await new Promise<void>((ready) => {
    const poll = setInterval(() => {
      if (emulator.requests.some((r) => r.body.includes('tfm-slow-5'))) {
        clearInterval(poll);
        ready();
      }
    }, 20);
  });
  child.kill('SIGINT');
  const code = await new Promise((done) => child.on('close', done));
  expect(code).toBe(130);
  expect(stdout).toBe('\n');
});

describe('paths that send nothing load no SDK, credential, YAML, commander, prompt or proxy code', () => {
  const meta = JSON.parse(readFileSync(join(root, 'dist/meta.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  const heavy =
    /node_modules\/(@aws-sdk|@smithy|js-yaml|commander|@inquirer|iconv-lite|https?-proxy-agent|agent-base)\//;

  /** The heavy packages the process loaded: from node_modules directly, or bundled into a dist file it loaded. */
  async function loadedPackages(args: string[]): Promise<string[]> {
    const trace = join(scratch, `trace-${Math.random().toString(36).slice(2)}.txt`);
    await run(args, { TRACE_REQUIRES_FILE: trace }, ['--require', join(root, 'test/support/trace-requires.cjs')]);
    const paths = readFileSync(trace, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((p) => relative(root, p));
    expect(paths).toContain('dist/cli.cjs');
    const direct = paths.filter((p) => heavy.test(p));
    const bundled = paths
      .filter((p) => p.startsWith('dist/'))
      .flatMap((output) => Object.keys(meta.outputs[output]?.inputs ?? {}));
    return [...direct, ...bundled.filter((input) => heavy.test(input))];
  }

  test.each([
    [['--generate-cli-skeleton']],
    [['--generate-cli-skeleton', 'yaml-input']],
    [['--generate-cli-skeleton', 'output']],
    [['help']],
    [['--version']],
    [['--output', 'xml']],
    [['--transform-id', 'x']],
  ])('%j', async (args) => {
    expect(await loadedPackages(args)).toEqual([]);
  });

  test('a call with --cli-input-json loads no YAML code; --cli-input-yaml does', async () => {
    const document = (format: string) => ['--endpoint-url', emulator.url, format];
    const json = await loadedPackages([
      ...document('--cli-input-json'),
      '{"TransformId": "tfm-e2e", "InputS3Path": "s3://b/k"}',
    ]);
    expect(json.some((input) => input.includes('@aws-sdk/client-glue'))).toBe(true);
    expect(json.filter((input) => input.includes('js-yaml'))).toEqual([]);
    const yaml = await loadedPackages([
      ...document('--cli-input-yaml'),
      'TransformId: tfm-e2e\nInputS3Path: s3://b/k\n',
    ]);
    expect(yaml.some((input) => input.includes('js-yaml'))).toBe(true);
  });

  test('the guard sees the SDK when a request is sent', async () => {
    const loaded = await loadedPackages([
      '--transform-id',
      'tfm-e2e',
      '--input-s3-path',
      's',
      '--endpoint-url',
      emulator.url,
      '--query',
      'TaskRunId',
    ]);
    expect(loaded.some((input) => input.includes('@aws-sdk/client-glue'))).toBe(true);
    expect(loaded.some((input) => input.includes('@smithy/'))).toBe(true);
  });
});

describe("the code caches (dist/cli.cjs's and dist/sender.cjs's)", () => {
  const call = ['--transform-id', 'tfm-e2e', '--input-s3-path', 's3://b/k', '--endpoint-url'];
  // Node options other than the build's: the build's seed (dist/seed/) is not for these runs, which
  // use and write their own folder as any run with another Node would.
  const NOT_THE_BUILDS = { NODE_OPTIONS: '--no-deprecation' };
  const fresh = () => {
    const home = mkdtempSync(join(scratch, 'xdg-'));
    return { home, folder: join(home, 'glue-import-labels') };
  };
  const files = (folder: string) => {
    try {
      return readdirSync(folder).sort();
    } catch {
      return [];
    }
  };

  test('written after the first successful call, not by --version or a failed call; then used as they are', async () => {
    const { home, folder } = fresh();
    expect((await run(['--version'], { XDG_CACHE_HOME: home, ...NOT_THE_BUILDS })).code).toBe(0);
    expect(
      (
        await run(['--transform-id', 'tfm-notfound-1', '--input-s3-path', 's3://b/k', '--endpoint-url', emulator.url], {
          XDG_CACHE_HOME: home,
        })
      ).code,
    ).toBe(254);
    expect(files(folder)).toEqual([]);
    const first = await run([...call, emulator.url], { XDG_CACHE_HOME: home, ...NOT_THE_BUILDS });
    expect(first.code).toBe(0);
    const written = files(folder);
    expect(written.map((f) => f.replace(/-[0-9a-f]{8}\.cache$/, ''))).toEqual([
      `cli.cjs-${process.version}-${process.arch}`,
      `sender.cjs-${process.version}-${process.arch}`,
    ]);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    for (const f of written) expect(statSync(join(folder, f)).mode & 0o777).toBe(0o600);
    const before = written.map((f) => readFileSync(join(folder, f)));
    const second = await run([...call, emulator.url], { XDG_CACHE_HOME: home, ...NOT_THE_BUILDS });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/"TaskRunId": "tfr-/);
    // Accepted, so not rewritten.
    expect(files(folder).map((f) => readFileSync(join(folder, f)))).toEqual(before);
  });

  test('a damaged cache is not used: the call works and the cache is written anew', async () => {
    const { home, folder } = fresh();
    expect((await run([...call, emulator.url], { XDG_CACHE_HOME: home, ...NOT_THE_BUILDS })).code).toBe(0);
    const cli = join(folder, files(folder)[0] as string);
    const good = readFileSync(cli);
    const bad = Buffer.from(good);
    bad[bad.length - 64] = (bad[bad.length - 64] as number) ^ 0xff;
    writeFileSync(cli, bad);
    const again = await run([...call, emulator.url], { XDG_CACHE_HOME: home, ...NOT_THE_BUILDS });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/"TaskRunId": "tfr-/);
    expect(readFileSync(cli).equals(bad)).toBe(false);
  });

  test('GLUE_IMPORT_LABELS_NO_CACHE: nothing is written', async () => {
    const { home, folder } = fresh();
    const result = await run([...call, emulator.url], {
      XDG_CACHE_HOME: home,
      GLUE_IMPORT_LABELS_NO_CACHE: '1',
      ...NOT_THE_BUILDS,
    });
    expect(result.code).toBe(0);
    expect(files(folder)).toEqual([]);
  });

  test("the build's seed: a first call with an empty folder starts from it and writes nothing there", async () => {
    const seeds = readdirSync(join(root, 'dist/seed'));
    expect(seeds.map((f) => f.replace(/-v[^-]+-[^-]+-[0-9a-f]{8}\.cache$/, '')).sort()).toEqual([
      'cli.cjs',
      'sender.cjs',
    ]);
    // The seed is for the Node that built dist/ (another Node, as in a test run on another version than
    // the build's, compiles and writes its own folder).
    const forThisNode = seeds.every((f) => f.includes(`-${process.version}-${process.arch}-`));
    const { home, folder } = fresh();
    const first = await run([...call, emulator.url], { XDG_CACHE_HOME: home });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/"TaskRunId": "tfr-/);
    // From the seed, both bundles: nothing written here (a compiled bundle writes its cache).
    expect(files(folder)).toHaveLength(forThisNode ? 0 : 2);
    if (!forThisNode) return;
    const other = await run([...call, emulator.url], { XDG_CACHE_HOME: home, ...NOT_THE_BUILDS });
    expect(other.code).toBe(0);
    expect(files(folder)).toHaveLength(2);
  });
});

describe('a call loads only the built-ins it uses', () => {
  async function builtins(args: string[], extraEnv: Record<string, string> = {}): Promise<string[]> {
    const trace = join(scratch, `builtins-${Math.random().toString(36).slice(2)}.txt`);
    await run(args, { TRACE_BUILTINS_FILE: trace, ...extraEnv }, [
      '--require',
      join(root, 'test/support/trace-requires.cjs'),
    ]);
    return readFileSync(trace, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('NativeModule '))
      .map((line) => line.slice('NativeModule '.length));
  }
  const call = ['--transform-id', 'tfm-e2e', '--input-s3-path', 's3://b/k', '--endpoint-url'];

  test('an http:// endpoint: no TLS stack, no fs streams (stdin is not opened)', async () => {
    const loaded = await builtins([...call, emulator.url]);
    expect(loaded).toContain('http');
    expect(loaded).not.toContain('tls');
    expect(loaded).not.toContain('https');
    expect(loaded).not.toContain('internal/fs/promises');
  });

  test.each([[['help']], [['--version']], [['--generate-cli-skeleton']], [['--transform-id', 'x']]])(
    '%j: no node:crypto or node:zlib (the code cache has no checksum to compute)',
    async (args) => {
      const loaded = await builtins(args);
      for (const name of ['crypto', 'zlib']) expect(loaded).not.toContain(name);
    },
  );

  test('a call to an http:// endpoint signs without node:crypto (src/aws/sha256.ts) and loads no zlib', async () => {
    const called = await builtins([...call, emulator.url]);
    expect(called).toContain('http');
    expect(called).not.toContain('crypto');
    expect(called.filter((name) => name.startsWith('internal/crypto/'))).toEqual([]);
    expect(called).not.toContain('zlib');
  });

  test.each([
    ['/dev/null', ['help'], () => openSync('/dev/null', 'w')],
    ['a file', ['help'], () => openSync(join(scratch, `help-${Math.random().toString(36).slice(2)}.txt`), 'w')],
    [
      'a file',
      ['--generate-cli-skeleton'],
      () => openSync(join(scratch, `sk-${Math.random().toString(36).slice(2)}`), 'w'),
    ],
    ['a file', ['--transform-id'], () => openSync(join(scratch, `usage-${Math.random().toString(36).slice(2)}`), 'w')],
  ])('stdout and stderr on %s, %j: written directly, no stream or terminal module', (_name, args, open) => {
    const trace = join(scratch, `builtins-${Math.random().toString(36).slice(2)}.txt`);
    const out = open();
    const result = spawnSync(
      process.execPath,
      ['--require', join(root, 'test/support/trace-requires.cjs'), bin, ...args],
      {
        env: { PATH: process.env['PATH'] ?? '', ...env, TRACE_BUILTINS_FILE: trace },
        stdio: ['ignore', out, out],
      },
    );
    closeSync(out);
    expect([0, 252]).toContain(result.status);
    const loaded = readFileSync(trace, 'utf8').split('\n');
    for (const name of ['stream', 'tty', 'net', 'zlib']) expect(loaded).not.toContain(`NativeModule ${name}`);
  });

  test("into a pipe, through Node's stream (a full pipe must not hold the process: see Ctrl-C below)", async () => {
    const loaded = await builtins(['help']);
    expect(loaded).toContain('stream');
  });

  test('an https:// endpoint loads the TLS stack', async () => {
    // Nothing listens on port 1: the call fails at once, after loading what an HTTPS request needs.
    const loaded = await builtins([...call, 'https://127.0.0.1:1'], { AWS_MAX_ATTEMPTS: '1' });
    expect(loaded).toContain('https');
    expect(loaded).toContain('tls');
  });
});

test.each([
  ['a FIFO paramfile with no writer', ['--transform-id', 'file://FIFO', '--input-s3-path', 's3://b/k']],
  ['a FIFO cli-input document with no writer', ['--cli-input-json', 'file://FIFO']],
])('Ctrl-C ends a wait on %s with 130, nothing sent', async (_name, args) => {
  const fifo = join(scratch, `fifo-${Math.random().toString(36).slice(2)}`);
  execFileSync('mkfifo', [fifo]);
  const before = emulator.requests.length;
  const child = spawn(
    process.execPath,
    [bin, ...args.map((a) => a.replace('FIFO', fifo)), '--endpoint-url', emulator.url],
    {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      cwd: scratch,
    },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  // The process is up and waiting once it has opened the FIFO: /proc shows the descriptor.
  await new Promise<void>((ready) => {
    const poll = setInterval(() => {
      const fds = (() => {
        try {
          return readdirSync(`/proc/${child.pid}/fd`).map((fd) => readlinkSync(`/proc/${child.pid}/fd/${fd}`));
        } catch {
          return [];
        }
      })();
      if (fds.includes(fifo)) {
        clearInterval(poll);
        ready();
      }
    }, 20);
  });
  child.kill('SIGINT');
  const code = await new Promise((done) => child.on('close', done));
  expect(code).toBe(130);
  expect(stderr).toBe('');
  expect(emulator.requests.length).toBe(before);
});

describe('closed and full output streams', () => {
  const full = ['--transform-id', 'tfm-e2e', '--input-s3-path', 's3://b/k', '--endpoint-url'];
  const cases: [string, string[]][] = [
    ['a full call', [...full, 'EMU']],
    ['a table', [...full, 'EMU', '--output', 'table']],
    ['the skeleton', ['--generate-cli-skeleton']],
    ['help', ['help']],
  ];

  /** Runs the bin with stdout and stderr as given; returns the exit code and what stderr said. */
  function runWith(args: string[], stdout: 'closed' | 'full', stderr: 'pipe' | 'closed' = 'pipe') {
    const out = stdout === 'full' ? openSync('/dev/full', 'w') : 'pipe';
    const child = spawn(process.execPath, [bin, ...args.map((a) => (a === 'EMU' ? emulator.url : a))], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      cwd: scratch,
      stdio: ['ignore', out, 'pipe'],
    });
    // A reader that has gone away: the pipe's reading end is closed at once.
    if (stdout === 'closed') child.stdout?.destroy();
    if (stderr === 'closed') child.stderr?.destroy();
    let text = '';
    child.stderr?.on('data', (d) => (text += d));
    return new Promise<{ code: number | null; stderr: string }>((done) =>
      child.on('close', (code) => done({ code, stderr: text })),
    );
  }

  test.each(cases)('%s into a closed pipe exits 0 quietly', async (_name, args) => {
    expect(await runWith(args, 'closed')).toEqual({ code: 0, stderr: '' });
  });

  test.each(cases)('%s into a full disk is one line and 255', async (_name, args) => {
    expect(await runWith(args, 'full')).toEqual({ code: 255, stderr: '\n[Errno 28] No space left on device\n' });
  });

  test('a non-blocking pipe that fills up: the text waits for the reader and arrives whole', () => {
    // The pipe is one page (4 KiB) and non-blocking (shared with a parent that made it so); its reader
    // starts half a second late. Help is twice the page: a direct write meets EAGAIN.
    const parent = [
      'import fcntl, os, subprocess, sys, time',
      'r, w = os.pipe()',
      'fcntl.fcntl(w, 1031, 4096)',
      'os.set_blocking(w, False)',
      'child = subprocess.Popen(sys.argv[1:], stdout=w)',
      'os.close(w)',
      'time.sleep(0.5)',
      'data = b""',
      'while chunk := os.read(r, 65536): data += chunk',
      'sys.stdout.buffer.write(data)',
      'sys.exit(child.wait())',
    ].join('\n');
    const childEnv = { PATH: process.env['PATH'] ?? '', ...env };
    const result = spawnSync('python3', ['-c', parent, process.execPath, bin, 'help'], { env: childEnv });
    const expected = spawnSync(process.execPath, [bin, 'help'], { env: childEnv });
    expect(expected.stdout.length).toBeGreaterThan(2 * 4096);
    expect(result.status).toBe(0);
    expect(result.stderr.toString()).toBe('');
    expect(result.stdout.equals(expected.stdout)).toBe(true);
  });

  test('stderr into a one-page pipe read late: a long error arrives whole before the exit', () => {
    // 400 unknown parameters: about 46 KB of error text on stderr, ten times the pipe.
    const document = join(scratch, 'unknown-400.json');
    writeFileSync(
      document,
      JSON.stringify(Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`UnknownParameter${i}`, 1]))),
    );
    const parent = [
      'import fcntl, os, subprocess, sys, time',
      'r, w = os.pipe()',
      'fcntl.fcntl(w, 1031, 4096)',
      'child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=w)',
      'os.close(w)',
      'time.sleep(0.5)',
      'data = b""',
      'while chunk := os.read(r, 65536): data += chunk',
      'sys.stdout.buffer.write(data)',
      'sys.exit(child.wait())',
    ].join('\n');
    const childEnv = { PATH: process.env['PATH'] ?? '', ...env };
    const args = [bin, '--cli-input-json', `file://${document}`, '--endpoint-url', emulator.url];
    const late = spawnSync('python3', ['-c', parent, process.execPath, ...args], { env: childEnv });
    const direct = spawnSync(process.execPath, args, { env: childEnv });
    expect(direct.stderr.length).toBeGreaterThan(10 * 4096);
    expect(late.status).toBe(252);
    expect(late.stdout.equals(direct.stderr)).toBe(true);
  });

  test('Ctrl-C ends a command whose output pipe is full and not read: 130', () => {
    // A one-page pipe that nobody reads: help fills it. A write straight to the descriptor would hold
    // the whole process in the kernel, where Ctrl-C cannot reach the handler that exits 130.
    const parent = [
      'import fcntl, os, signal, subprocess, sys, time',
      'r, w = os.pipe()',
      'fcntl.fcntl(w, 1031, 4096)',
      'child = subprocess.Popen(sys.argv[1:], stdout=w, stderr=subprocess.DEVNULL)',
      'os.close(w)',
      'time.sleep(1)',
      'child.send_signal(signal.SIGINT)',
      'try:',
      '    sys.exit(child.wait(timeout=5))',
      'except subprocess.TimeoutExpired:',
      '    child.kill()',
      '    sys.exit(99)',
    ].join('\n');
    const result = spawnSync('python3', ['-c', parent, process.execPath, bin, 'help'], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
    });
    expect(result.status).toBe(130);
  });

  test('a closed stderr does not change the exit code of a failing call', async () => {
    const result = await runWith(
      ['--transform-id', 'tfm-notfound', '--input-s3-path', 's3://b/k', '--endpoint-url', 'EMU'],
      'closed',
      'closed',
    );
    expect(result.code).toBe(254);
  });
});
