// `npm start`: the main job with no AWS account. Starts the built-in Glue ML emulator on a free
// loopback port and runs the real CLI against it (extra arguments are passed to the CLI).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import chalk from 'chalk';
import { startEmulator } from '../dist/emulator.cjs';

const bin = fileURLToPath(new URL('../bin/start-import-labels-task-run.cjs', import.meta.url));
const emulator = await startEmulator(0, { transforms: ['tfm-demo'] });
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'demo-secret-not-real',
  AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION || 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_ENDPOINT_URL_GLUE: emulator.url,
};
delete env.AWS_PROFILE;

const userArgs = process.argv.slice(2);
const runs =
  userArgs.length > 0
    ? [userArgs]
    : [
        ['--transform-id', 'tfm-demo', '--input-s3-path', 's3://demo-bucket/labels.csv'],
        [
          '--transform-id',
          'tfm-demo',
          '--input-s3-path',
          's3://demo-bucket/labels.csv',
          '--replace-all-labels',
          '--output',
          'table',
        ],
        ['--transform-id', 'tfm-unknown', '--input-s3-path', 's3://demo-bucket/labels.csv'],
      ];

console.log(chalk.bold(`glue-ml-emulator on ${emulator.url} (transform tfm-demo)`));
let status = 0;
for (const args of runs) {
  console.log(chalk.cyan(`\n$ start-import-labels-task-run ${args.join(' ')}`));
  // Spawned asynchronously: the emulator answers from this process's event loop.
  const code = await new Promise((resolve) =>
    spawn(process.execPath, [bin, ...args], { env, stdio: 'inherit' }).on('close', resolve),
  );
  console.log(chalk.dim(`exit code ${code}`));
  if (userArgs.length > 0) status = code ?? 1;
  else if (args[1] === 'tfm-demo' && code !== 0) status = 1;
}
console.log(chalk.dim(`\n${emulator.requests.length} request(s) reached the emulator.`));
await emulator.close();
process.exitCode = status;
