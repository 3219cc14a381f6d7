#!/usr/bin/env node
'use strict';
require('../dist/emulator.cjs')
  .runEmulatorCli(process.argv.slice(2), (line) => process.stdout.write(line))
  .catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  });
