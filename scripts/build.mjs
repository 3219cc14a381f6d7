// Bundles the two entry points into dist/. The CLI is split so the SDK, JMESPath and YAML code sit in
// chunks loaded only on the paths that need them.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const sdk = JSON.parse(readFileSync(new URL('../node_modules/@aws-sdk/client-glue/package.json', import.meta.url), 'utf8'));

rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: { cli: 'src/cli.ts', emulator: 'src/emulator/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: {
    __PACKAGE_VERSION__: JSON.stringify(pkg.version),
    __SDK_VERSION__: JSON.stringify(sdk.version),
  },
});
// Which source packages went into which output file: the load guard in test/e2e reads it.
writeFileSync('dist/meta.json', JSON.stringify(result.metafile));
