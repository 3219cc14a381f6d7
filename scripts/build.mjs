// Bundles the CLI into dist/:
// - dist/cli.cjs: this tool's own code, as CommonJS (on Node 20 it starts measurably faster than an
//   ES module graph); the JMESPath engine (src/output/jmespath) is bundled and runs only with --query;
//   js-yaml stays in node_modules and is required only with --cli-input-yaml;
// - commander renders each command's option list for `help` at build time (from a throw-away bundle of
//   src/program.ts), into dist/cli.cjs: loading commander at run time (it requires child_process and
//   friends) costs more than the 1.5 × `node -e 0` start-up budget;
// - dist/sender/: the AWS SDK and the session, as ES modules split into chunks (credential providers,
//   STS, SSO… load only when needed), imported only when a request is sent;
// - dist/emulator.cjs: the local Glue emulator.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const sdk = JSON.parse(
  readFileSync(new URL('../node_modules/@aws-sdk/client-glue/package.json', import.meta.url), 'utf8'),
);

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // Smaller files parse faster: start-up is dominated by loading and compiling code.
  minify: true,
  keepNames: true,
};

/** The core reaches the separately bundled parts through dynamic imports of their source modules. */
const separateBundles = {
  name: 'separate-bundles',
  setup(b) {
    b.onResolve({ filter: /\/aws\/session\.js$/ }, () => ({ path: './sender/session.js', external: true }));
    // Help is pre-rendered (__HELP_OPTIONS__): the bundle never loads program.js, so commander stays out.
    b.onResolve({ filter: /^\.\/program\.js$/ }, () => ({ path: 'program', namespace: 'no-program' }));
    b.onLoad({ filter: /.*/, namespace: 'no-program' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

rmSync('dist', { recursive: true, force: true });
const scratch = mkdtempSync(join(tmpdir(), 'gil-build-'));
await build({
  ...common,
  stdin: {
    contents:
      "export { buildProgram } from './src/program.ts'; export { OPERATIONS } from './src/model/operations.ts';",
    resolveDir: '.',
    loader: 'ts',
  },
  outfile: join(scratch, 'program.cjs'),
  metafile: false,
});
const { buildProgram, OPERATIONS } = createRequire(import.meta.url)(join(scratch, 'program.cjs'));
const helpOptions = Object.fromEntries(
  Object.values(OPERATIONS).map((model) => [model.command, buildProgram(model).helpInformation()]),
);
rmSync(scratch, { recursive: true, force: true });
const results = await Promise.all([
  build({
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    outExtension: { '.js': '.cjs' },
    outdir: 'dist',
    external: ['js-yaml', '@inquirer/prompts'],
    plugins: [separateBundles],
    define: {
      __PACKAGE_VERSION__: JSON.stringify(pkg.version),
      __SDK_VERSION__: JSON.stringify(sdk.version),
      __HELP_OPTIONS__: JSON.stringify(helpOptions),
    },
  }),
  build({
    ...common,
    entryPoints: { session: 'src/aws/session.ts' },
    outdir: 'dist/sender',
    format: 'esm',
    splitting: true,
    // CommonJS code inside the SDK's dependencies requires Node built-ins; the require function is
    // created on first use, so chunks that never call it pay nothing.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; let __rq; const require = (id) => (__rq ??= __cr(import.meta.url))(id);",
    },
  }),
  build({
    ...common,
    entryPoints: { emulator: 'src/emulator/cli.ts' },
    outExtension: { '.js': '.cjs' },
    outdir: 'dist',
    define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  }),
]);

// Which source files went into which output file: the load guard in test/e2e reads it.
const outputs = Object.assign({}, ...results.map((r) => r.metafile.outputs));
writeFileSync('dist/meta.json', JSON.stringify({ outputs }));
