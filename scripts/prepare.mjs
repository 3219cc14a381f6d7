// `npm run prepare` (npm runs it on a local `npm install` and before packing a git install) and
// `prepack`: builds dist/. npm's global installs from git (`npm install -g git+https://…`) run it
// without the devDependencies it needs (npm/cli#8440, open): then they are installed here first, into
// this folder, not the global prefix the install inherited.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const npm = process.env.npm_execpath
  ? [process.execPath, process.env.npm_execpath]
  : [process.platform === 'win32' ? 'npm.cmd' : 'npm'];
const run = (args, env = process.env) => execFileSync(npm[0], [...npm.slice(1), ...args], { stdio: 'inherit', env });

if (!existsSync(new URL('../node_modules/esbuild/package.json', import.meta.url))) {
  // The global install's own settings (global, allow-scripts) do not apply to this folder's install.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_config_(global|allow_scripts|location)$/i.test(key)),
  );
  run(['install', '--include=dev', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund'], env);
}
run(['run', 'build', '--silent']);
