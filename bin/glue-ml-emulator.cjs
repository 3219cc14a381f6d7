#!/usr/bin/env node
'use strict';
// glue-ml-emulator: serves until stopped (Ctrl-C); a bad command line or a busy port exits 2.
require('../dist/emulator.cjs')
  .runEmulatorCli(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  )
  .then(
    (code) => {
      if (code !== 0) process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`glue-ml-emulator: error: ${error.message}\n`);
      process.exitCode = 2;
    },
  );
