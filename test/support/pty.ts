import { spawn } from 'node:child_process';

/** Single-quotes a word for sh. */
const quote = (word: string): string => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * Runs a command in a pseudo-terminal (util-linux `script`), so that its stdin and stdout are a TTY.
 * `respond` sees the terminal output so far and may return keystrokes to type.
 */
export function runInTerminal(
  argv: string[],
  env: Record<string, string>,
  respond: (screen: string) => string | undefined = () => undefined,
): Promise<{ code: number | null; screen: string }> {
  return new Promise((done) => {
    const command = `stty cols 120 rows 40; ${argv.map(quote).join(' ')}`;
    const child = spawn('script', ['-qefc', command, '/dev/null'], {
      env: { PATH: process.env['PATH'] ?? '', TERM: 'xterm', ...env },
    });
    let screen = '';
    let typed = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      const keys = respond(screen.slice(typed));
      if (keys !== undefined) {
        typed = screen.length;
        child.stdin.write(keys);
      }
    });
    child.on('close', (code) => done({ code, screen }));
  });
}
