import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Session } from '../../src/aws/types.js';
import { main } from '../../src/main.js';
import { operationOptions } from '../../src/model/operation.js';
import { GLOBAL_OPTIONS } from '../../src/model/options.js';
import { fakeClock, MODEL } from '../support/deps.js';
import { fakeIo, KEYS } from '../support/fake-io.js';

// Property-based fuzzing of main() in-process: whatever the command line, paramfile, cli-input
// document, query or config file, the run ends with a documented exit code, prints no stack trace,
// and sends nothing after an input error. Seeded and bounded here; `npm run fuzz` runs longer.

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 60);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261128);
const EXIT_CODES = new Set([0, 130, 252, 253, 254, 255]);
const dir = mkdtempSync(join(tmpdir(), 'gil-fuzz-'));

/** A session that answers every call and records it: what matters here is whether a call was made. */
function recordingDeps() {
  const calls: string[] = [];
  const session: Session = {
    call: async (operation) => {
      calls.push(operation);
      return { ok: true, body: '{"TaskRunId": "tfr-fuzz"}' };
    },
    identity: async () => ({ ok: true, accessKeyId: 'AKIDFUZZ' }),
    s3: {
      getObject: async () => ({ ok: true, bytes: new Uint8Array() }),
      bucketRegion: async () => undefined,
    },
    close: () => undefined,
  };
  return { calls, deps: { openSession: async () => session, clock: fakeClock() } };
}

async function runOnce(argv: string[], env: Record<string, string> = {}) {
  const { calls, deps } = recordingDeps();
  const { io, out, err } = fakeIo(argv, { env: { ...KEYS, HOME: dir, ...env }, cwd: dir });
  const code = await main(io, deps, MODEL);
  return { code, calls, stdout: out(), stderr: err() };
}

function expectSafe(result: Awaited<ReturnType<typeof runOnce>>): void {
  expect(EXIT_CODES.has(result.code), `exit code ${result.code}`).toBe(true);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  if (result.code === 252) expect(result.calls).toEqual([]);
  if (result.code !== 0) expect(result.stdout).toBe('');
}

const FLAGS = [...operationOptions(MODEL), ...GLOBAL_OPTIONS].map((o) => o.flag);
const token = fc.oneof(
  fc.constantFrom(...FLAGS),
  fc.constantFrom(...FLAGS).map((f) => f.slice(0, Math.max(3, f.length - 4))),
  fc.constantFrom('help', '--', '-', '-h', 'json', 'text', 'table', 'yaml', 'input', 'output', 'on', 'off', '1', '-5'),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...FLAGS).chain((f) => fc.string({ maxLength: 8 }).map((v) => `${f}=${v}`)),
);
const query = fc
  .array(fc.constantFrom(...'abcTaskRunId.[]{}()*?@&|!=<>,:`\'"0123456789-_ \\'.split('')), { maxLength: 30 })
  .map((chars) => chars.join(''));

describe('fuzzing main()', () => {
  test('any command line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 8 }), async (argv) => expectSafe(await runOnce(argv))),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('any --query', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) =>
        expectSafe(await runOnce(['--transform-id', 't', '--input-s3-path', 's', '--query', q])),
      ),
      { numRuns: RUNS * 4, seed: SEED },
    );
  });

  test('any paramfile and cli-input document (bytes, JSON-ish and YAML-ish text)', async () => {
    const text = fc.oneof(
      fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
      fc.json().map((json) => Buffer.from(json)),
      fc.anything().map((value) => Buffer.from(JSON.stringify(value) ?? 'null')),
      fc.string({ maxLength: 60 }).map((s) => Buffer.from(s)),
    );
    const how = fc.constantFrom(
      ['--transform-id', 'file://P', '--input-s3-path', 's'],
      ['--transform-id', 'fileb://P', '--input-s3-path', 's'],
      ['--cli-input-json', 'file://P'],
      ['--cli-input-yaml', 'file://P'],
      ['--cli-input-json', 'fileb://P'],
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(text, how, async (bytes, args) => {
        const path = join(dir, `param-${n++}`);
        writeFileSync(path, bytes);
        expectSafe(await runOnce(args.map((a) => a.replace('P', path))));
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  test('any config and credentials file', async () => {
    const line = fc.oneof(
      fc.constantFrom(
        '[default]',
        '[profile p]',
        '[services s]',
        'region = us-east-1',
        'output = text',
        'services = s',
      ),
      fc.constantFrom('glue =', '  endpoint_url = http://127.0.0.1:1', 'max_attempts = 2', 'retry_mode = adaptive'),
      fc.string({ maxLength: 20 }),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 10 }), fc.boolean(), async (lines, asProfile) => {
        const path = join(dir, `config-${n++}`);
        writeFileSync(path, lines.join('\n'));
        const args = ['--transform-id', 't', '--input-s3-path', 's', ...(asProfile ? ['--profile', 'p'] : [])];
        expectSafe(await runOnce(args, { AWS_CONFIG_FILE: path, AWS_SHARED_CREDENTIALS_FILE: path }));
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
});
