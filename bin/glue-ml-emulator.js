#!/usr/bin/env node
const { runEmulatorCli } = await import('../dist/emulator.js');
try {
  await runEmulatorCli(process.argv.slice(2), (line) => process.stdout.write(line));
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
