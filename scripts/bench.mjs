// `npm run bench [-- N]`: start-up and full-call timings side by side with aws-cli v2 (/usr/bin/aws,
// when installed) and `node -e 0`, alternating the commands in each round. Prints medians, ratios and
// peak RSS, and whether the targets of issues 4 and 13 are met. Each run is measured by scripts/measure.py
// (fork + wait4), so the numbers are the child's own wall time and peak RSS.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const rounds = Number(process.argv[2] ?? 20);
const bin = fileURLToPath(new URL('../bin/start-import-labels-task-run.cjs', import.meta.url));
const measure = fileURLToPath(new URL('./measure.py', import.meta.url));
const hasAws = existsSync('/usr/bin/aws');
// The emulator runs in a process of its own, as a real endpoint would: served from inside this
// process, whose event loop also reads the measurements, a full call's peak RSS read ~2.7 MiB higher.
// Task runs end at once (no phases): a --wait run succeeds on its first poll.
const emulatorProcess = spawn(
  process.execPath,
  [
    fileURLToPath(new URL('../bin/glue-ml-emulator.cjs', import.meta.url)),
    ...['--port', '0', '--phase-ms', '0', '--transform', 'tfm-bench', '--transform', 'tfm-bench-wait'],
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const emulator = {
  url: await new Promise((resolve, reject) => {
    let out = '';
    emulatorProcess.stdout.on('data', (d) => {
      out += d;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    emulatorProcess.on('exit', () => reject(new Error(`the emulator ended: ${out}`)));
  }),
};
// The code cache lives in this run's own folder (warm after the first full call).
const cacheHome = mkdtempSync(join(tmpdir(), 'gil-bench-cache-'));
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  XDG_CACHE_HOME: cacheHome,
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'bench-secret-not-real',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_PAGER: '',
  AWS_CONFIG_FILE: '/nonexistent/config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
};
const call = [
  '--transform-id',
  'tfm-bench',
  '--input-s3-path',
  's3://bench/labels.csv',
  '--endpoint-url',
  emulator.url,
];
const ours = (...args) => [process.execPath, bin, ...args];
const waitCall = ['--transform-id', 'tfm-bench-wait', ...call.slice(2), '--wait', '--no-progress'];
// What a user of aws-cli runs to learn the outcome: the start, then a get-ml-task-run (a second process).
const awsStartThenGet = [
  'sh',
  '-c',
  `id=$(/usr/bin/aws glue start-import-labels-task-run ${call.join(' ')} --query TaskRunId --output text) && ` +
    `/usr/bin/aws glue get-ml-task-run --transform-id tfm-bench --task-run-id "$id" --endpoint-url ${emulator.url}`,
];

// Big inputs: a 10 MB --cli-input-json, and config + credentials files with 10,000 profiles.
const scratch = mkdtempSync(join(tmpdir(), 'gil-bench-big-'));
const bigInput = join(scratch, 'big.json');
writeFileSync(
  bigInput,
  JSON.stringify({ TransformId: 'tfm-bench', InputS3Path: `s3://bench/${'x'.repeat(10 * 1024 * 1024)}` }),
);
const profilesHome = join(scratch, 'home');
mkdirSync(join(profilesHome, '.aws'), { recursive: true });
const profileNumbers = Array.from({ length: 10_000 }, (_, i) => i);
writeFileSync(
  join(profilesHome, '.aws/config'),
  profileNumbers.map((i) => `[profile p${i}]\nregion = us-east-1\noutput = json\n`).join(''),
);
writeFileSync(
  join(profilesHome, '.aws/credentials'),
  profileNumbers.map((i) => `[p${i}]\naws_access_key_id = AKID${i}\naws_secret_access_key = s${i}\n`).join(''),
);
const mediumInput = join(scratch, 'medium.json');
writeFileSync(
  mediumInput,
  JSON.stringify({ TransformId: 'tfm-bench', InputS3Path: `s3://bench/${'x'.repeat(1024 * 1024)}` }),
);
const mediumCall = ['--cli-input-json', `file://${mediumInput}`, '--endpoint-url', emulator.url];
const bigCall = [
  '--cli-input-json',
  `file://${bigInput}`,
  '--endpoint-url',
  emulator.url,
  '--query',
  'length(TaskRunId)',
];
const withProfiles = (argv) => [
  'env',
  `HOME=${profilesHome}`,
  `AWS_CONFIG_FILE=${join(profilesHome, '.aws/config')}`,
  `AWS_SHARED_CREDENTIALS_FILE=${join(profilesHome, '.aws/credentials')}`,
  'AWS_ACCESS_KEY_ID=',
  'AWS_SECRET_ACCESS_KEY=',
  ...argv,
  '--profile',
  'p9999',
];
// Other Node versions (BENCH_NODES=path/to/node:path/to/node): node -e 0 and a full call each.
const otherNodes = (process.env.BENCH_NODES ?? '').split(':').filter(Boolean);

// The package without the build's code caches (dist/seed/): what a first call compiles where the seed
// is not for it (another Node than the build's, other flags). The rows of a cold start use it.
const root = fileURLToPath(new URL('..', import.meta.url));
const seedless = mkdtempSync(join(scratch, 'seedless-'));
for (const part of ['bin', 'dist', 'package.json'])
  cpSync(join(root, part), join(seedless, part), {
    recursive: true,
    filter: (from) => !from.startsWith(join(root, 'dist', 'seed')),
  });
symlinkSync(join(root, 'node_modules'), join(seedless, 'node_modules'));
const seedlessBin = join(seedless, 'bin', 'start-import-labels-task-run.cjs');
if (existsSync(join(seedless, 'dist', 'seed')) || !existsSync(seedlessBin))
  throw new Error(`${seedless}${sep}: bad copy`);
const cold = (argv) => () => ['env', `XDG_CACHE_HOME=${mkdtempSync(join(scratch, 'cold-'))}`, ...argv];

const commands = {
  'node -e 0': [process.execPath, '-e', '0'],
  'full call': ours(...call),
  ...(hasAws ? { 'aws full call': ['/usr/bin/aws', 'glue', 'start-import-labels-task-run', ...call] } : {}),
  // No code cache at all: the package without its seed, and each run a fresh, empty cache folder (which
  // it writes). The folder is made before the run is timed (a shell making it with mktemp added two
  // processes, ~4 ms, to the row).
  'full call, cold cache': cold([process.execPath, seedlessBin, ...call]),
  // The first call after install on the build's Node: an empty folder, the build's seed.
  'first call after install (the seed)': cold(ours(...call)),
  // The cache off, and a cache folder that cannot be made (its parent is a file; without a seed): the
  // same cost.
  'full call, no cache': ['env', 'GLUE_IMPORT_LABELS_NO_CACHE=1', ...ours(...call)],
  'full call, unwritable cache folder': [
    'env',
    'XDG_CACHE_HOME=/dev/null/cache',
    process.execPath,
    seedlessBin,
    ...call,
  ],
  'full call --wait': ours(...waitCall),
  'full call, 1 MB input': ours(...mediumCall),
  ...(hasAws ? { 'aws start + get-ml-task-run': awsStartThenGet } : {}),
  'full call, 10 MB input': ours(...bigCall),
  ...(hasAws
    ? { 'aws full call, 10 MB input': ['/usr/bin/aws', 'glue', 'start-import-labels-task-run', ...bigCall] }
    : {}),
  'full call, 10,000 profiles': withProfiles(ours(...call)),
  ...(hasAws
    ? {
        'aws full call, 10,000 profiles': withProfiles([
          '/usr/bin/aws',
          'glue',
          'start-import-labels-task-run',
          ...call,
        ]),
      }
    : {}),
  ...Object.fromEntries(
    otherNodes.flatMap((nodePath) => {
      const v = execFileSync(nodePath, ['--version'], { encoding: 'utf8' }).trim();
      return [
        [`node -e 0 (${v})`, [nodePath, '-e', '0']],
        [`full call (${v})`, [nodePath, bin, ...call]],
      ];
    }),
  ),
  skeleton: ours('--generate-cli-skeleton'),
  help: ours('help'),
  version: ours('--version'),
  'usage error': ours('--transform-id'),
};

function once(argv) {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [measure, ...argv], { env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      const [ms, rss, rc] = out.trim().split(' ').map(Number);
      resolve({ ms, rssMiB: rss / 1024, rc });
    });
  });
}

const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
// The --wait row's polls, counted from the emulator's log after each round (then cleared: the log of
// every round's 10 MB requests would not fit in one JSON string).
let waitPolls = 0;
// One round first that is not counted: it writes the code cache (of each Node version) and warms the
// page cache. Without it the first round's "full call" was the cold call (a row of its own), and its
// 2.3 MiB more RSS was the row's peak.
// A row's command is an argument list, or a function that makes one for each run.
const argvOf = (command) => (typeof command === 'function' ? command() : command);
for (const command of Object.values(commands)) await once(argvOf(command));
await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
for (let i = 0; i < rounds; i++) {
  for (const [name, command] of Object.entries(commands)) samples[name].push(await once(argvOf(command)));
  const requests = await (await fetch(`${emulator.url}/_emulator/requests`)).json();
  waitPolls += requests.filter(
    (r) => r.target === 'AWSGlue.GetMLTaskRun' && r.body.includes('"tfm-bench-wait"'),
  ).length;
  await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
}
emulatorProcess.kill();
// The big inputs, the profiles, the cold runs' folders and the code cache: about 25 MB a run.
for (const folder of [scratch, cacheHome]) rmSync(folder, { recursive: true, force: true });
// Every run's measurement, round by round, for a closer look at the noise (BENCH_SAMPLES=file.json).
if (process.env.BENCH_SAMPLES) writeFileSync(process.env.BENCH_SAMPLES, JSON.stringify(samples));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (name) => ({
  ms: median(samples[name].map((s) => s.ms)),
  rss: Math.max(...samples[name].map((s) => s.rssMiB)),
  rc: samples[name][0].rc,
});
const node = stat('node -e 0');
const aws = hasAws ? stat('aws full call') : undefined;

const rows = [];
const checks = [];
for (const name of Object.keys(commands)) {
  const s = stat(name);
  const vsNode = s.ms / node.ms;
  const twins = {
    'full call': 'aws full call',
    'full call --wait': 'aws start + get-ml-task-run',
    'full call, 10 MB input': 'aws full call, 10 MB input',
    'full call, 10,000 profiles': 'aws full call, 10,000 profiles',
  };
  const awsTwin = hasAws && twins[name] ? stat(twins[name]) : undefined;
  const vsAws = awsTwin ? s.ms / awsTwin.ms : undefined;
  rows.push([
    name,
    s.rc,
    s.ms.toFixed(0),
    s.rss.toFixed(1),
    vsNode.toFixed(2),
    vsAws === undefined ? '' : vsAws.toFixed(2),
  ]);
  if (['skeleton', 'help', 'version', 'usage error'].includes(name))
    checks.push([`${name} ≤ 1.5 × node -e 0`, vsNode <= 1.5, vsNode.toFixed(2)]);
}
if (aws) {
  const full = stat('full call');
  checks.push([
    'full call ≤ 0.20 × aws-cli v2 (median wall time)',
    full.ms / aws.ms <= 0.2,
    (full.ms / aws.ms).toFixed(2),
  ]);
  checks.push(['full call peak RSS ≤ 0.8 × aws-cli v2', full.rss / aws.rss <= 0.8, (full.rss / aws.rss).toFixed(2)]);
}
{
  // Issue 13's targets, against the machine rather than aws-cli.
  const full = stat('full call');
  checks.push([
    'full call ≤ 2.5 × node -e 0 (warm code cache)',
    full.ms / node.ms <= 2.5,
    (full.ms / node.ms).toFixed(2),
  ]);
  const cold = stat('full call, cold cache');
  checks.push(['cold-cache call ≤ 4 × node -e 0', cold.ms / node.ms <= 4, (cold.ms / node.ms).toFixed(2)]);
  checks.push(['full call peak RSS ≤ 1.3 × node -e 0', full.rss / node.rss <= 1.3, (full.rss / node.rss).toFixed(2)]);
  const unwritable = stat('full call, unwritable cache folder').ms / stat('full call, no cache').ms;
  checks.push([
    'an unwritable cache folder costs only the cache (≤ 1.1 × the cache off)',
    unwritable <= 1.1,
    unwritable.toFixed(2),
  ]);
  const medium = stat('full call, 1 MB input').ms / full.ms;
  checks.push(['1 MB input ≤ 1.5 × a small call', medium <= 1.5, medium.toFixed(2)]);
  if (aws) {
    const big = stat('full call, 10 MB input');
    const awsBig = stat('aws full call, 10 MB input');
    checks.push(['10 MB input ≤ 0.4 × aws-cli (time)', big.ms / awsBig.ms <= 0.4, (big.ms / awsBig.ms).toFixed(2)]);
    checks.push([
      '10 MB input ≤ 0.8 × aws-cli (peak RSS)',
      big.rss / awsBig.rss <= 0.8,
      (big.rss / awsBig.rss).toFixed(2),
    ]);
    const many = stat('full call, 10,000 profiles');
    const awsMany = stat('aws full call, 10,000 profiles');
    checks.push(['10,000 profiles ≤ 0.15 × aws-cli', many.ms / awsMany.ms <= 0.15, (many.ms / awsMany.ms).toFixed(2)]);
  }
  for (const nodePath of otherNodes) {
    const v = execFileSync(nodePath, ['--version'], { encoding: 'utf8' }).trim();
    const ratio = stat(`full call (${v})`).ms / stat(`node -e 0 (${v})`).ms;
    checks.push([`full call ≤ 2.5 × node -e 0 on ${v}`, ratio <= 2.5, ratio.toFixed(2)]);
  }
}
{
  const overhead = stat('full call --wait').ms - stat('full call').ms;
  checks.push([
    '--wait on a run that succeeds at once: one GetMLTaskRun per run, no second process',
    waitPolls === rounds,
    `${waitPolls / rounds} poll(s) per run, +${overhead.toFixed(0)} ms over the start alone`,
  ]);
}

const header = ['command', 'rc', 'median ms', 'peak RSS MiB', '× node -e 0', '× aws'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
console.log(
  `${rounds} rounds, commands alternated; Node ${process.version}${hasAws ? '' : '; /usr/bin/aws not installed: ratios to node only'}\n`,
);
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const row of rows) console.log(line(row));
console.log('');
for (const [what, ok, value] of checks) console.log(`${ok ? 'met ' : 'MISS'}  ${what}: ${value}`);
