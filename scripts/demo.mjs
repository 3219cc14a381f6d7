// `npm start`: the main job with no AWS account. Starts the built-in Glue ML emulator on a free
// loopback port and runs the real CLI against it (extra arguments are passed to the CLI).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import chalk from 'chalk';
import { startEmulator } from '../dist/emulator.cjs';

const bin = fileURLToPath(new URL('../bin/start-import-labels-task-run.cjs', import.meta.url));
// A bucket served from a temporary folder: a good labels file and one whose header misses a column.
const buckets = mkdtempSync(join(tmpdir(), 'gil-demo-'));
mkdirSync(join(buckets, 'demo-bucket'));
writeFileSync(
  join(buckets, 'demo-bucket/labels.csv'),
  'labeling_set_id,label,id,name,email\ns1,A,1,Ann,ann@example.com\ns1,A,2,Anne,ann@example.com\n',
);
writeFileSync(join(buckets, 'demo-bucket/bad-labels.csv'), 'labeling_set_id,label,id,name\ns1,A,1,Ann\n,A,2,Anne\n');
// Task runs spend 0.8 s starting and 0.8 s running; tfm-run-failed is a transform whose imports fail.
const emulator = await startEmulator(0, {
  transforms: ['tfm-demo', 'tfm-run-failed'],
  faults: true,
  phaseMs: 800,
  buckets,
});
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'demo-secret-not-real',
  AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION || 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_ENDPOINT_URL_GLUE: emulator.url,
  AWS_ENDPOINT_URL_S3: emulator.url,
};
delete env.AWS_PROFILE;

const userArgs = process.argv.slice(2);
const LABELS = ['--input-s3-path', 's3://demo-bucket/labels.csv'];
/** Each demo run with the exit code it should end with. */
const runs =
  userArgs.length > 0
    ? [[userArgs, undefined]]
    : [
        [['--transform-id', 'tfm-demo', ...LABELS], 0],
        [['--transform-id', 'tfm-demo', ...LABELS, '--replace-all-labels', '--output', 'table'], 0],
        // See the import through: progress on stderr, the final GetMLTaskRun response on stdout.
        [['--transform-id', 'tfm-demo', ...LABELS, '--wait', '--wait-interval', '0.5'], 0],
        // An import that Glue fails: exit 3 and Glue's ErrorString.
        [['--transform-id', 'tfm-run-failed', ...LABELS, '--wait', '--wait-interval', '0.5', '--query', 'Status'], 3],
        // A bad labels file caught before anything starts: one line per problem, exit 252.
        [['--transform-id', 'tfm-demo', '--input-s3-path', 's3://demo-bucket/bad-labels.csv', '--check-labels'], 252],
        [['--transform-id', 'tfm-unknown', ...LABELS], 254],
      ];

console.log(chalk.bold(`glue-ml-emulator on ${emulator.url} (transforms tfm-demo, tfm-run-failed)`));
let status = 0;
for (const [args, expected] of runs) {
  console.log(chalk.cyan(`\n$ start-import-labels-task-run ${args.join(' ')}`));
  // Spawned asynchronously: the emulator answers from this process's event loop.
  const code = await new Promise((resolve) =>
    spawn(process.execPath, [bin, ...args], { env, stdio: 'inherit' }).on('close', resolve),
  );
  console.log(chalk.dim(`exit code ${code}`));
  if (expected === undefined) status = code ?? 1;
  else if (code !== expected) {
    console.log(chalk.red(`expected exit code ${expected}`));
    status = 1;
  }
}
console.log(chalk.dim(`\n${emulator.requests.length} request(s) reached the emulator.`));
await emulator.close();
rmSync(buckets, { recursive: true, force: true });
process.exitCode = status;
