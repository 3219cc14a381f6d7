import { describe, expect, test } from 'vitest';
import type { ProcessIo } from '../../../src/io.js';
import type { OutputSettings } from '../../../src/model/settings.js';
import { directBytes, splitCommand, writeRendered } from '../../../src/output/writer.js';

describe('splitCommand (shlex.split)', () => {
  test.each([
    ['less', ['less']],
    ["pager -x 'a b'", ['pager', '-x', 'a b']],
    ['a "b \\" c" d\\ e', ['a', 'b " c', 'd e']],
  ])('%s', (command, want) => expect(splitCommand(command)).toEqual(want));
  test('errors as aws-cli words them', () => {
    expect(() => splitCommand("less 'x")).toThrow('No closing quotation');
    expect(() => splitCommand('   ')).toThrow('list index out of range');
  });
});

function fakeIo(tty: boolean, env: Record<string, string> = {}) {
  const calls: {
    stdout: string[];
    pager: { argv: readonly string[]; text: string; env: Record<string, string | undefined> }[];
  } = { stdout: [], pager: [] };
  const io = {
    env,
    stdoutIsTTY: tty,
    writeStdout: (t: string) => calls.stdout.push(t),
    runPager: async (argv: readonly string[], text: string, pagerEnv: Record<string, string | undefined>) =>
      void calls.pager.push({ argv, text, env: pagerEnv }),
  } as unknown as ProcessIo;
  return { io, calls };
}
const settings = (pager: string | undefined): OutputSettings => ({
  format: 'json',
  color: false,
  terminalWidth: 80,
  pager,
});

describe('writeRendered', () => {
  test('pages only on a terminal, with LESS=FRX added', async () => {
    const { io, calls } = fakeIo(true);
    await writeRendered({ writes: ['{}\n'], autoreset: false }, settings('less -S'), io);
    expect(calls.pager).toEqual([{ argv: ['less', '-S'], text: '{}\n', env: { LESS: 'FRX' } }]);
    expect(calls.stdout).toEqual([]);
  });
  test('keeps an existing LESS', async () => {
    const { io, calls } = fakeIo(true, { LESS: 'abc' });
    await writeRendered({ writes: ['x'], autoreset: false }, settings('less'), io);
    expect(calls.pager[0]?.env['LESS']).toBe('abc');
  });
  test.each([
    ['piped', false, {}, 'less'],
    ['CI set', true, { CI: 'true' }, 'less'],
    ['empty pager', true, {}, ''],
    ['--no-cli-pager', true, {}, undefined],
  ])('writes straight to stdout when %s', async (_name, tty, env, pager) => {
    const { io, calls } = fakeIo(tty as boolean, env as Record<string, string>);
    await writeRendered({ writes: ['x'], autoreset: false }, settings(pager as string | undefined), io);
    expect(calls).toEqual({ stdout: ['x'], pager: [] });
  });
  test('nothing to print starts no pager', async () => {
    const { io, calls } = fakeIo(true);
    await writeRendered({ writes: [], autoreset: false }, settings('/nonexistent/pager'), io);
    expect(calls).toEqual({ stdout: [], pager: [] });
  });
  test('a missing pager is a 253 with the reference message', async () => {
    const { io } = fakeIo(true);
    io.runPager = async () => {
      throw Object.assign(new Error('spawn'), { code: 'ENOENT' });
    };
    await expect(
      writeRendered({ writes: ['x'], autoreset: false }, settings('/nonexistent/pager'), io),
    ).rejects.toThrow(
      "Unable to redirect output to pager. Received the following error when opening pager:\n[Errno 2] No such file or directory: '/nonexistent/pager'",
    );
  });
});

describe('directBytes', () => {
  test('plain writes are joined as they are', () => {
    expect(directBytes({ writes: ['a', 'b'], autoreset: false }, true)).toBe('ab');
  });
  test('autoreset: a reset after each write, and one more on a terminal', () => {
    expect(directBytes({ writes: ['a'], autoreset: true }, false)).toBe('a\x1b[0m');
    expect(directBytes({ writes: ['a'], autoreset: true }, true)).toBe('a\x1b[0m\x1b[0m');
  });
});
