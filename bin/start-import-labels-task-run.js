#!/usr/bin/env node
// The SDK warns about Node 20 on every client unless this is set before it loads.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Ctrl-C: aws-cli writes a newline to stdout and exits 130.
process.once('SIGINT', () => {
  process.stdout.write('\n');
  process.exit(130);
});
const { runCli } = await import('../dist/cli.js');
process.exitCode = await runCli();
