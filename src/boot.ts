/**
 * What the bins load first (dist/boot.cjs): dist/cli.cjs through V8's code cache, as the CLI loads
 * the sender — compiling the CLI's 130 KB from source is most of a command's own start-up. The cache
 * is written by the CLI after a successful call that sent a request, with the sender's (a cache
 * written by `--version` would hold little of what a call runs). This file also carries the cache
 * code for the CLI's bundle (it requires `./boot.cjs` for it).
 */
import { join } from 'node:path';
import { cacheFolder, type LoadedBundle, loadBundle } from './code-cache.js';

export { cacheFolder, loadBundle } from './code-cache.js';

declare const __CLI_HASH__: string | undefined;

/** What the CLI's bundle exports to its loader (src/cli.ts). */
interface CliModule {
  runCli(command: string, self?: Pick<LoadedBundle<unknown>, 'saveCache'>): Promise<number>;
}

/** Runs `command` from dist/cli.cjs; resolves to its exit code. */
export function run(command: string): Promise<number> {
  const folder = cacheFolder(process.env, process.env['HOME'] ?? '');
  const cli = loadBundle<CliModule>(join(__dirname, 'cli.cjs'), folder, __CLI_HASH__);
  return cli.exports.runCli(command, cli);
}
