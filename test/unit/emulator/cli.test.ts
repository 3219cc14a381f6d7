import { createServer } from 'node:net';
import { describe, expect, test } from 'vitest';
import { parseEmulatorArgs, runEmulatorCli } from '../../../src/emulator/cli.js';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEmulatorCli(
    argv,
    (t) => void out.push(t),
    (t) => void err.push(t),
  );
  return { code, out: out.join(''), err: err.join('') };
}

describe('glue-ml-emulator command line', () => {
  test('--port N and --port=N, and every other option in both spellings', () => {
    expect(parseEmulatorArgs(['--port', '8080']).port).toBe(8080);
    expect(parseEmulatorArgs(['--port=8081']).port).toBe(8081);
    const parsed = parseEmulatorArgs([
      '--phase-ms=50',
      '--transform',
      'a',
      '--transform=b',
      '--schema=a=x:string,y:int',
      '--faults',
    ]);
    expect(parsed.options).toMatchObject({
      phaseMs: 50,
      transforms: ['a', 'b'],
      schemas: {
        a: [
          { Name: 'x', DataType: 'string' },
          { Name: 'y', DataType: 'int' },
        ],
      },
      faults: true,
    });
  });

  test('--help documents every option; --version prints the version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--transform',
      '--schema',
      '--phase-ms',
      '--faults',
      '--deterministic-ids',
      '--tls-key',
      '--tls-cert',
      '--version',
    ]) {
      expect(help.out).toContain(flag);
    }
    expect((await cli(['-h'])).out).toBe(help.out);
    expect((await cli(['--version'])).out).toMatch(/^glue-ml-emulator \S+\n$/);
  });

  test.each([
    [['--port', 'abc'], "argument --port: expected an integer from 0 to 65535, got 'abc'"],
    [['--port=70000'], "argument --port: expected an integer from 0 to 65535, got '70000'"],
    [['--port'], 'argument --port: expected one argument'],
    [['--phase-ms', '-1'], "argument --phase-ms: expected an integer from 0 to 86400000, got '-1'"],
    [['--bogus'], 'unrecognized argument: --bogus'],
    [['--faults=yes'], "argument --faults: ignored explicit argument 'yes'"],
    [['--host', '0.0.0.0'], "argument --host: listens on loopback only (127.0.0.0/8, localhost, ::1), not '0.0.0.0'"],
    [['--schema', 'nocolumns'], "argument --schema: expected ID=COLUMN:TYPE,COLUMN:TYPE…, got 'nocolumns'"],
    [['--tls-key', 'k.pem'], 'arguments --tls-key and --tls-cert go together'],
    [
      ['--tls-key', '/nonexistent/k', '--tls-cert', '/nonexistent/c'],
      'argument --tls-key: cannot read /nonexistent/k (ENOENT)',
    ],
  ])('%j is one line on stderr and exit 2', async (argv, message) => {
    const result = await cli(argv);
    expect(result).toEqual({ code: 2, out: '', err: `glue-ml-emulator: error: ${message}\n` });
  });

  test('a busy port is one line and exit 2', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      expect(await cli(['--port', String(port)])).toEqual({
        code: 2,
        out: '',
        err: `glue-ml-emulator: error: port ${port} on 127.0.0.1 is in use\n`,
      });
    } finally {
      blocker.close();
    }
  });
});
