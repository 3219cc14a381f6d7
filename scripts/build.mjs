// Bundles the CLI into dist/:
// - dist/cli.cjs: this tool's own code, as CommonJS (on Node 20 it starts measurably faster than an
//   ES module graph); the JMESPath engine (src/output/jmespath) is bundled and runs only with --query;
//   js-yaml stays in node_modules and is required only with --cli-input-yaml;
// - commander renders each command's option list for `help` at build time (from a throw-away bundle of
//   src/program.ts), into dist/cli.cjs: loading commander at run time (it requires child_process and
//   friends) costs more than the 1.5 × `node -e 0` start-up budget;
// - dist/sender.cjs: the AWS session and the Glue client as one CommonJS file, loaded only when a
//   request is sent, through src/code-cache.ts (V8's code cache, written after the first call);
//   dist/sender-providers.cjs (credential providers, STS, SSO, login) and dist/sender-s3.cjs (the
//   labels check's S3 client) are required from it only when needed;
// - dist/emulator.cjs: the local Glue emulator.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
  // Smaller files parse faster: start-up is dominated by loading and compiling code. No keepNames: it
  // adds a defineProperty call for every function and class (the sender's load took 2.5 ms more warm,
  // 12 ms more cold); what reads a class's name sets it itself (src/errors.ts; the SDK's errors do).
  minify: true,
};

/** The core reaches the separately bundled parts through dynamic imports of their source modules. */
const separateBundles = {
  name: 'separate-bundles',
  setup(b) {
    // Help is pre-rendered (__HELP_OPTIONS__): the bundle never loads program.js, so commander stays out.
    b.onResolve({ filter: /^\.\/program\.js$/ }, () => ({ path: 'program', namespace: 'no-program' }));
    b.onLoad({ filter: /.*/, namespace: 'no-program' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/** The sender's lazily loaded parts are the bundles beside it. */
const senderParts = {
  name: 'sender-parts',
  setup(b) {
    b.onResolve({ filter: /^\.\/providers\.js$/ }, () => ({ path: './sender-providers.cjs', external: true }));
    b.onResolve({ filter: /^\.\/s3\.js$/ }, () => ({ path: './sender-s3.cjs', external: true }));
  },
};

/**
 * The Glue client's runtime config imports the SDK's default credential chain (every provider, and the
 * STS, SSO and sign-in clients) though the session always passes its own credentials: in the sender it
 * is a stub, and the chain lives in dist/sender-providers.cjs, loaded only when a profile needs it.
 */
const noDefaultCredentialChain = {
  name: 'no-default-credential-chain',
  setup(b) {
    b.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, () => ({ path: 'chain', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        "export const defaultProvider = () => async () => { throw new Error('credentials are passed by the session'); };",
      loader: 'js',
    }));
  },
};

/**
 * Node built-ins the sender's SDK code imports at load time but uses only on some calls: each is a
 * shim here that requires the real module on first use. A call to an http:// endpoint then loads no
 * TLS stack (node:https, node:tls: ~5 ms), no zlib (CRC32 checksums, unused by Glue) and no
 * fs/promises (the SDK's file loader; it pulls in readline). An import the shim lacks fails the build.
 */
const LAZY_BUILTINS = {
  'node:https': 'let m; export default new Proxy({}, { get: (_, key) => (m ??= require("node:https"))[key] });',
  'node:zlib': 'export function crc32(data, value) { return require("node:zlib").crc32(data, value); }',
  'node:fs/promises': 'export function readFile(...args) { return require("node:fs/promises").readFile(...args); }',
};
/**
 * smithy's request handler asks whether the HTTPS agent it is given is an https.Agent before whether it
 * can be destroyed: the first question loads node:https. The same test, the other way round.
 */
const SMITHY_AGENT_TEST = [
  'httpsAgent instanceof node_https.Agent || typeof httpsAgent?.destroy === "function"',
  'typeof httpsAgent?.destroy === "function" || httpsAgent instanceof node_https.Agent',
];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const names = Object.keys(LAZY_BUILTINS).map((n) => n.replace(/[/]/g, '\\/'));
    b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) =>
      args.namespace === 'lazy' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY_BUILTINS[args.path], loader: 'js' }));
    b.onLoad({ filter: /@smithy[/]node-http-handler[/]dist-es[/]node-http-handler\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(SMITHY_AGENT_TEST[0]))
        throw new Error(`${args.path}: the HTTPS agent test to reorder is gone`);
      return { contents: text.replace(SMITHY_AGENT_TEST[0], SMITHY_AGENT_TEST[1]), loader: 'js' };
    });
  },
};

/**
 * No node:crypto in a call (about 3 ms to load, and 1.5 ms more to start OpenSSL's digests): the
 * sender's SHA-256 for signing is src/aws/sha256.ts (JavaScript for short inputs, node:crypto past
 * 4 KiB), and the SDK's random bytes for request ids come from src/aws/crypto.ts (/dev/urandom), where
 * the sender's imports of node:crypto resolve (what else they import from it loads the real module on
 * first use; a name it lacks fails the build). The SDK asks the global `crypto` for randomUUID before
 * it uses those bytes: here it does not (the global loads node:crypto's web API). A change to the SDK
 * code replaced here fails the build.
 */
const OWN_CRYPTO = {
  sha256: /@smithy[/]core[/]dist-es[/]submodules[/]checksum[/]sha256[/]Sha256Node\.js$/,
  uuid: /@smithy[/]core[/]dist-es[/]submodules[/]serde[/]uuid[/]v4\.js$/,
  globalUuid: 'typeof crypto !== "undefined" && typeof crypto.randomUUID === "function"',
};
const ownCrypto = {
  name: 'own-crypto',
  setup(b) {
    b.onResolve({ filter: /^(node:)?crypto$/ }, () => ({ path: join(process.cwd(), 'src/aws/crypto.ts') }));
    b.onLoad({ filter: OWN_CRYPTO.sha256 }, (args) => {
      if (!readFileSync(args.path, 'utf8').includes('export const Sha256Node ='))
        throw new Error(`${args.path}: the SDK's Sha256Node export to replace is gone`);
      return {
        contents: `export { Sha256 as Sha256Node } from ${JSON.stringify(join(process.cwd(), 'src/aws/sha256.ts'))};`,
        loader: 'js',
      };
    });
    b.onLoad({ filter: OWN_CRYPTO.uuid }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(OWN_CRYPTO.globalUuid))
        throw new Error(`${args.path}: the SDK's test of the global crypto.randomUUID is gone`);
      return { contents: text.replace(OWN_CRYPTO.globalUuid, 'false'), loader: 'js' };
    });
  },
};

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/man', { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'gil-build-'));
await build({
  ...common,
  stdin: {
    contents:
      "export { optionList } from './src/program.ts'; export { OPERATIONS } from './src/model/operations.ts'; export { helpDocument, renderHelp, renderMan } from './src/help.ts';",
    resolveDir: '.',
    loader: 'ts',
  },
  outfile: join(scratch, 'program.cjs'),
  metafile: false,
});
const { optionList, OPERATIONS, helpDocument, renderHelp, renderMan } = createRequire(import.meta.url)(
  join(scratch, 'program.cjs'),
);
const helpOptions = Object.fromEntries(Object.values(OPERATIONS).map((model) => [model.command, optionList(model)]));
// `help` where stdout is not a terminal (80 columns), rendered now: about a millisecond less per call
// of a command whose budget is 1.5 × `node -e 0`. A terminal's width is rendered at run time.
const helpText80 = Object.fromEntries(
  await Promise.all(
    Object.values(OPERATIONS).map(async (model) => [model.command, renderHelp(await helpDocument(model), 80)]),
  ),
);
// The man pages (package.json "man"), from the same sections as `help`.
const manPages = await Promise.all(
  Object.values(OPERATIONS).map(async (model) => [
    model.command,
    renderMan(await helpDocument(model), model.command, pkg.version),
  ]),
);
rmSync(scratch, { recursive: true, force: true });
for (const [command, page] of manPages) writeFileSync(`dist/man/${command}.1`, page);
// The sender bundles first: the CLI embeds the sender's SHA-256 (the code cache's key, src/code-cache.ts).
/** One CommonJS bundle dist/<name>.cjs from `entry`; the package's runtime dependencies stay in node_modules. */
const bundle = (name, entry, options = {}) =>
  build({
    ...common,
    entryPoints: { [name]: entry },
    outExtension: { '.js': '.cjs' },
    outdir: 'dist',
    external: Object.keys(pkg.dependencies),
    ...options,
  });
/** A built file's SHA-256: the key of its code cache, built into its loader. */
const sha256Of = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

const senderResults = await Promise.all([
  // The sender: our session and the Glue client, one CommonJS file that src/code-cache.ts compiles
  // with V8's code cache. The credential providers (STS, SSO, login…) and the S3 client are bundles of
  // their own, required only when a profile or --check-labels needs them.
  ...[
    ['sender', 'src/aws/session.ts'],
    ['sender-providers', 'src/aws/providers.ts'],
    ['sender-s3', 'src/aws/s3.ts'],
  ].map(([name, entry]) =>
    bundle(name, entry, {
      // import() becomes require(): the sender runs in a vm.Script, whose require resolves from dist/.
      supported: { 'dynamic-import': false },
      plugins: name === 'sender' ? [senderParts, noDefaultCredentialChain, lazyBuiltins, ownCrypto] : [senderParts],
    }),
  ),
]);
const senderHash = sha256Of('dist/sender.cjs');
/** The CLI's bundle takes the code cache's code from dist/boot.cjs, which loaded it. */
const cacheFromBoot = {
  name: 'cache-from-boot',
  setup(b) {
    b.onResolve({ filter: /^\.\/code-cache\.js$/ }, () => ({ path: 'code-cache', namespace: 'boot' }));
    // A require, not an import(): the ES module loader would cost milliseconds to start.
    b.onLoad({ filter: /.*/, namespace: 'boot' }, () => ({ contents: 'module.exports = require("./boot.cjs");' }));
    b.onResolve({ filter: /^\.\/boot\.cjs$/ }, () => ({ path: './boot.cjs', external: true }));
  },
};
const results = [
  ...senderResults,
  ...(await Promise.all([
    bundle('cli', 'src/cli.ts', {
      // import() becomes require(), as in the sender: code compiled by vm.Script has no loader for
      // import() once it comes from a code cache ("A dynamic import callback was not specified": the
      // pager and the prompt failed on every call after the first), and Node 20 warns that the option
      // giving it one is experimental.
      supported: { 'dynamic-import': false },
      plugins: [separateBundles, cacheFromBoot],
      define: {
        __PACKAGE_VERSION__: JSON.stringify(pkg.version),
        __SDK_VERSION__: JSON.stringify(sdk.version),
        __HELP_OPTIONS__: JSON.stringify(helpOptions),
        __HELP_TEXT_80__: JSON.stringify(helpText80),
        __SENDER_BUNDLE__: JSON.stringify('sender.cjs'),
        __SENDER_HASH__: JSON.stringify(senderHash),
      },
    }),
    bundle('action', 'src/action/cli.ts'),
    bundle('completion', 'src/completion/cli.ts'),
    bundle('emulator', 'src/emulator/cli.ts', { define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) } }),
  ])),
];

// The bins' loader: dist/cli.cjs through the code cache, keyed by the CLI's SHA-256.
results.push(
  await bundle('boot', 'src/boot.ts', { define: { __CLI_HASH__: JSON.stringify(sha256Of('dist/cli.cjs')) } }),
);

// Which source files went into which output file: the load guard in test/e2e reads it.
const outputs = Object.assign({}, ...results.map((r) => r.metafile.outputs));
writeFileSync('dist/meta.json', JSON.stringify({ outputs }));

// What the bundles inline: every package whose code went into dist/, with its version and licence,
// in dist/THIRD-PARTY-NOTICES.md (shipped with the package). None of them may be a runtime dependency
// (it would be installed for nothing), and every package a bundle requires must be one.
const packageOf = (input) => {
  const parts = input.split('node_modules/').at(-1).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
};
const inlined = new Map();
for (const output of Object.values(outputs)) {
  for (const input of Object.keys(output.inputs)) {
    if (!input.includes('node_modules/')) continue;
    const name = packageOf(input);
    const dir = input.slice(0, input.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}`.length);
    if (!inlined.has(name)) inlined.set(name, JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
  }
}
const required = new Set(
  Object.values(outputs).flatMap((output) =>
    (output.imports ?? [])
      .filter((i) => i.external && !i.path.startsWith('node:') && !i.path.startsWith('.'))
      .map((i) => packageOf(i.path)),
  ),
);
// Packages the inlined code tries to require and goes on without: kerberos (https-proxy-agent's
// Negotiate support, only when a proxy asks for it; it then fails naming the package) and
// supports-color (debug's colours, in a try).
const OPTIONAL_PEERS = new Set(['kerberos', 'supports-color']);
const builtins = new Set(createRequire(import.meta.url)('node:module').builtinModules);
const problems = [
  ...[...inlined.keys()].filter((name) => name in pkg.dependencies).map((n) => `${n} is inlined but a dependency`),
  ...[...required]
    .filter((name) => !builtins.has(name) && !(name in pkg.dependencies) && !OPTIONAL_PEERS.has(name))
    .map((n) => `${n} is required at run time but not a dependency`),
];
if (problems.length > 0) throw new Error(`package.json and the bundles disagree:\n${problems.join('\n')}`);
writeFileSync(
  'dist/THIRD-PARTY-NOTICES.md',
  [
    '# Packages inlined into these bundles',
    '',
    'The files in dist/ contain code from these packages (their licence in brackets):',
    '',
    ...[...inlined.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => `- ${p.name} ${p.version} (${p.license ?? 'see its package'})`),
    '',
  ].join('\n'),
);

// The seed, dist/seed/: the code caches of one call that the build makes with its own Node, to the
// local emulator on loopback (fake keys; nothing leaves the machine). A first call after install whose
// Node, architecture and flags are the build's then starts warm (src/code-cache.ts); any other uses
// its own folder as before. If the call fails (or cannot listen on loopback, or takes over 30 s),
// there is no seed and only that speed is lost.
await writeSeed().catch((error) => console.warn(`build: no seed (${error.message}); a first call compiles`));

async function writeSeed() {
  const { startEmulator } = createRequire(import.meta.url)('../dist/emulator.cjs');
  const home = mkdtempSync(join(tmpdir(), 'gil-seed-'));
  const emulator = await startEmulator(0, {}).catch((error) => {
    rmSync(home, { recursive: true, force: true });
    throw error;
  });
  try {
    const args = ['--transform-id', 'tfm-seed', '--input-s3-path', 's3://seed/labels.csv', '--endpoint-url'];
    const code = await new Promise((done) => {
      const child = spawn(process.execPath, ['bin/start-import-labels-task-run.cjs', ...args, emulator.url], {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          XDG_CACHE_HOME: home,
          AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'seed-call-not-a-secret',
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_CONFIG_FILE: join(home, 'no-config'),
          AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
          AWS_PAGER: '',
        },
        stdio: 'ignore',
      });
      const timer = setTimeout(() => child.kill(), 30_000);
      child.on('error', () => done(-1));
      child.on('close', (exit) => {
        clearTimeout(timer);
        done(exit);
      });
    });
    const caches = join(home, 'glue-import-labels');
    if (code !== 0) {
      console.warn(`build: the seed call ended with ${code}; dist/ has no seed (a first call compiles)`);
      return;
    }
    mkdirSync('dist/seed');
    for (const file of readdirSync(caches)) {
      copyFileSync(join(caches, file), join('dist/seed', file));
      // Package files: readable by whoever runs the installed tool (the user's own caches are 0600).
      chmodSync(join('dist/seed', file), 0o644);
    }
  } finally {
    await emulator.close();
    rmSync(home, { recursive: true, force: true });
  }
}
